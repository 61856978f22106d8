// The daily question: the lengths its schemas enforce and its screens hold text to, in one place.
// No zod here: screens read these (decision 166), and zod must stay out of the browser.

/** An answer to the day's question, in characters. */
export const ANSWER_MAX = 2000;

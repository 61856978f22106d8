// Reflection: the lengths its schemas enforce and its screens hold text to, in one place.
// No zod here: screens read these (decision 166), and zod must stay out of the browser.

/** The private note beside a pattern's answers, in characters. */
export const NOTE_MAX = 2000;

// The check-ins: the lengths its schemas enforce and its screens hold text to, in one place.
// No zod here: screens read these (decision 166), and zod must stay out of the browser.

/** A daily check-in's "what I need", in characters. */
export const NEED_MAX = 200;
/** A daily check-in's note. */
export const NOTE_MAX = 2000;
/** Each answer of the weekly check-in. */
export const WEEKLY_ANSWER_MAX = 2000;
/** A reply to one of the partner's weekly answers. */
export const REPLY_MAX = 500;

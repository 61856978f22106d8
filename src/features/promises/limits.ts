// Promises: the lengths its schemas enforce and its screens hold text to, in one place.
// No zod here: screens read these (decision 166), and zod must stay out of the browser.

/** A promise, kept small, in characters. */
export const PROMISE_MAX = 280;
/** The note on a step (missed, repaired, noticed). */
export const STEP_NOTE_MAX = 500;

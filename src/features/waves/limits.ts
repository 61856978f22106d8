// Waves: the lengths its schemas enforce and its screens hold text to, in one place.
// No zod here: screens read these (decision 166), and zod must stay out of the browser.

/** A wave's note, which only its sender reads, in characters. */
export const NOTE_MAX = 2000;
/** Each part of the wave plan (what helps, what to ask for, what to avoid). */
export const PLAN_PART_MAX = 2000;

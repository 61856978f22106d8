// Hard conversations: the lengths its schemas enforce and its screens hold text to, in one place.
// No zod here: screens read these (decision 166), and zod must stay out of the browser.

/** A turn, and most of what a conversation holds, in characters. */
export const TURN_MAX = 10_000;
/** A question of one's own to start a conversation with. */
export const OWN_QUESTION_MAX = 500;

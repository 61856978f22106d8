// How far ahead a review date may be, and the choices offered: weeks, not forever.
export const MAX_REVIEW_WEEKS = 52;
export const SUGGESTED_REVIEW_WEEKS = [2, 4, 6, 8, 12] as const;

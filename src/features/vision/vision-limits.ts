/** The longest line of our shared future, in characters (read by the schema and the screen, without zod). */
export const MAX_LINE = 300;

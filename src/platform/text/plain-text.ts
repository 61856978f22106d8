/**
 * The one rule for text anyone writes, on every route (the JSON body parser applies it to every
 * string) and in the browser's own checks: no control characters and no hidden direction
 * marks. NUL cannot be stored by PostgreSQL at all; the others can hide or reorder what a reader
 * sees (a right-to-left override turns "gnp.exe" round). Newlines, tabs and carriage returns stay:
 * long text has paragraphs. C1 controls and the bidi embeddings, overrides, isolates and marks
 * are refused (decision 090).
 */
export const HIDDEN_CHARACTERS =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** A name or a one-line label also keeps out line breaks and tabs. */
export const HIDDEN_OR_LINE_BREAK =
  /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

export const hasHiddenCharacters = (text: string): boolean => HIDDEN_CHARACTERS.test(text);

/**
 * The two figures a rule that reads text is held to over labelled sets (decisions 031 and 044):
 * recall, the share of the texts it should notice that it noticed, and false notes, the share of
 * the texts it should leave alone that it noticed anyway. The ownership notes and the agreement
 * guard rails are measured with it.
 *
 * Each distinct text is read once, however many sets hold it: the tuning set is part of the
 * whole set, and a set measured on its own is part of it too. `read` answers the remembered
 * result, for a test that asks more of a text than whether it was noticed.
 */
export interface LabelledFigures {
  /** Noticed, of the texts that should be. */
  recall: number;
  /** Noticed, of the texts that should not be. */
  falseNotes: number;
}

export interface LabelledMeasure<R> {
  read(text: string): R;
  figures(set: { shouldNotice: readonly string[]; shouldNot: readonly string[] }): LabelledFigures;
}

export function labelledMeasure<R>(
  read: (text: string) => R,
  noticed: (result: R) => boolean,
): LabelledMeasure<R> {
  const seen = new Map<string, R>();
  const readOnce = (text: string): R => {
    if (seen.has(text)) return seen.get(text)!;
    const result = read(text);
    seen.set(text, result);
    return result;
  };
  const share = (texts: readonly string[], side: string) => {
    // An empty side would be NaN, which no floor catches: a set that lost its texts says so.
    if (texts.length === 0) throw new Error(`no texts that ${side}: nothing to measure`);
    return texts.filter((text) => noticed(readOnce(text))).length / texts.length;
  };
  return {
    read: readOnce,
    figures: ({ shouldNotice, shouldNot }) => ({
      recall: share(shouldNotice, 'should be noticed'),
      falseNotes: share(shouldNot, 'should be left alone'),
    }),
  };
}

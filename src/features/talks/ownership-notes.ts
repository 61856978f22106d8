// Finds phrases in an ownership statement that often minimise, excuse or shift blame. Pure and
// shared by the screen (notes while writing) and the tests. It advises; the author decides.
import { phraseRules, type PhraseRule } from '../../content/ownership.ts';

export interface PhraseNote {
  rule: PhraseRule;
  /** The words as the author wrote them. */
  match: string;
  index: number;
}

/** Lower case and straight apostrophes, same length as the input so indexes stay true. */
function normalise(text: string): string {
  return text.toLowerCase().replace(/[\u2018\u2019\u02bc]/g, "'");
}

export function findPhraseNotes(text: string): PhraseNote[] {
  const plain = normalise(text);
  const notes: PhraseNote[] = [];
  for (const rule of phraseRules) {
    const found = new RegExp(rule.pattern.source, 'g').exec(plain);
    if (found) notes.push({ rule, match: text.slice(found.index, found.index + found[0].length), index: found.index });
  }
  return notes.sort((a, b) => a.index - b.index);
}

export type StatementField = 'whatIDid' | 'howItHurt' | 'whatIWillDo';

export function notesForStatement(parts: Record<StatementField, string>): { field: StatementField; note: PhraseNote }[] {
  return (['whatIDid', 'howItHurt', 'whatIWillDo'] as const).flatMap((field) =>
    findPhraseNotes(parts[field]).map((note) => ({ field, note })),
  );
}

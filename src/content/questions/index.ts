// The daily question for two (issue 17): the bank and the words around it.

import { questionGroups } from './bank.ts';
import type { Question, QuestionRole } from './types.ts';

export * from './types.ts';
export { questionWords } from './words.ts';

/** Every question, flattened from its group; the id is the group's prefix and its place. */
export const questions: readonly Question[] = questionGroups.flatMap((g) =>
  g.texts.map((text, i) => ({
    id: `${g.prefix}-${i + 1}`,
    text,
    kind: g.kind,
    role: g.role,
    stages: g.stages,
    self: g.self,
  })),
);

const byId = new Map(questions.map((q) => [q.id, q]));

/** A question by its id; undefined for an id this version no longer knows. */
export const questionById = (id: string): Question | undefined => byId.get(id);

/** The role a person's own stance gives them here: "both" and "not said" get what fits anyone. */
export function roleOfStance(stance: string | null | undefined): QuestionRole {
  return stance === 'broke' || stance === 'hurt' ? stance : 'anyone';
}

// Which question a day brings, as pure functions (no I/O, no stored state): the same couple on
// the same day always gets the same question, and the two partners compute it alike from what
// both of them may see (decision 151).

import { questions, type Question, type QuestionRole } from '../../content/questions/index.ts';
import { stageIds, type StageId, type StageStatus } from '../../content/stages.ts';

type Marks = Partial<Record<StageId, StageStatus>>;

/**
 * The couple's stage for a question asked of both: the first stage that does not feel steady to
 * both of us. It reads only the path marks, which each partner shares with the other, so both
 * compute the same stage; with nothing marked it is the first one, and the questions stay light.
 */
export function coupleStage(mine: Marks, theirs: Marks): StageId {
  return stageIds.find((s) => mine[s] !== 'steady' || theirs[s] !== 'steady') ?? 'build';
}

/** A small stable hash (FNV-1a, 32 bits) of a text. */
export function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * The questions a day may bring.
 * - Together: only questions for anyone (a question for one role would tell the partner what the
 *   other said of themselves), fitting the couple's stage.
 * - Just for me: only questions about myself (nothing moves me toward my partner), for anyone or
 *   my own role, fitting my own suggested stage.
 */
export function poolFor(
  input:
    { together: true; stage: StageId } | { together: false; stage: StageId; role: QuestionRole },
): readonly Question[] {
  const fits = (q: Question) => q.stages.includes(input.stage);
  if (input.together) return questions.filter((q) => q.role === 'anyone' && fits(q));
  return questions.filter(
    (q) => q.self && fits(q) && (q.role === 'anyone' || q.role === input.role),
  );
}

/**
 * The day's question: a stable walk through the pool by day, started at a place of the couple's
 * (or person's) own. Consecutive days bring different questions; the order differs per couple.
 */
export function pickQuestion(pool: readonly Question[], seed: string, day: string): Question {
  if (pool.length === 0) throw new Error('no questions fit');
  const days = Math.floor(Date.parse(`${day}T00:00:00Z`) / 86_400_000);
  const start = hash(seed) % pool.length;
  // A step coprime with the length visits every question before any comes back.
  let step = 1 + (hash(`${seed}:step`) % pool.length);
  while (gcd(step, pool.length) !== 1) step++;
  return pool[(start + days * step) % pool.length]!;
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

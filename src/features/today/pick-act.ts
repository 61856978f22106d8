// Which small act a person sees on a given day. Pure and deterministic: the same person on the
// same local day always gets the same act (for the same focus and situation), with no stored
// state (decisions 013 and 070).
//
// First, who is holding it: only acts for the person's own role or for anyone ("both" and
// "not said" get only acts for anyone); in solo mode, time apart or without a space, only acts
// toward themselves; after a danger answer, only acts that point to safety and support.
// Then, of what fits, the suggested stage first and the person's patterns after it: three days
// in four from the stage, the fourth from the patterns (every day from the stage when no
// pattern speaks). Each list is in the person's own order (a seeded shuffle) and walked a step
// a day, so under a steady focus an act comes back only after the whole list has been offered.

import type { PatternId, StanceId } from '../../content/patterns.ts';
import type { ActAudience, SmallAct } from '../../content/small-acts.ts';
import type { StageId } from '../../content/stages.ts';

/** Of every four days, this many follow the stage (when a pattern speaks). */
export const STAGE_DAYS = 3;
const CYCLE = STAGE_DAYS + 1;

export interface ActFocus {
  stage: StageId;
  patterns: readonly PatternId[];
}

/** Toward the partner too; only toward oneself; only safety and support. */
export type ActReach = 'together' | 'self' | 'safety';

export interface ActFit {
  audience: ActAudience;
  reach: ActReach;
}

/** Who the person is for the acts: their role, or "anyone" when it is both or not said. */
export function audienceFor(stance: StanceId | null): ActAudience {
  return stance === 'broke' || stance === 'hurt' ? stance : 'anyone';
}

export function reachFor(situation: {
  danger: boolean;
  solo: boolean;
  space: boolean;
  paused: boolean;
}): ActReach {
  if (situation.danger) return 'safety';
  if (situation.solo || !situation.space || situation.paused) return 'self';
  return 'together';
}

export function fitsPerson(act: SmallAct, fit: ActFit): boolean {
  if (act.audience !== 'anyone' && act.audience !== fit.audience) return false;
  if (fit.reach === 'safety')
    return act.toward === 'self' && (act.care === 'safety' || act.care === 'support');
  if (act.care === 'safety') return false;
  return fit.reach === 'together' || act.toward === 'self';
}

/** FNV-1a, 32 bits: a stable number from a string. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: a small seeded generator, good enough to shuffle a list. */
function generator(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** The person's own order of 0..n-1. */
export function personalOrder(personId: string, n: number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  const random = generator(hash(personId));
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

/** Days since 1970-01-01 for a local date written YYYY-MM-DD. */
export function dayNumber(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, m - 1, d) / 86_400_000);
}

const mod = (n: number, m: number) => ((n % m) + m) % m;
const at = <T>(list: readonly T[], step: number): T => list[mod(step, list.length)]!;

export function pickAct(options: {
  personId: string;
  day: string;
  focus: ActFocus;
  fit: ActFit;
  acts: readonly SmallAct[];
}): SmallAct {
  const { personId, day, focus, fit, acts } = options;
  const fitting = acts.filter((act) => fitsPerson(act, fit));
  if (fitting.length === 0) throw new Error('No small act fits this person.');
  const mine = personalOrder(personId, fitting.length).map((i) => fitting[i]!);
  const d = dayNumber(day);
  if (fit.reach === 'safety') return at(mine, d);

  const onStage = mine.filter((act) => act.stage === focus.stage);
  const onPattern = mine.filter(
    (act) =>
      act.stage !== focus.stage &&
      act.pattern !== undefined &&
      focus.patterns.includes(act.pattern),
  );
  if (onPattern.length === 0) return onStage.length > 0 ? at(onStage, d) : at(mine, d);
  if (onStage.length === 0) return at(onPattern, d);
  const cycle = Math.floor(d / CYCLE);
  const inCycle = mod(d, CYCLE);
  // Stage days are counted on their own, so the fourth day never skips the same stage act.
  return inCycle < STAGE_DAYS ? at(onStage, cycle * STAGE_DAYS + inCycle) : at(onPattern, cycle);
}

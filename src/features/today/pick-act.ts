// Which small act a person sees on a given day. Pure and deterministic: the same person on the
// same local day always gets the same act (for the same focus), with no stored state.
//
// Rotation: the library is put in an order of the person's own (a seeded shuffle) and cut into
// groups of GROUP_SIZE. Day d may only choose from group (d mod groupCount), and picks the act
// in it that best fits the couple's focus. Each act belongs to exactly one group, so the same
// act cannot come back within groupCount days (24 with 72 acts): weeks, whatever the focus does.

import type { PatternId } from '../../content/patterns.ts';
import type { SmallAct } from '../../content/small-acts.ts';
import type { StageId } from '../../content/stages.ts';

export const GROUP_SIZE = 3;

export interface ActFocus {
  stage: StageId;
  patterns: readonly PatternId[];
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

export function groupCount(libraryLength: number): number {
  return Math.ceil(libraryLength / GROUP_SIZE);
}

function fit(act: SmallAct, focus: ActFocus): number {
  let score = 0;
  if (act.stage === focus.stage) score += 2;
  if (act.pattern) {
    const at = focus.patterns.indexOf(act.pattern);
    if (at === 0) score += 1.5;
    else if (at > 0) score += 1;
  }
  return score;
}

export function pickAct(options: { personId: string; day: string; focus: ActFocus; acts: readonly SmallAct[] }): SmallAct {
  const { personId, day, focus, acts } = options;
  if (acts.length === 0) throw new Error('The library of small acts is empty.');
  const order = personalOrder(personId, acts.length);
  const groups = groupCount(acts.length);
  const g = ((dayNumber(day) % groups) + groups) % groups;
  const candidates = order.slice(g * GROUP_SIZE, g * GROUP_SIZE + GROUP_SIZE).map((i) => acts[i]!);
  let best = candidates[0]!;
  for (const act of candidates) if (fit(act, focus) > fit(best, focus)) best = act;
  return best;
}

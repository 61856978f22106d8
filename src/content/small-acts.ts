// The library of small acts: one is offered each day on Today. Each is small, concrete and
// doable in a day, says who it is for (the one who broke trust, the one who was hurt, anyone)
// and which way it points (toward the partner, or toward yourself), and is tied to a stage of
// the path and/or one of the four patterns (safety acts are tied to the safety answer instead).
// Ids are stable: a day's mark refers to them. Add new acts with new ids; never reuse one.

import { brokeActs } from './small-acts/broke.ts';
import { hurtActs } from './small-acts/hurt.ts';
import { selfActs } from './small-acts/self.ts';
import { safetyActs, supportActs } from './small-acts/support.ts';
import { togetherActs } from './small-acts/together.ts';
import type { SmallAct } from './small-acts/types.ts';

export { actAudiences, actTowards } from './small-acts/types.ts';
export type { ActAudience, ActCare, ActToward, SmallAct } from './small-acts/types.ts';

export const smallActs: readonly SmallAct[] = [
  ...brokeActs,
  ...hurtActs,
  ...togetherActs,
  ...selfActs,
  ...supportActs,
  ...safetyActs,
];

const byId = new Map(smallActs.map((a) => [a.id, a]));

/** An act that asks the person to write something gets a private place to do it: their journal. */
export function asksToWrite(act: Pick<SmallAct, 'text'>): boolean {
  return /\bwrite\b/i.test(act.text);
}

export function smallActById(id: string): SmallAct | undefined {
  return byId.get(id);
}

// What a small act is: the words, who it is written for, and which way it points.

import type { PatternId } from '../patterns.ts';
import type { StageId } from '../stages.ts';

/** Who the act is written for: the one who broke trust, the one who was hurt, or anyone. */
export const actAudiences = ['broke', 'hurt', 'anyone'] as const;
export type ActAudience = (typeof actAudiences)[number];

/** Which way it points: toward the partner, or toward caring for oneself. */
export const actTowards = ['partner', 'self'] as const;
export type ActToward = (typeof actTowards)[number];

/**
 * Acts that point to help. `safety` acts are offered only after a danger answer in the private
 * safety check; `support` acts (a friend, a counsellor) fit anyone, and also fit that time.
 */
export type ActCare = 'safety' | 'support';

export interface SmallAct {
  id: string;
  text: string;
  audience: ActAudience;
  toward: ActToward;
  stage?: StageId;
  pattern?: PatternId;
  care?: ActCare;
}

export type ActDraft = Omit<SmallAct, 'audience' | 'toward'> & Partial<Pick<SmallAct, 'toward'>>;

/** Gives a file's acts their audience, and a direction where the act does not say its own. */
export function actsFor(
  audience: ActAudience,
  toward: ActToward,
  drafts: readonly ActDraft[],
): SmallAct[] {
  return drafts.map((d) => ({ audience, toward, ...d }));
}

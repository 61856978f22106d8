import { z } from 'zod';
import { patternIds } from '../../content/patterns.ts';
import { actAudiences, actTowards, smallActs } from '../../content/small-acts.ts';
import { stageIds } from '../../content/stages.ts';

const actIds = smallActs.map((a) => a.id) as [string, ...string[]];

export const markInput = z.strictObject({
  actId: z.enum(actIds, { error: "That isn't one of today's small acts." }),
  outcome: z.enum(['done', 'skipped'], { error: 'Say whether you did it or let it go today.' }),
});
export type MarkInput = z.infer<typeof markInput>;

export const waitingItem = z.object({
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  href: z.string(),
  at: z.string().optional(),
});

export const todayView = z.object({
  /** The person's own local date, YYYY-MM-DD. */
  day: z.string(),
  act: z.object({
    id: z.string(),
    text: z.string(),
    /** Who it is written for: the one who broke trust, the one who was hurt, or anyone. */
    audience: z.enum(actAudiences),
    /** Which way it points: toward the partner, or toward caring for oneself. */
    toward: z.enum(actTowards),
    stage: z.enum(stageIds).nullable(),
    pattern: z.enum(patternIds).nullable(),
  }),
  mark: z.enum(['done', 'skipped']).nullable(),
  focus: z.object({ stage: z.enum(stageIds), reason: z.string() }),
  pathLine: z.string(),
  waiting: z.array(waitingItem),
  /** Using Kintsugi alone: shared things are paused for this person. */
  solo: z.boolean(),
  /** Time apart in my space (either partner asked): until when, never why. Null when it is off. */
  timeApart: z.object({ startedByMe: z.boolean(), endsAt: z.iso.datetime().nullable() }).nullable(),
});
export type TodayView = z.infer<typeof todayView>;

import { z } from 'zod';

export const timelineRanges = ['month', 'quarter', 'year', 'all'] as const;
export type TimelineRange = (typeof timelineRanges)[number];

export const timelineQuery = z.strictObject({
  range: z
    .enum(timelineRanges, { error: 'Choose month, quarter, year or all.' })
    .optional()
    .default('month'),
});

export const timelinePoint = z.object({
  /** The day, or the first day of the week or month the point stands for. */
  at: z.string(),
  safety: z.number(),
  trust: z.number(),
  connection: z.number(),
  /** How many check-ins the point stands for (1 for a day). */
  days: z.number(),
});
export type TimelinePoint = z.infer<typeof timelinePoint>;

export const timelineSeries = z.object({
  who: z.enum(['me', 'partner']),
  name: z.string(),
  points: z.array(timelinePoint),
  /** Feelings per week (per month in the all-time view): the three most chosen, emotion id -> times chosen. */
  emotions: z.array(z.object({ at: z.string(), counts: z.record(z.string(), z.number()) })),
});
export type TimelineSeries = z.infer<typeof timelineSeries>;

export const timelineEvent = z.object({
  id: z.string(),
  at: z.string(),
  kind: z.string(),
  label: z.string(),
  /** How many marks this stands for: 1, or more where the all-time view counts them per month. */
  count: z.number(),
  isMine: z.boolean(),
});
export type TimelineEvent = z.infer<typeof timelineEvent>;

export const timelineView = z.object({
  range: z.enum(timelineRanges),
  granularity: z.enum(['day', 'week', 'month']),
  emotionGranularity: z.enum(['week', 'month']),
  from: z.string(),
  to: z.string(),
  series: z.array(timelineSeries),
  events: z.array(timelineEvent),
});
export type TimelineView = z.infer<typeof timelineView>;

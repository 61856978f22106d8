import { z } from 'zod';
import { patternIds } from '../../content/patterns.ts';
import { stageIds, stageStatuses } from '../../content/stages.ts';

export const stageParams = z.strictObject({
  stage: z.enum(stageIds, { error: "There's no stage by that name." }),
});

export const stageInput = z.strictObject({
  status: z.enum(stageStatuses, { error: 'Choose one of the four ways to mark a stage.' }),
  version: z
    .number({ error: 'Send the version of the stage you saw.' })
    .int('Send the version of the stage you saw.')
    .min(0, 'Send the version of the stage you saw.'),
});
export type StageInput = z.infer<typeof stageInput>;

const who = z.object({ name: z.string().nullable(), isMe: z.boolean() });

/** One person's own mark of a stage. */
export const stageMark = z.object({
  status: z.enum(stageStatuses),
  /** 0 while never marked. */
  version: z.number().int(),
  updatedAt: z.iso.datetime().nullable(),
  /** Still the mark the couple shared before marks were separate. */
  carriedOver: z.boolean(),
});
export type StageMark = z.infer<typeof stageMark>;

export const stageState = z.object({
  stage: z.enum(stageIds),
  /** My own mark. */
  mine: stageMark,
  /** My partner's own mark, as shared with the couple; null without a partner. */
  partner: stageMark.nullable(),
});
export type StageState = z.infer<typeof stageState>;

export const stageChange = z.object({
  id: z.uuid(),
  stage: z.enum(stageIds),
  from: z.enum(stageStatuses),
  to: z.enum(stageStatuses),
  at: z.iso.datetime(),
  /** Whose path it is: each person's changes are their own. */
  by: who,
  /** Copied from the mark the couple shared before marks were separate. */
  carriedOver: z.boolean(),
});
export type StageChange = z.infer<typeof stageChange>;

export const focus = z.object({
  stage: z.enum(stageIds),
  patterns: z.array(z.enum(patternIds)),
  reason: z.string(),
});

export const pathView = z.object({
  /** I have a space, so stages can be marked. */
  hasSpace: z.boolean(),
  /** Marking is open for me now (no time apart, not using Kintsugi alone). */
  canChange: z.boolean(),
  /** My partner's name, once they have joined. */
  partnerName: z.string().nullable(),
  stages: z.array(stageState),
  focus,
  history: z.array(stageChange),
});
export type PathView = z.infer<typeof pathView>;

export const stageView = z.object({
  hasSpace: z.boolean(),
  canChange: z.boolean(),
  partnerName: z.string().nullable(),
  stage: stageState,
  history: z.array(stageChange),
});
export type StageView = z.infer<typeof stageView>;

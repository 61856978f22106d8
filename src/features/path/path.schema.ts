import { z } from 'zod';
import { patternIds } from '../../content/patterns.ts';
import { stageIds, stageStatuses } from '../../content/stages.ts';

export const stageParams = z.strictObject({ stage: z.enum(stageIds, { error: "There's no stage by that name." }) });

export const stageInput = z.strictObject({
  status: z.enum(stageStatuses, { error: 'Choose one of the four ways to mark a stage.' }),
  version: z
    .number({ error: 'Send the version of the stage you saw.' })
    .int('Send the version of the stage you saw.')
    .min(0, 'Send the version of the stage you saw.'),
});
export type StageInput = z.infer<typeof stageInput>;

const who = z.object({ name: z.string().nullable(), isMe: z.boolean() });

export const stageState = z.object({
  stage: z.enum(stageIds),
  status: z.enum(stageStatuses),
  version: z.number().int(),
  updatedAt: z.iso.datetime().nullable(),
  updatedBy: who.nullable(),
});
export type StageState = z.infer<typeof stageState>;

export const stageChange = z.object({
  id: z.uuid(),
  stage: z.enum(stageIds),
  from: z.enum(stageStatuses),
  to: z.enum(stageStatuses),
  at: z.iso.datetime(),
  by: who,
});
export type StageChange = z.infer<typeof stageChange>;

export const focus = z.object({ stage: z.enum(stageIds), patterns: z.array(z.enum(patternIds)), reason: z.string() });

export const pathView = z.object({
  /** I have a space, so stages can be marked. */
  hasSpace: z.boolean(),
  /** Marking is open for me now (no time apart, not using Kintsugi alone). */
  canChange: z.boolean(),
  stages: z.array(stageState),
  focus,
  history: z.array(stageChange),
});
export type PathView = z.infer<typeof pathView>;

export const stageView = z.object({
  hasSpace: z.boolean(),
  canChange: z.boolean(),
  stage: stageState,
  history: z.array(stageChange),
});
export type StageView = z.infer<typeof stageView>;

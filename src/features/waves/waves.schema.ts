import { z } from 'zod';
import { inputWords } from '../../content/input.ts';
import { HIDDEN_CHARACTERS as UNSAFE_TEXT } from '../../platform/text/plain-text.ts';

import { NOTE_MAX, PLAN_PART_MAX } from './limits.ts';
import { waveNeeds } from './wave-needs.ts';

// Re-exported; the browser imports them from wave-needs.ts (no zod).
export { waveNeeds, type WaveNeed } from './wave-needs.ts';

const text = (max: number, tooLong: string) =>
  z
    .string({ error: tooLong })
    .trim()
    .max(max, tooLong)
    .refine((v) => !UNSAFE_TEXT.test(v), inputWords.hiddenCharacters);

const planPartTooLong = `Keep each part to ${PLAN_PART_MAX} characters.`;

export const waveInput = z.strictObject({
  need: z
    .enum(waveNeeds, { error: 'Choose what would help from the list, or leave it.' })
    .nullable()
    .optional(),
  note: text(NOTE_MAX, `Keep the note to ${NOTE_MAX} characters.`).optional(),
  private: z.boolean({ error: 'Say whether to keep this wave to yourself.' }).optional(),
});
export type WaveInput = z.infer<typeof waveInput>;

export const waveIdParams = z.strictObject({ id: z.uuid("We couldn't find that wave.") });

export const wave = z.object({
  id: z.uuid(),
  isMine: z.boolean(),
  need: z.enum(waveNeeds).nullable(),
  /** My own note; always null on my partner's waves. */
  note: z.string().nullable(),
  private: z.boolean(),
  /** When my partner said "I'm here". */
  seenAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
});
export type Wave = z.infer<typeof wave>;
/** A wave sent: it, as its sender reads it. */
export const waveSent = z.object({ wave });
export type WaveSent = z.infer<typeof waveSent>;

export const planInput = z.strictObject({
  helps: text(PLAN_PART_MAX, planPartTooLong),
  ask: text(PLAN_PART_MAX, planPartTooLong),
  avoid: text(PLAN_PART_MAX, planPartTooLong),
});
export type PlanInput = z.infer<typeof planInput>;

export const planPart = z.object({
  id: z.uuid(),
  helps: z.string(),
  ask: z.string(),
  avoid: z.string(),
  createdAt: z.iso.datetime(),
});
export type PlanPart = z.infer<typeof planPart>;

export const wavePlan = z.object({
  /** My part: the current version first, then the earlier ones. */
  mine: z.array(planPart),
  /** My partner's current part only. */
  partner: planPart.nullable(),
});
export type WavePlan = z.infer<typeof wavePlan>;

export const waveView = z.object({
  /** A wave may reach my partner now (a partner has joined, no time apart, not alone). */
  canShare: z.boolean(),
  partnerName: z.string().nullable(),
  /** I said I broke the trust: short guidance goes with my partner's waves. */
  guidance: z.boolean(),
  waves: z.array(wave),
  plan: wavePlan,
});
export type WaveView = z.infer<typeof waveView>;

export const waveVersion = z.object({ version: z.number() });
export type WaveVersion = z.infer<typeof waveVersion>;

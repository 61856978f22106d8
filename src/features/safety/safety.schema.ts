import { z } from 'zod';

export const safetyDomains = ['humiliated', 'afraid', 'forced', 'hurt'] as const;
export type SafetyDomain = (typeof safetyDomains)[number];
export const safetyAnswers = ['no', 'sometimes', 'yes', 'unsaid'] as const;
export type SafetyAnswer = (typeof safetyAnswers)[number];

const answer = z.enum(safetyAnswers, { error: 'Choose one answer for this question.' });

export const checkInput = z.strictObject({
  humiliated: answer,
  afraid: answer,
  forced: answer,
  hurt: answer,
});
export type CheckInput = z.infer<typeof checkInput>;

/** Any "yes" or "sometimes" signals danger: better to offer help once too often than once too few. */
export function signalsDanger(answers: CheckInput): boolean {
  return safetyDomains.some((d) => answers[d] === 'yes' || answers[d] === 'sometimes');
}

export const check = z.object({
  id: z.uuid(),
  takenAt: z.iso.datetime(),
  answers: z.object({ humiliated: answer, afraid: answer, forced: answer, hurt: answer }),
  signalsDanger: z.boolean(),
});
export type SafetyCheck = z.infer<typeof check>;

export const safetyView = z.object({
  checks: z.array(check),
  /** Using Kintsugi alone: shared things paused for me only. */
  solo: z.object({ since: z.iso.datetime() }).nullable(),
  /** The check was offered and answered or set aside. */
  offered: z.boolean(),
});
export type SafetyView = z.infer<typeof safetyView>;

export const checkIdParams = z.strictObject({ id: z.uuid("We couldn't find that check.") });

import { z } from 'zod';
import { inputWords } from '../../content/input.ts';
import { HIDDEN_CHARACTERS as UNSAFE_TEXT } from '../../platform/text/plain-text.ts';

// The one rule for all text (decision 090): the JSON parser applies it; this keeps it in the schema too.
const plain = inputWords.hiddenCharacters;

const text = (max: number, empty: string | null, tooLong: string) => {
  const base = z
    .string({ error: empty ?? tooLong })
    .trim()
    .max(max, tooLong)
    .refine((v) => !UNSAFE_TEXT.test(v), plain);
  return empty ? base.refine((v) => v.length > 0, empty) : base;
};

export { MAX_REVIEW_WEEKS, SUGGESTED_REVIEW_WEEKS } from './review-weeks.ts';

const isoDate = z
  .string({ error: 'Choose a date to look at this again.' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Choose a date to look at this again.')
  .refine(
    (v) =>
      !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) &&
      new Date(`${v}T00:00:00Z`).toISOString().startsWith(v),
    'That date does not exist.',
  );

export const agreementWords = {
  title: text(120, 'Give the agreement a short name.', 'Keep the name to 120 characters.'),
  dailyLife: text(2000, 'Say what it means in daily life.', 'Keep this to 2000 characters.'),
  whySafe: text(2000, null, 'Keep this to 2000 characters.'),
  reviewOn: isoDate,
};

export const proposeInput = z.strictObject({
  title: agreementWords.title,
  dailyLife: agreementWords.dailyLife,
  whySafe: agreementWords.whySafe.default(''),
  reviewOn: agreementWords.reviewOn,
});
export type ProposeInput = z.infer<typeof proposeInput>;

export const versionNumber = z
  .number({ error: 'Say which version you are answering.' })
  .int()
  .min(0)
  .max(100_000);

export const changeInput = proposeInput.extend({ baseVersion: versionNumber });
export type ChangeInput = z.infer<typeof changeInput>;

export const actionInput = z.strictObject({
  action: z.enum(['accept', 'decline', 'revisit', 'retire', 'withdraw'], {
    error: 'That is not something you can do here.',
  }),
  version: versionNumber,
  note: text(1000, null, 'Keep the note to 1000 characters.').optional(),
});
export type ActionInput = z.infer<typeof actionInput>;

export const agreementIdParams = z.strictObject({ id: z.uuid("We couldn't find that agreement.") });

export const statusValues = ['proposed', 'active', 'revisiting', 'declined', 'retired'] as const;

export const agreementVersion = z.object({
  number: z.number().int(),
  title: z.string(),
  dailyLife: z.string(),
  whySafe: z.string(),
  reviewOn: z.string(),
  byMe: z.boolean(),
  createdAt: z.iso.datetime(),
});
export type AgreementVersion = z.infer<typeof agreementVersion>;

export const agreementStep = z.object({
  seq: z.number().int(),
  kind: z.enum(['proposed', 'accepted', 'declined', 'revisit', 'retire', 'withdrew']),
  version: z.number().int(),
  note: z.string().nullable(),
  byMe: z.boolean(),
  at: z.iso.datetime(),
});
export type AgreementStepView = z.infer<typeof agreementStep>;

const yeses = z.object({ me: z.boolean(), partner: z.boolean() });

export const agreementSummary = z.object({
  id: z.uuid(),
  status: z.enum(statusValues),
  inForce: z.boolean(),
  /** From a space I have left: readable history, no more steps. */
  isHistory: z.boolean(),
  title: z.string(),
  latestVersion: z.number().int(),
  agreedVersion: z.number().int().nullable(),
  /** The agreed version's review date has come (in my own day). */
  reviewDue: z.boolean(),
  reviewOn: z.string(),
  /** The version on the table waits for my yes or no. */
  waitingForMe: z.boolean(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type AgreementSummary = z.infer<typeof agreementSummary>;
export const agreementsAnswer = z.object({ agreements: z.array(agreementSummary) });
export type AgreementsAnswer = z.infer<typeof agreementsAnswer>;

export const agreementDetail = agreementSummary.extend({
  versions: z.array(agreementVersion),
  steps: z.array(agreementStep),
  /** Who stands behind the newest version, and behind the agreed one. */
  latestYes: yeses,
  agreedYes: yeses,
  revisitAskedBy: z.enum(['me', 'partner']).nullable(),
  retireAsked: yeses,
  declinedBy: z.enum(['me', 'partner']).nullable(),
  can: z.object({
    accept: z.boolean(),
    decline: z.boolean(),
    proposeChange: z.boolean(),
    revisit: z.boolean(),
    retire: z.boolean(),
    /** The version my "withdraw" would take my yes back from; null when I have none standing. */
    withdraw: z.number().int().nullable(),
  }),
});
export type AgreementDetail = z.infer<typeof agreementDetail>;

import { z } from 'zod';
import { inputWords } from '../../content/input.ts';
import { HIDDEN_CHARACTERS as UNSAFE_TEXT } from '../../platform/text/plain-text.ts';
import { PROMISE_MAX, STEP_NOTE_MAX } from './limits.ts';

// The one rule for all text (decision 090): the JSON parser applies it; this keeps it in the schema too.
const plain = inputWords.hiddenCharacters;

const promiseText = z
  .string({ error: 'Say what you promise.' })
  .trim()
  .min(1, 'Say what you promise.')
  .max(PROMISE_MAX, `Keep a promise small: ${PROMISE_MAX} characters at most.`)
  .refine((v) => !UNSAFE_TEXT.test(v), plain);
const note = (max: number, tooLong: string) =>
  z
    .string()
    .trim()
    .max(max, tooLong)
    .refine((v) => !UNSAFE_TEXT.test(v), plain);
const when = z.iso.datetime({ offset: true, error: 'Choose a date and time.' }).nullable();

export const makePromiseInput = z.strictObject({
  text: promiseText,
  dueAt: when.optional(),
  visibility: z.enum(['private', 'shared'], { error: 'Choose who can see it.' }).default('shared'),
});
export type MakePromiseInput = z.infer<typeof makePromiseInput>;

export const promiseActionInput = z.strictObject({
  action: z.enum(['keep', 'renegotiate', 'miss', 'repair', 'notice'], {
    error: 'That is not something you can do here.',
  }),
  version: z.number({ error: 'Say which version you are answering.' }).int().min(1).max(100_000),
  text: promiseText.optional(),
  dueAt: when.optional(),
  note: note(STEP_NOTE_MAX, `Keep the note to ${STEP_NOTE_MAX} characters.`).optional(),
});
export type PromiseActionInput = z.infer<typeof promiseActionInput>;

export const promiseIdParams = z.strictObject({ id: z.uuid("We couldn't find that promise.") });
export const ledgerQuery = z.strictObject({
  weeks: z.coerce.number().int().min(1).max(52).default(12),
});

export const promiseStepView = z.object({
  seq: z.number().int(),
  kind: z.enum(['made', 'renegotiated', 'kept', 'missed', 'repaired', 'noticed']),
  text: z.string().nullable(),
  dueAt: z.iso.datetime().nullable(),
  note: z.string().nullable(),
  byMe: z.boolean(),
  at: z.iso.datetime(),
});

export const promiseView = z.object({
  id: z.uuid(),
  byMe: z.boolean(),
  visibility: z.enum(['private', 'shared']),
  text: z.string(),
  dueAt: z.iso.datetime().nullable(),
  status: z.enum(['open', 'kept', 'missed']),
  renegotiations: z.number().int(),
  repair: z.string().nullable(),
  noticed: z.array(
    z.object({ byMe: z.boolean(), word: z.string().nullable(), at: z.iso.datetime() }),
  ),
  version: z.number().int(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  steps: z.array(promiseStepView),
  can: z.object({
    keep: z.boolean(),
    renegotiate: z.boolean(),
    miss: z.boolean(),
    repair: z.boolean(),
    notice: z.boolean(),
  }),
});
export type PromiseView = z.infer<typeof promiseView>;

export const ledgerWeek = z.object({
  /** The Monday the week starts on, in the person's own time zone (YYYY-MM-DD). */
  week: z.string(),
  /**
   * Made, missed and repaired are null in my partner's weeks unless they share their misses:
   * no scoreboard, and no count that gives misses away by difference.
   */
  made: z.number().int().nullable(),
  kept: z.number().int(),
  renegotiated: z.number().int(),
  missedRepaired: z.number().int().nullable(),
  missed: z.number().int().nullable(),
  noticed: z.number().int(),
});
export type LedgerWeek = z.infer<typeof ledgerWeek>;

export const ledgerView = z.object({
  mine: z.array(ledgerWeek),
  /** My partner's shared promises; null when I have no partner in my space. */
  partner: z.array(ledgerWeek).nullable(),
  /** Whether I let my partner see my missed promises (off unless I turn it on). */
  sharingMyMisses: z.boolean(),
  /** Whether my partner lets me see theirs. */
  partnerSharesMisses: z.boolean(),
});
export type LedgerView = z.infer<typeof ledgerView>;

export const missSharingInput = z.strictObject({
  shared: z.boolean({ error: 'Say whether your partner may see the promises you missed.' }),
});
export type MissSharingInput = z.infer<typeof missSharingInput>;
export const missSharingView = z.object({ shared: z.boolean() });
export type MissSharingView = z.infer<typeof missSharingView>;

/** The promises screen showed me my partner's notices up to this moment (the newest one's time). */
export const noticesSeenInput = z.strictObject({
  through: z.iso.datetime({ offset: true, error: 'Say up to when, as a date and time.' }),
});
export type NoticesSeenInput = z.infer<typeof noticesSeenInput>;
/** Up to when my partner's notices on my promises count as seen. */
export const noticesSeenView = z.object({ seenThrough: z.string() });
export type NoticesSeenView = z.infer<typeof noticesSeenView>;

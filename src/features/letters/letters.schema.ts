import { z } from 'zod';
import { letterPrompts } from '../../content/letters.ts';

const promptIds = letterPrompts.map((p) => p.id) as [string, ...string[]];

const body = z
  .string({ error: 'Write your letter first.' })
  .trim()
  .min(1, 'Write your letter first.')
  .max(20_000, 'Keep a letter under 20,000 characters.');

const sendFields = {
  promptId: z.enum(promptIds, { error: 'Choose a prompt from the list.' }).nullable().optional(),
  /** draft: only I see it; now: delivered at once; later: delivered at `deliverAt`. */
  send: z.enum(['draft', 'now', 'later'], { error: 'Choose when the letter should arrive.' }),
  deliverAt: z.iso.datetime({ offset: true, error: 'Choose a day and a time.' }).optional(),
};

export const letterInput = z.strictObject({
  body,
  ...sendFields,
  replyToId: z.uuid("We couldn't find the letter you are answering.").optional(),
});
export type LetterInput = z.infer<typeof letterInput>;

export const letterUpdate = z.strictObject({ body, ...sendFields });
export type LetterUpdate = z.infer<typeof letterUpdate>;

export const letterState = z.enum(['draft', 'scheduled', 'delivered']);

export const letter = z.object({
  id: z.uuid(),
  isMine: z.boolean(),
  fromName: z.string(),
  toName: z.string(),
  promptId: z.string().nullable(),
  body: z.string(),
  state: letterState,
  deliverAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  replyToId: z.uuid().nullable(),
  /** For letters to me: whether I have opened it. Never shown to the author. */
  isNew: z.boolean(),
});
export type Letter = z.infer<typeof letter>;

export const letterWithReplies = letter.extend({ replies: z.array(letter) });
export type LetterWithReplies = z.infer<typeof letterWithReplies>;

export const letterList = z.object({ received: z.array(letter), written: z.array(letter) });

export const letterIdParams = z.strictObject({ id: z.uuid("We couldn't find that letter.") });

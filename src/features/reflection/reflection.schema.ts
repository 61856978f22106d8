import { z } from 'zod';
import { levels, patternIds, stanceIds } from '../../content/patterns.ts';
import { NOTE_MAX } from './limits.ts';

const answer = z
  .number({ error: 'Choose one of the five answers.' })
  .int('Choose one of the five answers.')
  .min(1, 'Choose one of the five answers.')
  .max(5, 'Choose one of the five answers.');
const fiveAnswers = z
  .array(answer, { error: 'Answer each statement for this pattern.' })
  .length(5, 'Answer all five statements for this pattern.');
const note = z
  .string({ error: 'A note is text.' })
  .trim()
  .max(NOTE_MAX, `Keep a note under ${NOTE_MAX.toLocaleString('en')} characters.`)
  .optional();

export const takeInput = z.strictObject({
  answers: z.strictObject(
    {
      insecurity: fiveAnswers,
      distance: fiveAnswers,
      secrecy: fiveAnswers,
      infidelity: fiveAnswers,
    },
    { error: 'Answer the statements for all four patterns.' },
  ),
  notes: z
    .strictObject({ insecurity: note, distance: note, secrecy: note, infidelity: note })
    .optional(),
});
export type TakeInput = z.infer<typeof takeInput>;

export const sharingInput = z.strictObject({
  patterns: z.array(z.enum(patternIds, { error: 'That is not one of the four patterns.' })).max(4),
  includeNotes: z.boolean({ error: 'Say whether your notes go with what you share.' }),
});
export type SharingInput = z.infer<typeof sharingInput>;

export const stanceInput = z.strictObject({
  stance: z.enum(stanceIds, { error: 'Choose one of the four answers.' }),
  shared: z.boolean({ error: 'Say whether to share this.' }),
});
export type StanceInput = z.infer<typeof stanceInput>;

export const takeIdParams = z.strictObject({ id: z.uuid("We couldn't find that reflection.") });

export const patternResult = z.object({
  pattern: z.enum(patternIds),
  level: z.enum(levels),
  score: z.number().int(),
  answers: z.array(z.number().int()),
  note: z.string().nullable(),
  shared: z.boolean(),
  noteShared: z.boolean(),
});

export const take = z.object({
  id: z.uuid(),
  takenAt: z.iso.datetime(),
  patterns: z.array(patternResult),
});
export type Take = z.infer<typeof take>;

export const stanceState = z.object({ stance: z.enum(stanceIds), shared: z.boolean() });
export type StanceState = z.infer<typeof stanceState>;

export const myReflection = z.object({
  takes: z.array(take),
  stance: stanceState.nullable(),
  /** I'm in a space and sharing is open for me now. */
  canShare: z.boolean(),
});
export type MyReflection = z.infer<typeof myReflection>;

export const partnerReflection = z.object({
  partner: z.object({ displayName: z.string() }).nullable(),
  patterns: z.array(
    z.object({
      pattern: z.enum(patternIds),
      level: z.enum(levels),
      takenAt: z.iso.datetime(),
      note: z.string().nullable(),
    }),
  ),
  stance: z.enum(stanceIds).nullable(),
});
export type PartnerReflection = z.infer<typeof partnerReflection>;

import { z } from 'zod';
import { inputWords } from '../../content/input.ts';
import { questionKinds, questionWords as words } from '../../content/questions/index.ts';
import { HIDDEN_CHARACTERS as UNSAFE_TEXT } from '../../platform/text/plain-text.ts';
import { ANSWER_MAX } from './limits.ts';

/** `{ answer }` to answer today's question, or `{ skip: true }` to let it go (nothing is counted). */
export const questionInput = z
  .strictObject({
    answer: z
      .string({ error: words.answerRequired })
      .trim()
      .min(1, words.answerRequired)
      .max(ANSWER_MAX, words.tooLong)
      .refine((v) => !UNSAFE_TEXT.test(v), inputWords.hiddenCharacters)
      .optional(),
    skip: z.boolean({ error: words.skipChoice }).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.skip === true && v.answer !== undefined)
      ctx.addIssue({ code: 'custom', message: words.oneOfTwo, path: ['answer'] });
    else if (v.skip !== true && v.answer === undefined)
      ctx.addIssue({ code: 'custom', message: words.answerRequired, path: ['answer'] });
  });
export type QuestionInput = z.infer<typeof questionInput>;

export const dailyQuestion = z.object({
  id: z.string(),
  text: z.string(),
  kind: z.enum(questionKinds),
});
export type DailyQuestion = z.infer<typeof dailyQuestion>;

export const questionToday = z.object({
  /** My own calendar day. */
  day: z.iso.date(),
  question: dailyQuestion,
  /** Asked of both of us (revealed when both answered), or just for me today. */
  together: z.boolean(),
  /** Why it is just for me, when it is: no partner yet, time apart, or simply private. */
  ownReason: z.enum(['alone', 'apart', 'private']).nullable(),
  /** The line above the question, for my role. */
  framing: z.string(),
  mine: z
    .object({
      answer: z.string().nullable(),
      skipped: z.boolean(),
      /** My partner's answer has been shown to me: mine stays as it is. */
      settled: z.boolean(),
    })
    .nullable(),
  partner: z
    .object({
      name: z.string(),
      answered: z.boolean(),
      /** Their words, only once I have answered too. */
      answer: z.string().nullable(),
    })
    .nullable(),
});
export type QuestionToday = z.infer<typeof questionToday>;

export const answeredTogether = z.object({
  id: z.uuid(),
  day: z.iso.date(),
  question: z.string(),
  mine: z.string(),
  partner: z.string(),
});
export type AnsweredTogether = z.infer<typeof answeredTogether>;

export const questionHistory = z.object({
  /** My partner's name, when there is a day to show. */
  partnerName: z.string().nullable(),
  days: z.array(answeredTogether),
});
/** The page of days and `next`, where to go on from (the route adds the cursor's schema). */
export type QuestionHistory = z.infer<typeof questionHistory> & { next: string | null };

export const questionVersion = z.object({ version: z.number() });

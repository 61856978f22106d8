import { z } from 'zod';
import { emotionIds, weeklyItems } from '../../content/checkins.ts';
import { NEED_MAX, NOTE_MAX, REPLY_MAX, WEEKLY_ANSWER_MAX } from './limits.ts';

// Request and answer shapes of the check-ins API, shared by server and web.

const scale = (what: string) =>
  z
    .number({ error: `Choose how ${what} you feel, from 0 to 10.` })
    .int(`Choose a whole number from 0 to 10 for ${what}.`)
    .min(0, `Choose a number from 0 to 10 for ${what}.`)
    .max(10, `Choose a number from 0 to 10 for ${what}.`);

const optionalText = (max: number, what: string) =>
  z
    .string({ error: `${what} must be text.` })
    .trim()
    .max(max, `${what} can be up to ${max} characters.`)
    .nullable()
    .optional()
    .transform((value) => (value ? value : null));

export const dailyInput = z.strictObject({
  emotions: z
    .array(z.enum(emotionIds, { error: 'Choose feelings from the list.' }), {
      error: 'Choose at least one feeling.',
    })
    .min(1, 'Choose at least one feeling.')
    .max(emotionIds.length, 'Choose feelings from the list.')
    .transform((list) => [...new Set(list)]),
  safety: scale('safe'),
  trust: scale('trusting'),
  connection: scale('connected'),
  need: optionalText(NEED_MAX, 'What you need'),
  note: optionalText(NOTE_MAX, 'The note'),
  visibility: z.enum(['private', 'shared'], { error: 'Choose who sees this check-in.' }),
  showWaiting: z
    .boolean({ error: 'Say whether your partner may know one is waiting.' })
    .optional()
    .default(false),
});
export type DailyInput = z.input<typeof dailyInput>;

export const dailyCheckin = z.object({
  id: z.uuid(),
  day: z.string(),
  emotions: z.array(z.string()),
  safety: z.number(),
  trust: z.number(),
  connection: z.number(),
  need: z.string().nullable(),
  note: z.string().nullable(),
  visibility: z.enum(['private', 'shared']),
  showWaiting: z.boolean(),
  updatedAt: z.iso.datetime(),
});
export type DailyCheckin = z.infer<typeof dailyCheckin>;

/** What I see of my partner's day: never a hint of anything private. */
export const partnerDay = z.object({
  name: z.string(),
  status: z.enum(['revealed', 'waiting', 'nothing']),
  checkin: dailyCheckin.omit({ visibility: true, showWaiting: true }).nullable(),
});
export type PartnerDay = z.infer<typeof partnerDay>;

export const todayView = z.object({
  day: z.string(),
  hasSpace: z.boolean(),
  sharingOpen: z.boolean(),
  mine: dailyCheckin.nullable(),
  /** null while nobody else is in my space. */
  partner: partnerDay.nullable(),
});
export type TodayView = z.infer<typeof todayView>;

export const recentDays = z.object({
  partnerName: z.string().nullable(),
  days: z.array(
    z.object({
      day: z.string(),
      mine: dailyCheckin.nullable(),
      partner: dailyCheckin.omit({ visibility: true, showWaiting: true }).nullable(),
    }),
  ),
});
export type RecentDays = z.infer<typeof recentDays>;

const answerText = (label: string) =>
  z
    .string({ error: `${label}: write text, or leave it empty.` })
    .trim()
    .max(WEEKLY_ANSWER_MAX, `${label} can be up to ${WEEKLY_ANSWER_MAX} characters.`)
    .optional()
    .default('');

export const weeklyInput = z
  .strictObject({
    appreciated: answerText('What you appreciated'),
    hard: answerText('What was hard'),
    need: answerText('What you need'),
    agreements: answerText('Agreements and promises'),
    together: answerText('One thing to do together'),
  })
  .refine((a) => Object.values(a).some((v) => v !== ''), {
    message: 'Write something for at least one question.',
    path: ['appreciated'],
  });
export type WeeklyInput = z.input<typeof weeklyInput>;

export const weeklyAnswers = z.object({
  id: z.uuid(),
  appreciated: z.string(),
  hard: z.string(),
  need: z.string(),
  agreements: z.string(),
  together: z.string(),
  updatedAt: z.iso.datetime(),
});
export type WeeklyAnswers = z.infer<typeof weeklyAnswers>;

export const weeklyReply = z.object({
  id: z.uuid(),
  answerId: z.uuid(),
  item: z.enum(weeklyItems),
  body: z.string(),
  isMine: z.boolean(),
  updatedAt: z.iso.datetime(),
});
export type WeeklyReply = z.infer<typeof weeklyReply>;

export const weeklyWeek = z.object({
  weekStart: z.string(),
  mine: weeklyAnswers.nullable(),
  /** null until both have answered this week. */
  partner: weeklyAnswers.nullable(),
  replies: z.array(weeklyReply),
});
export type WeeklyWeek = z.infer<typeof weeklyWeek>;

export const checkinDaySetting = z.object({
  weekday: z.number().int().min(0).max(6),
  version: z.number().int(),
});
export type CheckinDaySetting = z.infer<typeof checkinDaySetting>;

export const weeklyView = z.object({
  hasPartner: z.boolean(),
  partnerName: z.string().nullable(),
  sharingOpen: z.boolean(),
  setting: checkinDaySetting,
  current: weeklyWeek,
  /** Earlier weeks where anything was written, newest first. */
  past: z.array(weeklyWeek),
});
export type WeeklyView = z.infer<typeof weeklyView>;

export const replyInput = z.strictObject({
  item: z.enum(weeklyItems, { error: 'Choose which answer you reply to.' }),
  body: z
    .string({ error: 'Write your reply.' })
    .trim()
    .min(1, 'Write your reply.')
    .max(REPLY_MAX, `A reply can be up to ${REPLY_MAX} characters.`),
});
export type ReplyInput = z.infer<typeof replyInput>;

export const answerIdParams = z.strictObject({ id: z.uuid("That check-in doesn't exist.") });

export const checkinDayInput = z.strictObject({
  weekday: z
    .number({ error: 'Choose a day of the week.' })
    .int('Choose a day of the week.')
    .min(0, 'Choose a day of the week.')
    .max(6, 'Choose a day of the week.'),
  version: z.number({ error: 'Reload the page and try again.' }).int().min(0),
});
export type CheckinDayInput = z.infer<typeof checkinDayInput>;

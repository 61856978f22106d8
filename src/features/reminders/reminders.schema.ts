import { z } from 'zod';

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a time like 22:00.');

const quietHours = z
  .object({ from: time, to: time })
  .strict()
  .refine((q) => q.from !== q.to, {
    message: 'Quiet hours need a start and an end that differ.',
    path: ['to'],
  });

/** My reminder choices; times are "HH:MM" in my own time zone. */
export const reminderSettings = z.object({
  channels: z.object({ email: z.boolean(), push: z.boolean() }),
  kinds: z.object({
    letter: z.boolean(),
    turn: z.boolean(),
    weekly: z.boolean(),
    promise: z.boolean(),
    review: z.boolean(),
  }),
  quietHours: z.object({ from: z.string(), to: z.string() }).nullable(),
});
export type ReminderSettings = z.infer<typeof reminderSettings>;

/** A change: any part may be left out; what is sent replaces what was there. */
export const reminderSettingsPatch = z
  .object({
    channels: z.object({ email: z.boolean(), push: z.boolean() }).partial().strict().optional(),
    kinds: z
      .object({
        letter: z.boolean(),
        turn: z.boolean(),
        weekly: z.boolean(),
        promise: z.boolean(),
        review: z.boolean(),
      })
      .partial()
      .strict()
      .optional(),
    quietHours: quietHours.nullable().optional(),
  })
  .strict();
export type ReminderSettingsPatch = z.infer<typeof reminderSettingsPatch>;

/** The token from a reminder's List-Unsubscribe address: 32 random bytes in base64url. */
export const unsubscribeQuery = z
  .object({
    token: z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'This unsubscribe link is not complete.'),
  })
  .strict();

/** A person pasting the unsubscribe address into a browser: any token is taken to the page. */
export const unsubscribePageQuery = z
  .object({ token: z.string().max(200, 'This unsubscribe link is not complete.') })
  .strict();

/** What a mail app posts for a one-click unsubscribe (RFC 8058); nothing else is needed. */
export const unsubscribeBody = z
  .object({ 'List-Unsubscribe': z.literal('One-Click').optional() })
  .strict()
  .nullish();

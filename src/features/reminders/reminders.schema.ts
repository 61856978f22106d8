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
/** Reminders are off for the address the one-click link was for. */
export const unsubscribed = z.object({ unsubscribed: z.literal(true) });
export type Unsubscribed = z.infer<typeof unsubscribed>;

const isLoopback = (host: string) =>
  host === 'localhost' || host === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);

/**
 * What a browser's `PushSubscription.toJSON()` gives: the push service's address (https; plain
 * http only on this machine, which the server allows in tests alone) and the keys to encrypt to
 * (RFC 8291): a P-256 point of 65 bytes and a 16-byte secret, base64url.
 */
export const pushSubscriptionInput = z
  .object({
    endpoint: z
      .string()
      .max(2048, 'This push address is too long.')
      .url('This push address is not a web address.')
      .refine((v) => {
        let url: URL;
        try {
          url = new URL(v);
        } catch {
          return true; // .url() has said so already
        }
        return url.protocol === 'https:' || (url.protocol === 'http:' && isLoopback(url.hostname));
      }, 'Push needs a secure (https) address.'),
    expirationTime: z.number().nullable().optional(),
    keys: z
      .object({
        p256dh: z
          .string()
          .regex(/^B[A-Za-z0-9_-]{86}=?$/, "This device's push key is not a valid key."),
        auth: z
          .string()
          .regex(/^[A-Za-z0-9_-]{22}(==)?$/, "This device's push secret is not valid."),
      })
      .strict(),
  })
  .strict();
export type PushSubscriptionInput = z.infer<typeof pushSubscriptionInput>;

// Re-exported for the server and the tests; the browser imports it from device-id.ts (no zod).
export { deviceIdFromDigest } from './device-id.ts';

export const pushDeviceParams = z
  .object({ id: z.uuid('This device id is not one of ours.') })
  .strict();

export const pushDevice = z.object({ id: z.string() });
export const pushKey = z.object({ publicKey: z.string() });
export type PushKey = z.infer<typeof pushKey>;

import { z } from 'zod';
import {
  fitsLockRule,
  LOCK_PASSPHRASE_MIN,
  LOCK_PIN_MAX,
  LOCK_PIN_MIN,
  LOCK_SECRET_MAX,
} from './limits.ts';

// The app lock for shared devices (decision 132): a PIN or passphrase that opens the app on a
// device where the session is locked, an idle time, and what the quick exit does.

/** Idle times a person can choose, in minutes; null is "never by itself". */
export const IDLE_CHOICES = [1, 5, 15, 30, 60] as const;
export const idleMinutesSchema = z
  .number()
  .int()
  .refine(
    (n) => (IDLE_CHOICES as readonly number[]).includes(n),
    'Choose 1, 5, 15, 30 or 60 minutes.',
  )
  .nullable();

export const quickExitChoice = z.enum(['sign-out', 'lock']);
export type QuickExitChoice = z.infer<typeof quickExitChoice>;

/** How many wrong PINs end the session (the person then signs in again with their password). */
export const UNLOCK_TRIES = 5;

/** 4 to 8 digits, or a passphrase of 8 characters or more (not only digits). */
export const lockSecretSchema = z
  .string({ error: 'Enter a PIN of 4 to 8 digits, or a passphrase.' })
  .max(LOCK_SECRET_MAX, `Use at most ${LOCK_SECRET_MAX} characters.`)
  .refine(
    fitsLockRule,
    `Use ${LOCK_PIN_MIN} to ${LOCK_PIN_MAX} digits, or a passphrase of at least ${LOCK_PASSPHRASE_MIN} characters.`,
  );

export const appLockSettings = z.object({
  /** Whether a PIN or passphrase is set; without one the app never locks. */
  set: z.boolean(),
  idleMinutes: z.number().int().nullable(),
  quickExit: quickExitChoice,
});
export type AppLockSettings = z.infer<typeof appLockSettings>;

export const setAppLockInput = z.strictObject({
  currentPassword: z
    .string({ error: 'Enter your current password.' })
    .min(1, 'Enter your current password.')
    .max(256),
  secret: lockSecretSchema,
  idleMinutes: idleMinutesSchema.optional(),
  quickExit: quickExitChoice.optional(),
});
export type SetAppLockInput = z.infer<typeof setAppLockInput>;

export const appLockPatch = z.strictObject({
  idleMinutes: idleMinutesSchema.optional(),
  quickExit: quickExitChoice.optional(),
});
export type AppLockPatch = z.infer<typeof appLockPatch>;

export const removeAppLockInput = z.strictObject({
  currentPassword: z
    .string({ error: 'Enter your current password.' })
    .min(1, 'Enter your current password.')
    .max(256),
});

export const unlockInput = z.strictObject({
  secret: z
    .string({ error: 'Enter your PIN or passphrase.' })
    .min(1, 'Enter your PIN or passphrase.')
    .max(128),
});

/** Whether this session is locked now (the answer to lock and unlock). */
export const lockState = z.object({ locked: z.boolean() });
export type LockState = z.infer<typeof lockState>;

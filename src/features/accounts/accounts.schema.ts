import { z } from 'zod';
import { inputWords } from '../../content/input.ts';
import { HIDDEN_OR_LINE_BREAK } from '../../platform/text/plain-text.ts';
import { quickExitChoice } from './app-lock.schema.ts';
import { PASSWORD_MAX, PASSWORD_MIN } from './limits.ts';

export const emailSchema = z
  .string({ error: 'Enter your email address.' })
  .trim()
  .toLowerCase()
  .max(254, 'That email address is too long.')
  .pipe(z.email('Enter an email address like name@example.com.'));

export const passwordSchema = z
  .string({ error: 'Enter a password.' })
  .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters.`)
  .max(PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters.`);

export const displayNameSchema = z
  .string({ error: 'Enter the name your partner knows you by.' })
  .trim()
  .min(1, 'Enter the name your partner knows you by.')
  .max(60, 'Keep the name to 60 characters.')
  .refine((v) => !HIDDEN_OR_LINE_BREAK.test(v), inputWords.hiddenCharactersInName);

export const timeZoneSchema = z
  .string()
  .max(64)
  .refine((zone) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  }, 'Choose a time zone from the list.');

export const signUpInput = z.strictObject({
  email: emailSchema,
  password: passwordSchema,
  displayName: displayNameSchema,
});
export type SignUpInput = z.infer<typeof signUpInput>;

export const signInInput = z.strictObject({
  email: emailSchema,
  password: z.string({ error: 'Enter your password.' }).min(1, 'Enter your password.').max(256),
});
export type SignInInput = z.infer<typeof signInInput>;

export const updateMeInput = z.strictObject({
  displayName: displayNameSchema.optional(),
  timeZone: timeZoneSchema.optional(),
});
export type UpdateMeInput = z.infer<typeof updateMeInput>;

export const changePasswordInput = z.strictObject({
  currentPassword: z
    .string({ error: 'Enter your current password.' })
    .min(1, 'Enter your current password.')
    .max(256),
  newPassword: passwordSchema,
});
export type ChangePasswordInput = z.infer<typeof changePasswordInput>;
/** A new password set: how many other sessions it ended. */
export const passwordChanged = z.object({ endedSessions: z.number().int() });
export type PasswordChanged = z.infer<typeof passwordChanged>;

export const me = z.object({
  id: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  timeZone: z.string(),
  createdAt: z.iso.datetime(),
});
export type Me = z.infer<typeof me>;
/** A session was made: who I am now. */
export const userAnswer = z.object({ user: me });
export type UserAnswer = z.infer<typeof userAnswer>;

/** `GET /api/v1/session`: signed out is `me: null` rather than a 401 (decision 121). */
export const sessionAnswer = z.object({
  me: me.nullable(),
  /** Locked by the app lock: me is null and only the lock screen is shown (decision 132). */
  locked: z.boolean().optional(),
  /** My app lock's choices, when I set one (the page's idle timer and quick exit read them). */
  appLock: z
    .object({
      idleMinutes: z.number().int().nullable(),
      quickExit: quickExitChoice,
    })
    .nullable()
    .optional(),
});
export type SessionAnswer = z.infer<typeof sessionAnswer>;

export const sessionInfo = z.object({
  id: z.uuid(),
  device: z.string(),
  createdAt: z.iso.datetime(),
  lastSeenAt: z.iso.datetime(),
  current: z.boolean(),
});
export type SessionInfo = z.infer<typeof sessionInfo>;
export const sessionsAnswer = z.object({ sessions: z.array(sessionInfo) });
export type SessionsAnswer = z.infer<typeof sessionsAnswer>;
export const sessionsEnded = z.object({ ended: z.number().int() });
export type SessionsEnded = z.infer<typeof sessionsEnded>;

export const sessionIdParams = z.strictObject({ id: z.uuid("That session doesn't exist.") });

/** `?device=forget`: the quick exit's sign-out, which also forgets this browser's device cookie. */
export const signOutQuery = z.strictObject({
  device: z
    .literal('forget', 'device can only be "forget" (or left out to keep this browser known).')
    .optional(),
});

export const changeEmailInput = z.strictObject({
  currentPassword: z
    .string({ error: 'Enter your current password.' })
    .min(1, 'Enter your current password.')
    .max(256),
  newEmail: emailSchema,
});
export type ChangeEmailInput = z.infer<typeof changeEmailInput>;

export const deleteAccountInput = z.strictObject({
  password: z
    .string({ error: 'Enter your password to confirm.' })
    .min(1, 'Enter your password to confirm.')
    .max(256),
});
export type DeleteAccountInput = z.infer<typeof deleteAccountInput>;

/** What the owner's activity can say happened (one list: the table, the API and the screen). */
export const activityKinds = [
  'account_created',
  'signed_in',
  'signed_out',
  'password_changed',
  'email_changed',
  'session_ended',
  'other_sessions_ended',
  /** Someone tried to create an account with this email (no session was made). */
  'sign_up_tried',
  // Second factors (decisions 130, 131).
  'passkey_added',
  'passkey_removed',
  'totp_turned_on',
  'totp_turned_off',
  'recovery_codes_made',
  /** The right password, then a wrong code, passkey or recovery code: no session was made. */
  'second_step_failed',
  /** The app lock (decision 132): set or changed, removed, or a session ended by wrong PINs. */
  'app_lock_set',
  'app_lock_removed',
  'app_lock_tries_ended_session',
  /** Signed in from a browser this account had not used before (decision 085). */
  'new_device_signed_in',
  /** A new email was asked for; it changes once the link sent there is opened. */
  'email_change_requested',
] as const;
export type ActivityKind = (typeof activityKinds)[number];

/** How a sign-in was made, shown with it in the owner's activity. */
export const signInWays = [
  'password',
  'password_totp',
  'password_passkey',
  'password_recovery_code',
  'passkey',
] as const;
export type SignInWay = (typeof signInWays)[number];

export const activityItem = z.object({
  id: z.uuid(),
  kind: z.enum(activityKinds),
  /** For a sign-in: which way it was made. */
  via: z.enum(signInWays).nullable(),
  device: z.string(),
  at: z.iso.datetime(),
  /** Happened since I last looked (not counting this very sign-in). */
  isNew: z.boolean(),
  isThisDevice: z.boolean(),
});
export type ActivityItem = z.infer<typeof activityItem>;
export const activityAnswer = z.object({ items: z.array(activityItem) });
export type ActivityAnswer = z.infer<typeof activityAnswer>;

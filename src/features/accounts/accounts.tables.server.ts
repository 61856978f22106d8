import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { people } from '../../platform/db/core.tables.server.ts';

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

/** The owner's own account activity; only they ever see it. */
export const accountActivity = pgTable(
  'account_activity',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: activityKinds }).notNull(),
    /** The coarse device label, like "Firefox on Android"; no address, no place. */
    device: text('device').notNull(),
    /** The session it happened in (not a reference: sessions end, the record stays). */
    sessionId: uuid('session_id'),
    /** For a sign-in: which way it was made. */
    via: text('via', { enum: signInWays }),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
    /** When the owner saw it in their activity list; null while it is new to them. */
    seenAt: timestamp('seen_at', { withTimezone: true }),
  },
  (t) => [index('account_activity_person_time_idx').on(t.personId, t.occurredAt)],
);

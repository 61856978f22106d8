import {
  index,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { people } from '../../platform/db/core.tables.server.ts';

/**
 * Links that confirm an address (decision 085): a sign-up waiting for its address (no person
 * yet) or an email change waiting for the new one. Single use, a day; only hashes are kept.
 */
export const emailConfirmations = pgTable(
  'email_confirmations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    purpose: text('purpose', { enum: ['sign_up', 'change'] }).notNull(),
    /** The person whose email changes; null for a sign-up (the person is made by the link). */
    personId: uuid('person_id').references(() => people.id, { onDelete: 'cascade' }),
    email: text('email').notNull(),
    displayName: text('display_name'),
    passwordHash: text('password_hash'),
    /** sha256 of the cookie of the browser that signed up: opening the link there signs in. */
    browserHash: text('browser_hash'),
    tokenHash: text('token_hash').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('email_confirmations_token_hash_key').on(t.tokenHash),
    index('email_confirmations_email_idx').on(t.email, t.createdAt),
    index('email_confirmations_person_idx').on(t.personId, t.createdAt),
  ],
);

/** Browsers a person has signed in from: only the sha256 of a random cookie of each. */
export const knownDevices = pgTable(
  'known_devices',
  {
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    deviceHash: text('device_hash').notNull(),
    firstSeenAt: timestamp('first_seen_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.personId, t.deviceHash] })],
);

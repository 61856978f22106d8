import {
  boolean,
  date,
  index,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { people } from './core.tables.server.ts';

/** Each person's reminder choices, all off by default (decision 082). */
export const reminderSettings = pgTable('reminder_settings', {
  personId: uuid('person_id')
    .primaryKey()
    .references(() => people.id, { onDelete: 'cascade' }),
  email: boolean('email').notNull().default(false),
  /** Stored, not sent yet: there is no push channel. */
  push: boolean('push').notNull().default(false),
  letter: boolean('letter').notNull().default(false),
  turn: boolean('turn').notNull().default(false),
  weekly: boolean('weekly').notNull().default(false),
  promise: boolean('promise').notNull().default(false),
  review: boolean('review').notNull().default(false),
  /** "HH:MM" in the person's own time zone; both or neither. */
  quietFrom: text('quiet_from'),
  quietTo: text('quiet_to'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A cause waiting for its reminder, one per person and kind (kintsugi_system only). */
export const remindersDue = pgTable(
  'reminders_due',
  {
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    causedAt: timestamp('caused_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ name: 'reminders_due_pkey', columns: [t.personId, t.kind] })],
);

/** One row per reminder sent: the key allows one per person, kind and day. */
export const remindersSent = pgTable(
  'reminders_sent',
  {
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    day: date('day').notNull(),
  },
  (t) => [primaryKey({ name: 'reminders_sent_pkey', columns: [t.personId, t.kind, t.day] })],
);

/** The sha256 of each one-click unsubscribe token (RFC 8058). */
export const reminderUnsubscribes = pgTable(
  'reminder_unsubscribes',
  {
    tokenHash: text('token_hash').primaryKey(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('reminder_unsubscribes_person_idx').on(t.personId)],
);

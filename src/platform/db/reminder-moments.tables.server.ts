import { index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { people } from './core.tables.server.ts';

/**
 * Moments in time already reminded of (drizzle/0083, decision 083): the key lets each go in
 * once, however many servers sweep. Ids and times only (kintsugi_system only).
 */
export const reminderMoments = pgTable(
  'reminder_moments',
  {
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    subject: text('subject').notNull(),
    dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
    remindedAt: timestamp('reminded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({
      name: 'reminder_moments_pkey',
      columns: [t.personId, t.kind, t.subject, t.dueAt],
    }),
    index('reminder_moments_due_idx').on(t.dueAt),
  ],
);

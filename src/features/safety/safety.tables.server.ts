import { boolean, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { people } from '../../platform/db/core.tables.server.ts';

const answerValues = ['no', 'sometimes', 'yes', 'unsaid'] as const;

/** A private safety check: its author's eyes only, always. */
export const safetyChecks = pgTable(
  'safety_checks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    humiliated: text('humiliated', { enum: answerValues }).notNull(),
    afraid: text('afraid', { enum: answerValues }).notNull(),
    forced: text('forced', { enum: answerValues }).notNull(),
    hurt: text('hurt', { enum: answerValues }).notNull(),
    signalsDanger: boolean('signals_danger').notNull(),
    takenAt: timestamp('taken_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('safety_checks_person_idx').on(t.personId, t.takenAt)],
);

/** The check was offered and answered or set aside, so it is not offered again. */
export const safetyOffers = pgTable('safety_offers', {
  personId: uuid('person_id')
    .primaryKey()
    .references(() => people.id, { onDelete: 'cascade' }),
  settledAt: timestamp('settled_at', { withTimezone: true }).notNull().defaultNow(),
});

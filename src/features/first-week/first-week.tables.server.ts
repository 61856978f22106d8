import { pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { people } from '../../platform/db/core.tables.server.ts';

/**
 * Each person's own choices about their first steps (decision 140). Whether a step is done is
 * never stored: it is read from what exists.
 */
export const firstWeek = pgTable('first_week', {
  personId: uuid('person_id')
    .primaryKey()
    .references(() => people.id, { onDelete: 'cascade' }),
  welcomedAt: timestamp('welcomed_at', { withTimezone: true }),
  setAside: text('set_aside').array().notNull().default([]),
  closedAt: timestamp('closed_at', { withTimezone: true }),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

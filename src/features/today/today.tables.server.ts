import { date, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { people } from '../../platform/db/core.tables.server.ts';

/** Today's small act, marked done or skipped, per person and local day. No counts are kept. */
export const smallActMarks = pgTable(
  'small_act_marks',
  {
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    day: date('day').notNull(),
    actId: text('act_id').notNull(),
    outcome: text('outcome', { enum: ['done', 'skipped'] }).notNull(),
    markedAt: timestamp('marked_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.personId, t.day] })],
);

import {
  boolean,
  date,
  index,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { couples, people } from '../../platform/db/core.tables.server.ts';

/**
 * One person's answer to one day's question (their own calendar day), or that they let it go
 * (`answer` null). Shared answers are read by the partner only once they answered the same
 * couple's question that day (row-level security, migration 0102).
 */
export const questionAnswers = pgTable(
  'question_answers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    authorId: uuid('author_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    coupleId: uuid('couple_id').references(() => couples.id, { onDelete: 'cascade' }),
    day: date('day', { mode: 'string' }).notNull(),
    questionId: text('question_id').notNull(),
    shared: boolean('shared').notNull(),
    answer: text('answer'),
    answeredAt: timestamp('answered_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('question_answers_author_day_key').on(t.authorId, t.day),
    index('question_answers_couple_day_idx').on(t.coupleId, t.day),
  ],
);

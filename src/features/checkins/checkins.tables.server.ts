import {
  date,
  integer,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { couples, people } from '../../platform/db/core.tables.server.ts';

// The daily check-ins live in platform/db/checkin.tables.server.ts (the timeline reads them too).

/** The couple's check-in day (0 = Sunday). A shared setting: edits carry `version`. */
export const checkinSettings = pgTable('checkin_settings', {
  coupleId: uuid('couple_id')
    .primaryKey()
    .references(() => couples.id, { onDelete: 'cascade' }),
  weekday: smallint('weekday').notNull().default(0),
  version: integer('version').notNull().default(1),
  updatedBy: uuid('updated_by').references(() => people.id, { onDelete: 'set null' }),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** One partner's answers to one week's check-in. Visible to the other once both answered. */
export const weeklyCheckins = pgTable(
  'weekly_checkins',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    coupleId: uuid('couple_id')
      .notNull()
      .references(() => couples.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id')
      .notNull()
      .references(() => people.id, { onDelete: 'restrict' }),
    weekStart: date('week_start', { mode: 'string' }).notNull(),
    appreciated: text('appreciated').notNull().default(''),
    hard: text('hard').notNull().default(''),
    need: text('need').notNull().default(''),
    agreements: text('agreements').notNull().default(''),
    together: text('together').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('weekly_checkins_couple_author_week_key').on(t.coupleId, t.authorId, t.weekStart),
  ],
);

/** A short reply to one item of the partner's answers, after the reveal. */
export const weeklyCheckinReplies = pgTable(
  'weekly_checkin_replies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    coupleId: uuid('couple_id')
      .notNull()
      .references(() => couples.id, { onDelete: 'cascade' }),
    answerId: uuid('answer_id')
      .notNull()
      .references(() => weeklyCheckins.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    item: text('item').notNull(),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('weekly_checkin_replies_key').on(t.answerId, t.authorId, t.item)],
);

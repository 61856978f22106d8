import {
  date,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { couples, people } from '../../platform/db/core.tables.server.ts';

// Append-only (drizzle/0030_agreements.sql): no UPDATE or DELETE for the app's roles. The one
// way rows leave is deleting an account, which cascades from people (decision 052, 0032).

export const agreements = pgTable(
  'agreements',
  {
    id: uuid('id').primaryKey(),
    coupleId: uuid('couple_id')
      .notNull()
      .references(() => couples.id, { onDelete: 'cascade' }),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => people.id, { onDelete: 'restrict' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('agreements_couple_idx').on(t.coupleId, t.createdAt)],
);

/** Every wording an agreement ever had, numbered from 1. */
export const agreementVersions = pgTable(
  'agreement_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agreementId: uuid('agreement_id')
      .notNull()
      .references(() => agreements.id, { onDelete: 'cascade' }),
    coupleId: uuid('couple_id')
      .notNull()
      .references(() => couples.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    authorId: uuid('author_id')
      .notNull()
      .references(() => people.id, { onDelete: 'restrict' }),
    title: text('title').notNull(),
    dailyLife: text('daily_life').notNull(),
    whySafe: text('why_safe').notNull(),
    reviewOn: date('review_on', { mode: 'string' }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('agreement_versions_number_key').on(t.agreementId, t.number)],
);

/** Every step either partner took; the agreement's state is folded from these. */
export const agreementEvents = pgTable(
  'agreement_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agreementId: uuid('agreement_id')
      .notNull()
      .references(() => agreements.id, { onDelete: 'cascade' }),
    coupleId: uuid('couple_id')
      .notNull()
      .references(() => couples.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    authorId: uuid('author_id')
      .notNull()
      .references(() => people.id, { onDelete: 'restrict' }),
    kind: text('kind', {
      enum: ['proposed', 'accepted', 'declined', 'revisit', 'retire', 'withdrew'],
    }).notNull(),
    version: integer('version').notNull(),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('agreement_events_seq_key').on(t.agreementId, t.seq),
    index('agreement_events_couple_idx').on(t.coupleId),
  ],
);

import { index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { couples, people } from '../../platform/db/core.tables.server.ts';
import { visibilityValues } from '../../platform/db/shared.tables.server.ts';

// Append-only (drizzle/0031_promises.sql): every step on a promise is a new row.

export const promises = pgTable(
  'promises',
  {
    id: uuid('id').primaryKey(),
    coupleId: uuid('couple_id')
      .notNull()
      .references(() => couples.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id')
      .notNull()
      .references(() => people.id, { onDelete: 'restrict' }),
    visibility: text('visibility', { enum: visibilityValues }).notNull().default('shared'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('promises_couple_page_idx').on(t.coupleId, t.createdAt, t.id),
    index('promises_author_page_idx').on(t.authorId, t.createdAt, t.id),
  ],
);

export const promiseEventKinds = [
  'made',
  'renegotiated',
  'kept',
  'missed',
  'repaired',
  'noticed',
] as const;

export const promiseEvents = pgTable(
  'promise_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    promiseId: uuid('promise_id')
      .notNull()
      .references(() => promises.id, { onDelete: 'cascade' }),
    coupleId: uuid('couple_id')
      .notNull()
      .references(() => couples.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    authorId: uuid('author_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    visibility: text('visibility', { enum: visibilityValues }).notNull(),
    kind: text('kind', { enum: promiseEventKinds }).notNull(),
    text: text('text'),
    dueAt: timestamp('due_at', { withTimezone: true }),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('promise_events_seq_key').on(t.promiseId, t.seq),
    index('promise_events_couple_time_idx').on(t.coupleId, t.createdAt),
  ],
);

/** A row: my partner may see my missed promises (drizzle/0076). No row, the default: they may not. */
export const promiseMissSharing = pgTable('promise_miss_sharing', {
  personId: uuid('person_id')
    .primaryKey()
    .references(() => people.id, { onDelete: 'cascade' }),
  sharedAt: timestamp('shared_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Up to when I have seen my partner noticing my kept promises (drizzle/0084): Today's notice goes then. */
export const promiseNoticesSeen = pgTable('promise_notices_seen', {
  personId: uuid('person_id')
    .primaryKey()
    .references(() => people.id, { onDelete: 'cascade' }),
  seenThrough: timestamp('seen_through', { withTimezone: true }).notNull(),
});

import { sql } from 'drizzle-orm';
import {
  check,
  customType,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { couples, people } from '../../platform/db/core.tables.server.ts';

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array | string }>({
  dataType: () => 'bytea',
});

/**
 * A memory: time together, planned by one partner (`created_by`, RESTRICT: the memory outlives a
 * closed account), its time put forward by `proposed_by` and confirmed by the other (migration
 * 0104). A whole `day` or a moment `starts_at`, never both.
 */
export const memories = pgTable(
  'memories',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    coupleId: uuid('couple_id')
      .notNull()
      .references(() => couples.id, { onDelete: 'cascade' }),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => people.id, { onDelete: 'restrict' }),
    proposedBy: uuid('proposed_by').references(() => people.id, { onDelete: 'set null' }),
    title: text('title').notNull(),
    ideaId: text('idea_id'),
    day: date('day', { mode: 'string' }),
    startsAt: timestamp('starts_at', { withTimezone: true }),
    status: text('status', { enum: ['proposed', 'confirmed'] })
      .notNull()
      .default('proposed'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('memories_couple_time_idx').on(t.coupleId, t.createdAt),
    check('memories_day_or_moment', sql`(${t.day} IS NULL) <> (${t.startsAt} IS NULL)`),
  ],
);

/** "What I will keep": one line per person per memory, its author's alone to write. */
export const memoryLines = pgTable(
  'memory_lines',
  {
    memoryId: uuid('memory_id')
      .notNull()
      .references(() => memories.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    coupleId: uuid('couple_id')
      .notNull()
      .references(() => couples.id, { onDelete: 'cascade' }),
    text: text('text').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.memoryId, t.authorId] })],
);

/** One photo per memory, re-encoded as JPEG with no metadata; read only by the two. */
export const memoryPhotos = pgTable('memory_photos', {
  memoryId: uuid('memory_id')
    .primaryKey()
    .references(() => memories.id, { onDelete: 'cascade' }),
  authorId: uuid('author_id')
    .notNull()
    .references(() => people.id, { onDelete: 'cascade' }),
  coupleId: uuid('couple_id')
    .notNull()
    .references(() => couples.id, { onDelete: 'cascade' }),
  mime: text('mime', { enum: ['image/jpeg'] }).notNull(),
  width: integer('width').notNull(),
  height: integer('height').notNull(),
  bytes: bytea('bytes').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

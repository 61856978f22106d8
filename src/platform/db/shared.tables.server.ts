import { sql } from 'drizzle-orm';
import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { couples, people } from './core.tables.server.ts';

/**
 * Tables several features write to, so they live below all of them.
 * The pattern for couple-scoped content: couple_id, author_id, visibility.
 */

export const visibilityValues = ['private', 'shared'] as const;
export type Visibility = (typeof visibilityValues)[number];

/** Marks on the healing timeline: stage changes, agreements, talks, letters, memories. */
export const timelineEvents = pgTable(
  'timeline_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    coupleId: uuid('couple_id')
      .notNull()
      .references(() => couples.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    visibility: text('visibility', { enum: visibilityValues }).notNull().default('shared'),
    /** What happened, e.g. 'stage.changed', 'agreement.active'; features name their own. */
    kind: text('kind').notNull(),
    /** The item it is about, in the feature's own table. */
    refId: uuid('ref_id'),
    /** A short label without private text, e.g. the stage's name. */
    label: text('label').notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('timeline_events_couple_time_idx').on(t.coupleId, t.occurredAt),
    index('timeline_events_author_time_idx').on(t.authorId, t.occurredAt),
  ],
);

/** Time apart: either partner pauses the shared space; the other sees that, not why. */
export const spacePauses = pgTable(
  'space_pauses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    coupleId: uuid('couple_id')
      .notNull()
      .references(() => couples.id, { onDelete: 'cascade' }),
    startedBy: uuid('started_by')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
    endsAt: timestamp('ends_at', { withTimezone: true }),
    endedAt: timestamp('ended_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('space_pauses_one_open')
      .on(t.coupleId)
      .where(sql`ended_at is null`),
  ],
);

/**
 * Using Kintsugi alone: shared features paused for this person only (after a safety check, or
 * by choice). Private to its owner; the partner is never told.
 */
export const soloModes = pgTable('solo_modes', {
  personId: uuid('person_id')
    .primaryKey()
    .references(() => people.id, { onDelete: 'cascade' }),
  startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
});

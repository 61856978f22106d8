import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { couples, people } from '../../platform/db/core.tables.server.ts';
import { visibilityValues } from '../../platform/db/shared.tables.server.ts';

/**
 * One row per pattern per take: a take is four rows with the same take_id. Sharing works per
 * row, so the partner's read policy sees exactly the patterns that were shared and nothing else.
 */
export const reflectionPatterns = pgTable(
  'reflection_patterns',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    takeId: uuid('take_id').notNull(),
    authorId: uuid('author_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    /** The couple it is shared into; set when shared. */
    coupleId: uuid('couple_id').references(() => couples.id, { onDelete: 'set null' }),
    pattern: text('pattern', {
      enum: ['insecurity', 'distance', 'secrecy', 'infidelity'],
    }).notNull(),
    answers: smallint('answers').array().notNull(),
    score: smallint('score').notNull(),
    level: text('level', { enum: ['quiet', 'some', 'strong'] }).notNull(),
    note: text('note'),
    visibility: text('visibility', { enum: visibilityValues }).notNull().default('private'),
    /** Whether the note travels with a shared pattern (the author chooses). */
    noteShared: boolean('note_shared').notNull().default(false),
    sharedAt: timestamp('shared_at', { withTimezone: true }),
    takenAt: timestamp('taken_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('reflection_patterns_take_pattern_key').on(t.takeId, t.pattern),
    index('reflection_patterns_author_idx').on(t.authorId, t.takenAt),
    index('reflection_patterns_shared_idx')
      .on(t.coupleId, t.authorId)
      .where(sql`visibility = 'shared'`),
  ],
);

/** Where a person says they stand. Private unless they share it. */
export const reflectionStances = pgTable('reflection_stances', {
  authorId: uuid('author_id')
    .primaryKey()
    .references(() => people.id, { onDelete: 'cascade' }),
  coupleId: uuid('couple_id').references(() => couples.id, { onDelete: 'set null' }),
  stance: text('stance', { enum: ['broke', 'hurt', 'both', 'unsaid'] }).notNull(),
  visibility: text('visibility', { enum: visibilityValues }).notNull().default('private'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

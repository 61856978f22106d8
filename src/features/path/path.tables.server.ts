import {
  boolean,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { couples, people } from '../../platform/db/core.tables.server.ts';

const stageValues = ['face', 'grieve', 'understand', 'agree', 'talk', 'practise', 'build'] as const;
const statusValues = ['not-yet', 'working', 'returning', 'steady'] as const;

/**
 * One person's own mark of a stage, in a space. No row means "not yet" (version 0). The author's
 * rows go only with the author; a removed couple leaves them (couple_id set null).
 */
export const pathMarks = pgTable(
  'path_marks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    authorId: uuid('author_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    coupleId: uuid('couple_id').references(() => couples.id, { onDelete: 'set null' }),
    stage: text('stage', { enum: stageValues }).notNull(),
    status: text('status', { enum: statusValues }).notNull(),
    version: integer('version').notNull(),
    /** Still the mark the couple shared before marks were separate (drizzle/0072). */
    carriedOver: boolean('carried_over').notNull().default(false),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('path_marks_author_couple_stage_idx').on(t.authorId, t.coupleId, t.stage),
    index('path_marks_couple_idx').on(t.coupleId),
  ],
);

/** Every change to one person's marks, kept: which stage, from what to what, when. */
export const pathMarkChanges = pgTable(
  'path_mark_changes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    authorId: uuid('author_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    coupleId: uuid('couple_id').references(() => couples.id, { onDelete: 'set null' }),
    stage: text('stage', { enum: stageValues }).notNull(),
    fromStatus: text('from_status', { enum: statusValues }).notNull(),
    toStatus: text('to_status', { enum: statusValues }).notNull(),
    carriedOver: boolean('carried_over').notNull().default(false),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('path_mark_changes_couple_time_idx').on(t.coupleId, t.changedAt),
    index('path_mark_changes_author_time_idx').on(t.authorId, t.changedAt),
  ],
);

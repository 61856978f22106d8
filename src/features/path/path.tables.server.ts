import { index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { couples, people } from '../../platform/db/core.tables.server.ts';

const stageValues = ['face', 'grieve', 'understand', 'agree', 'talk', 'practise', 'build'] as const;
const statusValues = ['not-yet', 'working', 'returning', 'steady'] as const;

/** Each stage's status for a couple. No row means "not yet" (version 0). */
export const pathStages = pgTable(
  'path_stages',
  {
    coupleId: uuid('couple_id')
      .notNull()
      .references(() => couples.id, { onDelete: 'cascade' }),
    stage: text('stage', { enum: stageValues }).notNull(),
    status: text('status', { enum: statusValues }).notNull(),
    version: integer('version').notNull(),
    updatedBy: uuid('updated_by').references(() => people.id, { onDelete: 'set null' }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.coupleId, t.stage] })],
);

/** Every change, kept: who moved which stage from what to what, and when. */
export const pathStageChanges = pgTable(
  'path_stage_changes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    coupleId: uuid('couple_id')
      .notNull()
      .references(() => couples.id, { onDelete: 'cascade' }),
    stage: text('stage', { enum: stageValues }).notNull(),
    fromStatus: text('from_status', { enum: statusValues }).notNull(),
    toStatus: text('to_status', { enum: statusValues }).notNull(),
    changedBy: uuid('changed_by').references(() => people.id, { onDelete: 'set null' }),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('path_stage_changes_couple_time_idx').on(t.coupleId, t.changedAt)],
);

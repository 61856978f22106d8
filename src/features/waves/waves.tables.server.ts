import { sql } from 'drizzle-orm';
import { boolean, check, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { couples, people } from '../../platform/db/core.tables.server.ts';

import { waveNeeds } from './waves.schema.ts';

/**
 * "A wave is here": one row per wave, naming only its sender. Shared ones are read by the
 * partner, who may set `seen_at` ("I'm here") and nothing else (a column grant, migration 0100).
 */
export const waves = pgTable(
  'waves',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    coupleId: uuid('couple_id')
      .notNull()
      .references(() => couples.id, { onDelete: 'cascade' }),
    senderId: uuid('sender_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    need: text('need', { enum: waveNeeds }),
    private: boolean('private').notNull().default(false),
    seenAt: timestamp('seen_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('waves_couple_time_idx').on(t.coupleId, t.createdAt),
    index('waves_sender_time_idx').on(t.senderId, t.createdAt),
    check('waves_private_never_seen', sql`NOT (${t.private} AND ${t.seenAt} IS NOT NULL)`),
  ],
);

/** The note with a wave: its sender's alone, in its own table so the partner can never reach it. */
export const waveNotes = pgTable('wave_notes', {
  waveId: uuid('wave_id')
    .primaryKey()
    .references(() => waves.id, { onDelete: 'cascade' }),
  note: text('note').notNull(),
});

/** One version of one partner's part of the wave plan; a new version is a new row. */
export const wavePlans = pgTable(
  'wave_plans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    coupleId: uuid('couple_id')
      .notNull()
      .references(() => couples.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    helps: text('helps').notNull().default(''),
    ask: text('ask').notNull().default(''),
    avoid: text('avoid').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('wave_plans_author_time_idx').on(t.authorId, t.createdAt)],
);

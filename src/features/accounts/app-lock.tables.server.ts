import { integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { people } from '../../platform/db/core.tables.server.ts';

/** A person's app lock (decision 132): only its argon2id hash is kept, never the PIN. */
export const appLocks = pgTable('app_locks', {
  personId: uuid('person_id')
    .primaryKey()
    .references(() => people.id, { onDelete: 'cascade' }),
  secretHash: text('secret_hash').notNull(),
  /** null: the app never locks by itself, only on "Lock now" or the quick exit. */
  idleMinutes: integer('idle_minutes'),
  quickExit: text('quick_exit', { enum: ['sign-out', 'lock'] })
    .notNull()
    .default('sign-out'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

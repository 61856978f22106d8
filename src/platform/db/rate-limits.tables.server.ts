import { index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** Rate-limit counters shared by every server on the database (rate-limit-store.ts). */
export const rateLimits = pgTable(
  'rate_limits',
  {
    /** sha256 of the route and the limit's key (address, email): never the key itself. */
    keyHash: text('key_hash').primaryKey(),
    hits: integer('hits').notNull(),
    resetsAt: timestamp('resets_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('rate_limits_resets_idx').on(t.resetsAt)],
);

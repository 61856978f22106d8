import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { people } from '../../platform/db/core.tables.server.ts';
import { activityKinds, signInWays } from './accounts.schema.ts';

export type { ActivityKind, SignInWay } from './accounts.schema.ts';

/** The owner's own account activity; only they ever see it. */
export const accountActivity = pgTable(
  'account_activity',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: activityKinds }).notNull(),
    /** The coarse device label, like "Firefox on Android"; no address, no place. */
    device: text('device').notNull(),
    /** The session it happened in (not a reference: sessions end, the record stays). */
    sessionId: uuid('session_id'),
    /** For a sign-in: which way it was made. */
    via: text('via', { enum: signInWays }),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
    /** When the owner saw it in their activity list; null while it is new to them. */
    seenAt: timestamp('seen_at', { withTimezone: true }),
  },
  (t) => [index('account_activity_person_time_idx').on(t.personId, t.occurredAt)],
);

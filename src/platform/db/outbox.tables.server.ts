import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';

/** Mail waiting to go out, queued with its cause (src/platform/mail; decision 080). */
export const outbox = pgTable(
  'outbox',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** What the mail is for ('reset-password', ...): a word of ours, never a person's text. */
    kind: text('kind').notNull(),
    /** Emptied once sent or given up: no address is kept. */
    recipient: text('recipient').notNull(),
    subject: text('subject').notNull(),
    /** Emptied once sent or given up, so a link in it is not kept. */
    bodyText: text('body_text').notNull(),
    /** A reminder's one-click unsubscribe address (RFC 8058); emptied with the body. */
    listUnsubscribe: text('list_unsubscribe'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    /** A worker's lease: until then no other worker claims the row. */
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    failedAt: timestamp('failed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('outbox_due_idx')
      .on(t.nextAttemptAt)
      .where(sql`sent_at IS NULL AND failed_at IS NULL`),
  ],
);

import {
  index,
  type AnyPgColumn,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { couples, people } from '../../platform/db/core.tables.server.ts';

export const letterStatuses = ['draft', 'sent'] as const;

/**
 * A letter to my partner. The recipient may read it once `status = 'sent'` and
 * `deliver_at <= now()`: delivery is a fact of time, checked by the read policy.
 */
export const letters = pgTable(
  'letters',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    coupleId: uuid('couple_id')
      .notNull()
      .references(() => couples.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id')
      .notNull()
      .references(() => people.id, { onDelete: 'restrict' }),
    recipientId: uuid('recipient_id')
      .notNull()
      .references(() => people.id, { onDelete: 'restrict' }),
    replyToId: uuid('reply_to_id').references((): AnyPgColumn => letters.id, {
      onDelete: 'set null',
    }),
    promptId: text('prompt_id'),
    body: text('body').notNull(),
    status: text('status', { enum: letterStatuses }).notNull().default('draft'),
    deliverAt: timestamp('deliver_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('letters_couple_recipient_idx').on(t.coupleId, t.recipientId, t.deliverAt),
    index('letters_author_idx').on(t.authorId, t.createdAt),
    index('letters_recipient_idx').on(t.recipientId, t.deliverAt),
  ],
);

/** That I opened a letter: mine alone (no read receipts for its author). */
export const letterReads = pgTable(
  'letter_reads',
  {
    letterId: uuid('letter_id')
      .notNull()
      .references(() => letters.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    readAt: timestamp('read_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ name: 'letter_reads_pk', columns: [t.letterId, t.personId] })],
);

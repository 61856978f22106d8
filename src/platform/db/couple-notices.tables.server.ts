import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { couples, people } from './core.tables.server.ts';

export const noticeKinds = ['partner_left', 'partner_deleted'] as const;
export type NoticeKind = (typeof noticeKinds)[number];

/** A calm notice to the one who stays when the other leaves or deletes their account. No reasons. */
export const coupleNotices = pgTable(
  'couple_notices',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    coupleId: uuid('couple_id')
      .notNull()
      .references(() => couples.id, { onDelete: 'cascade' }),
    /** Who the notice is for. */
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: noticeKinds }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    dismissedAt: timestamp('dismissed_at', { withTimezone: true }),
  },
  (t) => [index('couple_notices_person_idx').on(t.personId)],
);

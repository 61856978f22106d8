import { sql } from 'drizzle-orm';
import { index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { couples, people } from '../../platform/db/core.tables.server.ts';

export const phases = ['speak', 'reflect', 'confirm'] as const;
export const turnKinds = ['answer', 'reflection', 'confirm', 'clarify'] as const;

/** A hard conversation: made together, readable by both as history (app_my_any_couple_ids). */
export const conversations = pgTable(
  'conversations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    coupleId: uuid('couple_id')
      .notNull()
      .references(() => couples.id, { onDelete: 'cascade' }),
    startedBy: uuid('started_by')
      .notNull()
      .references(() => people.id, { onDelete: 'restrict' }),
    topicId: text('topic_id'),
    ownQuestion: text('own_question'),
    speakerId: uuid('speaker_id')
      .notNull()
      .references(() => people.id, { onDelete: 'restrict' }),
    listenerId: uuid('listener_id')
      .notNull()
      .references(() => people.id, { onDelete: 'restrict' }),
    phase: text('phase', { enum: phases }).notNull().default('speak'),
    round: integer('round').notNull().default(1),
    version: integer('version').notNull().default(1),
    pausedBy: uuid('paused_by').references(() => people.id, { onDelete: 'set null' }),
    pausedUntil: timestamp('paused_until', { withTimezone: true }),
    endedBy: uuid('ended_by').references(() => people.id, { onDelete: 'set null' }),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('conversations_couple_idx').on(t.coupleId, t.createdAt),
    index('conversations_couple_updated_idx').on(t.coupleId, t.updatedAt),
    index('conversations_speaker_open_idx')
      .on(t.speakerId)
      .where(sql`${t.endedAt} is null`),
    index('conversations_listener_open_idx')
      .on(t.listenerId)
      .where(sql`${t.endedAt} is null`),
  ],
);

export const conversationTurns = pgTable(
  'conversation_turns',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    conversationId: uuid('conversation_id')
      .notNull()
      .references(() => conversations.id, { onDelete: 'cascade' }),
    coupleId: uuid('couple_id')
      .notNull()
      .references(() => couples.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id')
      .notNull()
      .references(() => people.id, { onDelete: 'restrict' }),
    round: integer('round').notNull(),
    kind: text('kind', { enum: turnKinds }).notNull(),
    body: text('body').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('conversation_turns_conversation_idx').on(t.conversationId, t.createdAt)],
);

/** "What I did; how it hurt you; what I will do differently", sent to the partner. */
export const ownershipStatements = pgTable(
  'ownership_statements',
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
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('ownership_statements_couple_idx').on(t.coupleId, t.createdAt),
    index('ownership_statements_recipient_idx').on(t.recipientId, t.createdAt),
  ],
);

/** Every version is kept. */
export const ownershipVersions = pgTable(
  'ownership_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    statementId: uuid('statement_id')
      .notNull()
      .references(() => ownershipStatements.id, { onDelete: 'cascade' }),
    coupleId: uuid('couple_id')
      .notNull()
      .references(() => couples.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id')
      .notNull()
      .references(() => people.id, { onDelete: 'restrict' }),
    number: integer('number').notNull(),
    whatIDid: text('what_i_did').notNull(),
    howItHurt: text('how_it_hurt').notNull(),
    whatIWillDo: text('what_i_will_do').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('ownership_versions_number_key').on(t.statementId, t.number)],
);

export const ownershipAnswers = pgTable(
  'ownership_answers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    versionId: uuid('version_id')
      .notNull()
      .references(() => ownershipVersions.id, { onDelete: 'cascade' }),
    statementId: uuid('statement_id')
      .notNull()
      .references(() => ownershipStatements.id, { onDelete: 'cascade' }),
    coupleId: uuid('couple_id')
      .notNull()
      .references(() => couples.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    landed: text('landed').notNull(),
    missing: text('missing').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('ownership_answers_one_per_version').on(t.versionId, t.authorId)],
);

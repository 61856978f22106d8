import {
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { couples, people } from '../../platform/db/core.tables.server.ts';
import type { VisionLine } from './vision.schema.ts';

/**
 * Our shared future (migration 0106, decision 153). Append-only: a proposal of a line, one answer
 * to it, versions (snapshots of the accepted lines) and each person's signature on them, and the
 * date to look at it again.
 */
export const visionProposals = pgTable(
  'vision_proposals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    coupleId: uuid('couple_id')
      .notNull()
      .references(() => couples.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id')
      .notNull()
      .references(() => people.id, { onDelete: 'restrict' }),
    kind: text('kind', { enum: ['add', 'change', 'remove'] }).notNull(),
    /** The line it changes or takes out (named by the proposal that added it); null for a new one. */
    lineId: uuid('line_id'),
    text: text('text').notNull().default(''),
    rewordsId: uuid('rewords_id').references((): AnyPgColumn => visionProposals.id, {
      onDelete: 'set null',
    }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('vision_proposals_couple_time_idx').on(t.coupleId, t.createdAt)],
);

export const visionAnswers = pgTable(
  'vision_answers',
  {
    proposalId: uuid('proposal_id')
      .primaryKey()
      .references(() => visionProposals.id, { onDelete: 'cascade' }),
    coupleId: uuid('couple_id')
      .notNull()
      .references(() => couples.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id')
      .notNull()
      .references(() => people.id, { onDelete: 'restrict' }),
    answer: text('answer', { enum: ['accepted', 'declined', 'reworded', 'withdrawn'] }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('vision_answers_couple_idx').on(t.coupleId, t.createdAt)],
);

export const visionVersions = pgTable(
  'vision_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    coupleId: uuid('couple_id')
      .notNull()
      .references(() => couples.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    lines: jsonb('lines').$type<VisionLine[]>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('vision_versions_number_key').on(t.coupleId, t.number)],
);

export const visionSignatures = pgTable(
  'vision_signatures',
  {
    versionId: uuid('version_id')
      .notNull()
      .references(() => visionVersions.id, { onDelete: 'cascade' }),
    coupleId: uuid('couple_id')
      .notNull()
      .references(() => couples.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'restrict' }),
    signedAt: timestamp('signed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.versionId, t.personId] }),
    index('vision_signatures_couple_idx').on(t.coupleId),
  ],
);

export const visionRevisits = pgTable(
  'vision_revisits',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    coupleId: uuid('couple_id')
      .notNull()
      .references(() => couples.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    revisitOn: date('revisit_on'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('vision_revisits_couple_time_idx').on(t.coupleId, t.createdAt)],
);

import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { couples, people } from './core.tables.server.ts';
import { visibilityValues } from './shared.tables.server.ts';

/**
 * Daily check-ins and their weekly rollups. Two features use them: check-ins writes them, the
 * healing timeline reads them, so they live below both (docs/decisions/020).
 * The SQL, policies and the rollup trigger are in drizzle/0020_checkins.sql.
 */

/** One per person per local day (`people.time_zone`). `couple_id` is null while alone. */
export const dailyCheckins = pgTable(
  'daily_checkins',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    coupleId: uuid('couple_id').references(() => couples.id, { onDelete: 'set null' }),
    authorId: uuid('author_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    /** The author's own calendar day. */
    day: date('day', { mode: 'string' }).notNull(),
    /** That day's span in the author's time zone when written; check-ins pair by overlap (decision 064). */
    dayStartsAt: timestamp('day_starts_at', { withTimezone: true }).notNull(),
    dayEndsAt: timestamp('day_ends_at', { withTimezone: true }).notNull(),
    emotions: text('emotions')
      .array()
      .notNull()
      .default(sql`'{}'`),
    safety: smallint('safety').notNull(),
    trust: smallint('trust').notNull(),
    connection: smallint('connection').notNull(),
    need: text('need'),
    note: text('note'),
    visibility: text('visibility', { enum: visibilityValues }).notNull().default('private'),
    /** The author lets the partner know that one is waiting (never what it says). */
    showWaiting: boolean('show_waiting').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('daily_checkins_author_day_key').on(t.authorId, t.day),
    index('daily_checkins_couple_author_day_idx').on(t.coupleId, t.authorId, t.day),
    index('daily_checkins_couple_span_idx').on(t.coupleId, t.dayStartsAt),
  ],
);

/**
 * A rollup row: whose sums they are (a person, the space they were in, `own` for all of their
 * check-ins or `revealed` for their shared ones on days the partner also checked in), then the
 * period, then the sums. Weeks and months are the same rollup over a different period.
 */
const rollupOwner = () => ({
  personId: uuid('person_id')
    .notNull()
    .references(() => people.id, { onDelete: 'cascade' }),
  coupleId: uuid('couple_id').references(() => couples.id, { onDelete: 'cascade' }),
  scope: text('scope', { enum: ['own', 'revealed'] }).notNull(),
});

const rollupSums = () => ({
  days: smallint('days').notNull(),
  safetySum: integer('safety_sum').notNull(),
  trustSum: integer('trust_sum').notNull(),
  connectionSum: integer('connection_sum').notNull(),
  emotions: jsonb('emotions').$type<Record<string, number>>().notNull().default({}),
});

/** One `own` row per person and period; one `revealed` row per space, person and period. */
const rollupKeys = (
  table: string,
  t: { personId: AnyPgColumn; coupleId: AnyPgColumn },
  period: AnyPgColumn,
) => [
  uniqueIndex(`${table}_own_key`)
    .on(t.personId, period)
    .where(sql`scope = 'own'`),
  uniqueIndex(`${table}_revealed_key`)
    .on(t.coupleId, t.personId, period)
    .where(sql`scope = 'revealed'`),
];

/** Per person and week (Monday): sums and emotion counts. */
export const checkinWeeks = pgTable(
  'checkin_weeks',
  { ...rollupOwner(), week: date('week', { mode: 'string' }).notNull(), ...rollupSums() },
  (t) => rollupKeys('checkin_weeks', t, t.week),
);

/** The same per person and calendar month (first day), for the all-time view. */
export const checkinMonths = pgTable(
  'checkin_months',
  { ...rollupOwner(), month: date('month', { mode: 'string' }).notNull(), ...rollupSums() },
  (t) => rollupKeys('checkin_months', t, t.month),
);

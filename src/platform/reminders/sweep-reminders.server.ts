import { sql, type SQL } from 'drizzle-orm';
import type { ReminderKind } from '../../content/reminders.ts';
import { queryRows, type Database, type Tx } from '../db/database.ts';
import { remind } from './remind.server.ts';

/** A moment that came for a person: a promise of theirs fell due, a week opened, a letter arrived. */
export interface DueMoment {
  personId: string;
  kind: ReminderKind;
  /** What the moment is about, by id only (a promise's id, a week's first day): never words. */
  subject: string;
  dueAt: Date;
}

/**
 * How a feature finds its moments between `since` and `now` (run as kintsugi_system). It should
 * use `wantsMoment` so that only people who want that kind, and moments not yet reminded of,
 * come back; the sweep checks the second again under its key anyway.
 */
export type DueMomentSource = (options: { tx: Tx; now: Date; since: Date }) => Promise<DueMoment[]>;

/** How far back a sweep looks: a server down for less than this misses nothing. */
export const SWEEP_LOOKBACK_MS = 24 * 3_600_000;

/**
 * A condition for a feature's query: `person` wants reminders of `kind` by email, had that
 * choice already when the moment came (turning reminders on does not bring old moments
 * back), and has not been reminded of this moment. `person`, `subject` and `dueAt` are SQL
 * expressions of the feature's query.
 */
export function wantsMoment(kind: ReminderKind, person: SQL, subject: SQL, dueAt: SQL): SQL {
  return sql`exists (select 1 from reminder_settings s
      where s.person_id = ${person} and s.email and s.${sql.identifier(kind)} and s.updated_at < ${dueAt})
    and not exists (select 1 from reminder_moments m
      where m.person_id = ${person} and m.kind = ${kind} and m.subject = (${subject})::text and m.due_at = date_trunc('milliseconds', ${dueAt}))`;
}

const order = (a: DueMoment, b: DueMoment) =>
  a.personId.localeCompare(b.personId) ||
  a.kind.localeCompare(b.kind) ||
  a.subject.localeCompare(b.subject) ||
  a.dueAt.getTime() - b.dueAt.getTime();

/**
 * Finds the moments that came since the last day and reminds of each exactly once, however many
 * servers sweep at the same time (decision 083): the moment's row in `reminder_moments` goes in
 * with `on conflict do nothing`, in the same transaction as `remind` (which notes the cause in
 * `reminders_due`; the dispatcher then applies quiet hours, solo mode, time apart and one a
 * day). A second sweeper waits on the first one's uncommitted row, then finds it there. Each
 * source runs in a transaction of its own, so one failing leaves the others working. Answers how
 * many moments were reminded of.
 */
export async function sweepReminders(options: {
  db: Database;
  sources: readonly DueMomentSource[];
  now?: Date;
}): Promise<number> {
  const { db, sources } = options;
  const now = options.now ?? new Date();
  const since = new Date(now.getTime() - SWEEP_LOOKBACK_MS);
  let reminded = 0;
  // The first source's error, kept while the others still run.
  let failure: { error: unknown } | undefined;
  for (const source of sources) {
    try {
      reminded += await db.withSystem(async (tx) => {
        // One order for every sweeper, so two never wait on each other in a circle.
        const moments = (await source({ tx, now, since })).sort(order);
        let fresh = 0;
        for (const m of moments) {
          const [row] = await queryRows(
            tx,
            sql`insert into reminder_moments (person_id, kind, subject, due_at)
                values (${m.personId}, ${m.kind}, ${m.subject}, ${m.dueAt.toISOString()}::timestamptz)
                on conflict do nothing returning 1 as one`,
          );
          if (!row) continue;
          await remind(tx, { personId: m.personId, kind: m.kind });
          // remind() is written for a person's request and drops back to kintsugi_app after it.
          await tx.execute(sql`select set_config('role', 'kintsugi_system', true)`);
          fresh++;
        }
        return fresh;
      });
    } catch (error) {
      failure ??= { error };
    }
  }
  // Moments older than the look-back can never come back; their rows are no longer needed.
  await db.withSystem((tx) =>
    tx.execute(
      sql`delete from reminder_moments where due_at < ${new Date(since.getTime() - SWEEP_LOOKBACK_MS).toISOString()}`,
    ),
  );
  if (failure) throw failure.error;
  return reminded;
}

/** Runs a feature's query of moments (columns person_id, subject, due_at) and reads its rows. */
export async function momentRows(tx: Tx, kind: ReminderKind, query: SQL): Promise<DueMoment[]> {
  const rows = await queryRows<{ person_id: string; subject: string; due_at: string | Date }>(
    tx,
    query,
  );
  return rows.map((r) => ({
    personId: r.person_id,
    kind,
    subject: r.subject,
    dueAt: new Date(r.due_at),
  }));
}

import { eq, sql } from 'drizzle-orm';
import { couples, people } from '../../platform/db/core.tables.server.ts';
import { getCoupleContext } from '../../platform/db/couple-context.ts';
import { queryRows, type Tx, type UserContext } from '../../platform/db/database.ts';
import { addDays, localDay, mondayOf } from '../../platform/time/days.ts';
import type { LedgerView, LedgerWeek } from './promises.schema.ts';
import { promiseMissSharing } from './promises.tables.server.ts';

interface Row {
  week: string;
  made: number;
  kept: number;
  renegotiated: number;
  missed_repaired: number;
  missed: number;
  noticed: number;
}

export { mondayOf };

/** Every week from the oldest shown to this one, zeros where nothing happened. */
export function fillWeeks(
  rows: readonly LedgerWeek[],
  thisWeek: string,
  weeks: number,
): LedgerWeek[] {
  const byWeek = new Map(rows.map((r) => [r.week, r]));
  return Array.from({ length: weeks }, (_, i) => {
    const week = addDays(thisWeek, -(weeks - 1 - i) * 7);
    return (
      byWeek.get(week) ?? {
        week,
        made: 0,
        kept: 0,
        renegotiated: 0,
        missedRepaired: 0,
        missed: 0,
        noticed: 0,
      }
    );
  });
}

/**
 * How many weeks to show: up to `weeks`, but none from before `firstWeek` (the week our space
 * began), so a new couple's chart is not a row of empty weeks they were never there for.
 */
export function weeksToShow(thisWeek: string, firstWeek: string | null, weeks: number): number {
  if (!firstWeek || firstWeek >= thisWeek) return firstWeek ? 1 : weeks;
  const since =
    (Date.parse(`${thisWeek}T00:00:00Z`) - Date.parse(`${firstWeek}T00:00:00Z`)) / (7 * 86_400_000);
  return Math.min(weeks, Math.round(since) + 1);
}

/**
 * What happened to one person's promises, counted in SQL per week of their own calendar
 * (the viewer's time zone): made, kept, changed in time, missed and repaired, missed, noticed.
 * RLS decides what is visible: my own (private too), or my partner's shared ones.
 */
async function weeksOf(
  tx: Tx,
  authorId: string,
  timeZone: string,
  since: string,
): Promise<LedgerWeek[]> {
  const rows = await queryRows<Row>(
    tx,
    sql`with ev as (
          select e.promise_id, e.kind, e.note, p.author_id as maker,
                 date_trunc('week', e.created_at at time zone ${timeZone})::date::text as week
            from promise_events e join promises p on p.id = e.promise_id
           where p.author_id = ${authorId}
             and e.created_at >= (${since}::date::timestamp at time zone ${timeZone})
        ),
        repaired as (
          select distinct promise_id from promise_events where kind = 'repaired'
        )
        select week,
               count(*) filter (where kind = 'made')::int as made,
               count(*) filter (where kind = 'kept')::int as kept,
               count(*) filter (where kind = 'renegotiated')::int as renegotiated,
               count(*) filter (where kind = 'missed' and (note is not null or promise_id in (select promise_id from repaired)))::int as missed_repaired,
               count(*) filter (where kind = 'missed' and note is null and promise_id not in (select promise_id from repaired))::int as missed,
               count(*) filter (where kind = 'noticed')::int as noticed
          from ev group by week order by week`,
  );
  return rows.map((r) => ({
    week: r.week,
    made: r.made,
    kept: r.kept,
    renegotiated: r.renegotiated,
    missedRepaired: r.missed_repaired,
    missed: r.missed,
    noticed: r.noticed,
  }));
}

/** What my partner sees of my week when I keep my misses to myself: no made, missed or repaired. */
const withoutMisses = (w: LedgerWeek): LedgerWeek => ({
  ...w,
  made: null,
  missedRepaired: null,
  missed: null,
});

export async function getLedger({
  tx,
  userId,
  weeks: asked,
}: UserContext & { weeks: number }): Promise<LedgerView> {
  const [me] = await tx
    .select({ timeZone: people.timeZone })
    .from(people)
    .where(eq(people.id, userId));
  const couple = await getCoupleContext({ tx, userId });
  // RLS shows my own choice and my current partner's, nobody else's.
  const sharing = new Set(
    (await tx.select({ id: promiseMissSharing.personId }).from(promiseMissSharing)).map(
      (r) => r.id,
    ),
  );
  const partnerShares = Boolean(couple?.partnerId && sharing.has(couple.partnerId));
  const timeZone = me?.timeZone ?? 'UTC';
  const thisWeek = mondayOf(localDay(new Date(), timeZone));
  const [space] = couple
    ? await tx
        .select({ createdAt: couples.createdAt })
        .from(couples)
        .where(eq(couples.id, couple.coupleId))
    : [];
  const weeks = weeksToShow(
    thisWeek,
    space ? mondayOf(localDay(space.createdAt, timeZone)) : null,
    asked,
  );
  const since = addDays(thisWeek, -(weeks - 1) * 7);
  const mine = fillWeeks(await weeksOf(tx, userId, timeZone, since), thisWeek, weeks);
  const partner = couple?.partnerId
    ? fillWeeks(await weeksOf(tx, couple.partnerId, timeZone, since), thisWeek, weeks)
    : null;
  return {
    mine,
    partner: partner && (partnerShares ? partner : partner.map(withoutMisses)),
    sharingMyMisses: sharing.has(userId),
    partnerSharesMisses: partnerShares,
  };
}

import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Tx, type UserContext } from '../../platform/db/database.ts';
import { dayStartSql, localDaySql, mondayOfSql } from '../../platform/time/days-sql.server.ts';
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
function weeksOf(authorId: string, timeZone: string, since: string): SQL {
  return sql`with ev as (
          select e.promise_id, e.kind, e.note, p.author_id as maker,
                 ${mondayOfSql(localDaySql(timeZone, sql`e.created_at`))}::text as week
            from promise_events e join promises p on p.id = e.promise_id
           where p.author_id = ${authorId}
             and e.created_at >= ${dayStartSql(sql`${since}`, timeZone)}
        ),
        repaired as (
          select distinct promise_id from promise_events
           where kind = 'repaired' and promise_id in (select promise_id from ev)
        )
        select week,
               count(*) filter (where kind = 'made')::int as made,
               count(*) filter (where kind = 'kept')::int as kept,
               count(*) filter (where kind = 'renegotiated')::int as renegotiated,
               count(*) filter (where kind = 'missed' and (note is not null or promise_id in (select promise_id from repaired)))::int as missed_repaired,
               count(*) filter (where kind = 'missed' and note is null and promise_id not in (select promise_id from repaired))::int as missed,
               count(*) filter (where kind = 'noticed')::int as noticed
          from ev group by week order by week`;
}

/** Both people's weeks in one statement, each as JSON. */
async function bothWeeks(
  tx: Tx,
  ids: { me: string; partner: string | null },
  timeZone: string,
  since: string,
): Promise<{ mine: LedgerWeek[]; partner: LedgerWeek[] | null }> {
  const asJson = (query: SQL) => sql`(select coalesce(json_agg(t), '[]'::json) from (${query}) t)`;
  const [row] = await queryRows<{ mine: unknown; partner: unknown }>(
    tx,
    sql`select ${asJson(weeksOf(ids.me, timeZone, since))} as mine,
      ${ids.partner ? asJson(weeksOf(ids.partner, timeZone, since)) : sql`null`} as partner`,
  );
  const read = (json: unknown): LedgerWeek[] =>
    ((typeof json === 'string' ? JSON.parse(json) : json) as Row[]).map((r) => ({
      week: r.week,
      made: r.made,
      kept: r.kept,
      renegotiated: r.renegotiated,
      missedRepaired: r.missed_repaired,
      missed: r.missed,
      noticed: r.noticed,
    }));
  return {
    mine: read(row!.mine),
    partner: row!.partner === null || row!.partner === undefined ? null : read(row!.partner),
  };
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
  // Two statements: who I am (time zone, couple, partner, both choices about misses, when our
  // space began), then both people's weeks (decision 111). RLS shows my own choice and my
  // current partner's, nobody else's.
  const [me] = await queryRows<{
    time_zone: string;
    partner_id: string | null;
    space_ms: number | string | null;
    i_share: boolean;
    partner_shares: boolean;
  }>(
    tx,
    sql`select p.time_zone, o.person_id as partner_id,
        floor(extract(epoch from c.created_at) * 1000)::float8 as space_ms,
        exists (select 1 from ${promiseMissSharing} s where s.person_id = p.id) as i_share,
        exists (select 1 from ${promiseMissSharing} s where s.person_id = o.person_id) as partner_shares
      from people p
      left join memberships m on m.person_id = p.id and m.left_at is null
      left join memberships o on o.couple_id = m.couple_id and o.person_id <> p.id and o.left_at is null
      left join couples c on c.id = m.couple_id
      where p.id = ${userId} limit 1`,
  );
  const partnerId = me?.partner_id ?? null;
  const partnerShares = Boolean(partnerId && me?.partner_shares);
  const timeZone = me?.time_zone ?? 'UTC';
  const thisWeek = mondayOf(localDay(new Date(), timeZone));
  const spaceMs = me?.space_ms === null || me?.space_ms === undefined ? null : Number(me.space_ms);
  const weeks = weeksToShow(
    thisWeek,
    spaceMs === null ? null : mondayOf(localDay(new Date(spaceMs), timeZone)),
    asked,
  );
  const since = addDays(thisWeek, -(weeks - 1) * 7);
  const both = await bothWeeks(tx, { me: userId, partner: partnerId }, timeZone, since);
  const mine = fillWeeks(both.mine, thisWeek, weeks);
  const partner = both.partner ? fillWeeks(both.partner, thisWeek, weeks) : null;
  return {
    mine,
    partner: partner && (partnerShares ? partner : partner.map(withoutMisses)),
    sharingMyMisses: Boolean(me?.i_share),
    partnerSharesMisses: partnerShares,
  };
}

import { sql } from 'drizzle-orm';
import { getCoupleContext, type CoupleContext } from '../../platform/db/couple-context.ts';
import { queryRows, type Tx } from '../../platform/db/database.ts';
import { addDays, localDay, mondayOf } from '../../platform/time/days.ts';
import type {
  TimelineEvent,
  TimelinePoint,
  TimelineRange,
  TimelineSeries,
  TimelineView,
} from './timeline.schema.ts';

/**
 * The healing timeline. All aggregation happens in SQL: a month or a quarter reads single days
 * (at most 92 per person, by the (couple, person, day) index); a year reads the weekly rollups
 * and all time the monthly ones (both kept by a trigger), so five years cost about what a month does.
 * What I see of my partner: only shared check-ins on days we both checked in (row-level
 * security, and the same condition again in the queries).
 */
interface Options {
  tx: Tx;
  userId: string;
  range: TimelineRange;
  now?: Date;
}

type Granularity = TimelineView['granularity'];
const MAX_EVENTS = 300;
const TOP_EMOTIONS = 3;

interface Who {
  id: string;
  who: 'me' | 'partner';
  name: string;
}

async function people(tx: Tx, userId: string, couple: CoupleContext | null) {
  const ids = couple?.partnerId ? [userId, couple.partnerId] : [userId];
  const rows = await queryRows<{ id: string; display_name: string; time_zone: string }>(
    tx,
    sql`select id, display_name, time_zone from people where id in (${sql.join(
      ids.map((id) => sql`${id}`),
      sql`, `,
    )})`,
  );
  return rows;
}

const num = (value: unknown) => Math.round(Number(value) * 10) / 10;

async function dayPoints(tx: Tx, person: Who, couple: CoupleContext | null, from: string) {
  const partnerCondition =
    person.who === 'partner' && couple
      ? sql`and couple_id = ${couple.coupleId} and visibility = 'shared' and app_checked_in_during(couple_id, day_starts_at, day_ends_at)`
      : sql``;
  const rows = await queryRows<{ at: string; safety: number; trust: number; connection: number }>(
    tx,
    sql`select to_char(day, 'YYYY-MM-DD') as at, safety, trust, connection from daily_checkins
         where author_id = ${person.id} and day >= ${from}::date ${partnerCondition} order by day`,
  );
  return rows.map((r): TimelinePoint => ({
    at: r.at,
    safety: r.safety,
    trust: r.trust,
    connection: r.connection,
    days: 1,
  }));
}

function rollupScope(person: Who, couple: CoupleContext | null) {
  return person.who === 'me'
    ? sql`person_id = ${person.id} and scope = 'own'`
    : sql`person_id = ${person.id} and scope = 'revealed' and couple_id = ${couple!.coupleId}`;
}

/** The rollup table and its period column: weeks for a year, months for all time. */
const rollup = (by: 'week' | 'month') => (by === 'week' ? sql`checkin_weeks` : sql`checkin_months`);
const period = (by: 'week' | 'month') => (by === 'week' ? sql`week` : sql`month`);

async function rolledPoints(
  tx: Tx,
  person: Who,
  couple: CoupleContext | null,
  from: string,
  by: 'week' | 'month',
) {
  const rows = await queryRows<{
    at: string;
    days: string;
    safety: string;
    trust: string;
    connection: string;
  }>(
    tx,
    sql`select to_char(${period(by)}, 'YYYY-MM-DD') as at, days,
               safety_sum::float / days as safety, trust_sum::float / days as trust, connection_sum::float / days as connection
          from ${rollup(by)} where ${rollupScope(person, couple)} and ${period(by)} >= ${from}::date
         order by 1`,
  );
  return rows.map((r): TimelinePoint => ({
    at: r.at,
    days: Number(r.days),
    safety: num(r.safety),
    trust: num(r.trust),
    connection: num(r.connection),
  }));
}

/** The three most chosen feelings per bucket (all the screen shows), counted in SQL. */
async function emotionBuckets(
  tx: Tx,
  person: Who,
  couple: CoupleContext | null,
  from: string,
  by: 'week' | 'month',
) {
  const rows = await queryRows<{ at: string; emotion: string; n: string }>(
    tx,
    sql`select at, emotion, n from (
          select to_char(${period(by)}, 'YYYY-MM-DD') as at, e.key as emotion, e.value::int as n,
                 row_number() over (partition by ${period(by)} order by e.value::int desc, e.key) as rank
            from ${rollup(by)}, jsonb_each_text(emotions) as e
           where ${rollupScope(person, couple)} and ${period(by)} >= ${from}::date) ranked
         where rank <= ${TOP_EMOTIONS} order by at, rank`,
  );
  const buckets = new Map<string, Record<string, number>>();
  for (const r of rows) {
    const counts = buckets.get(r.at) ?? {};
    counts[r.emotion] = Number(r.n);
    buckets.set(r.at, counts);
  }
  return [...buckets].map(([at, counts]) => ({ at, counts }));
}

/**
 * The marks I may see (row-level security: mine, and my couple's shared ones). In the all-time
 * view they are counted per month and label in SQL, like the chart's points.
 */
async function events(
  tx: Tx,
  userId: string,
  couple: CoupleContext | null,
  from: string,
  timeZone: string,
  granularity: Granularity,
) {
  const whose = couple
    ? sql`(couple_id = ${couple.coupleId} or author_id = ${userId})`
    : sql`author_id = ${userId}`;
  if (granularity === 'month') {
    const rows = await queryRows<{
      id: string;
      kind: string;
      label: string;
      at: string;
      n: string;
      mine: boolean;
    }>(
      tx,
      sql`select min(id::text) as id, kind, label, to_char(date_trunc('month', occurred_at at time zone ${timeZone}), 'YYYY-MM-DD') as at,
                 count(*) as n, bool_or(author_id = ${userId}) as mine
            from timeline_events where ${whose} and occurred_at >= ${from}::date - interval '1 day'
           group by 2, 3, 4 order by 4 limit ${MAX_EVENTS}`,
    );
    return rows.map((r): TimelineEvent => ({
      id: r.id,
      kind: r.kind,
      label: r.label,
      at: r.at,
      count: Number(r.n),
      isMine: r.mine,
    }));
  }
  const rows = await queryRows<{
    id: string;
    kind: string;
    label: string;
    occurred_at: string | Date;
    author_id: string;
  }>(
    tx,
    sql`select id, kind, label, occurred_at, author_id from timeline_events
         where ${whose} and occurred_at >= ${from}::date - interval '1 day'
         order by occurred_at desc limit ${MAX_EVENTS}`,
  );
  return rows
    .map((r): TimelineEvent => ({
      id: r.id,
      kind: r.kind,
      label: r.label,
      count: 1,
      isMine: r.author_id === userId,
      at: localDay(new Date(r.occurred_at), timeZone),
    }))
    .filter((e) => e.at >= from)
    .reverse();
}

async function firstWeek(tx: Tx, userId: string): Promise<string | null> {
  const [row] = await queryRows<{ week: string | null }>(
    tx,
    sql`select to_char(week, 'YYYY-MM-DD') as week from checkin_weeks
         where person_id = ${userId} and scope = 'own' order by week limit 1`,
  );
  return row?.week ?? null;
}

export async function getTimeline({
  tx,
  userId,
  range,
  now = new Date(),
}: Options): Promise<TimelineView> {
  const couple = await getCoupleContext({ tx, userId });
  const found = await people(tx, userId, couple);
  const me = found.find((p) => p.id === userId);
  const partner = couple?.partnerId ? found.find((p) => p.id === couple.partnerId) : undefined;
  const timeZone = me?.time_zone ?? 'UTC';
  const today = localDay(now, timeZone);

  let granularity: Granularity;
  let from: string;
  if (range === 'month') [granularity, from] = ['day', addDays(today, -30)];
  else if (range === 'quarter') [granularity, from] = ['day', addDays(today, -91)];
  else if (range === 'year') [granularity, from] = ['week', mondayOf(addDays(today, -364))];
  else {
    const first = (await firstWeek(tx, userId)) ?? mondayOf(today);
    // Up to two years week by week; beyond that, month by month.
    granularity = first >= addDays(today, -730) ? 'week' : 'month';
    from = granularity === 'week' ? first : `${first.slice(0, 8)}01`;
  }
  const emotionGranularity = granularity === 'month' ? 'month' : 'week';
  const emotionFrom = emotionGranularity === 'week' ? mondayOf(from) : from;

  const who: Who[] = [{ id: userId, who: 'me', name: me?.display_name ?? '' }];
  if (partner) who.push({ id: partner.id, who: 'partner', name: partner.display_name });
  const series: TimelineSeries[] = [];
  for (const person of who) {
    const points =
      granularity === 'day'
        ? await dayPoints(tx, person, couple, from)
        : await rolledPoints(tx, person, couple, from, granularity);
    series.push({
      ...person,
      points,
      emotions: await emotionBuckets(tx, person, couple, emotionFrom, emotionGranularity),
    });
  }
  return {
    range,
    granularity,
    emotionGranularity,
    from,
    to: today,
    series: series.map(({ who: w, name, points, emotions }) => ({
      who: w,
      name,
      points,
      emotions,
    })),
    events: await events(tx, userId, couple, from, timeZone, granularity),
  };
}

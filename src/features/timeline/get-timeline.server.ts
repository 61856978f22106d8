import { sql, type SQL } from 'drizzle-orm';
import type { CoupleContext } from '../../platform/db/couple-context.ts';
import { queryRows, type Tx } from '../../platform/db/database.ts';
import { localDaySql, monthOfSql } from '../../platform/time/days-sql.server.ts';
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

interface WhoRow {
  display_name: string;
  time_zone: string;
  couple_id: string | null;
  partner_id: string | null;
  partner_name: string | null;
  first_week: string | null;
}

/** Who I am, my couple and partner, and (for all time) my first week, in one statement. */
async function whoIAm(tx: Tx, userId: string, allTime: boolean): Promise<WhoRow | undefined> {
  const [row] = await queryRows<WhoRow>(
    tx,
    sql`select p.display_name, p.time_zone, m.couple_id, o.person_id as partner_id, pp.display_name as partner_name,
        ${allTime ? firstWeek(userId) : sql`null`} as first_week
      from people p
      left join memberships m on m.person_id = p.id and m.left_at is null
      left join memberships o on o.couple_id = m.couple_id and o.person_id <> p.id and o.left_at is null
      left join people pp on pp.id = o.person_id
      where p.id = ${userId} limit 1`,
  );
  return row;
}

/** A query's rows as one JSON array, to select beside others in one statement. */
const asJson = (query: SQL) => sql`(select coalesce(json_agg(t), '[]'::json) from (${query}) t)`;
const parsed = <T>(json: unknown): T[] =>
  (typeof json === 'string' ? JSON.parse(json) : (json ?? [])) as T[];

const num = (value: unknown) => Math.round(Number(value) * 10) / 10;

function dayPoints(person: Who, couple: CoupleContext | null, from: string) {
  const partnerCondition =
    person.who === 'partner' && couple
      ? sql`and couple_id = ${couple.coupleId} and visibility = 'shared' and app_checked_in_during(couple_id, day_starts_at, day_ends_at)`
      : sql``;
  return sql`select to_char(day, 'YYYY-MM-DD') as at, safety, trust, connection from daily_checkins
         where author_id = ${person.id} and day >= ${from}::date ${partnerCondition} order by day`;
}

function readDayPoints(json: unknown) {
  return parsed<{ at: string; safety: number; trust: number; connection: number }>(json).map(
    (r): TimelinePoint => ({
      at: r.at,
      safety: r.safety,
      trust: r.trust,
      connection: r.connection,
      days: 1,
    }),
  );
}

function rollupScope(person: Who, couple: CoupleContext | null) {
  return person.who === 'me'
    ? sql`person_id = ${person.id} and scope = 'own'`
    : sql`person_id = ${person.id} and scope = 'revealed' and couple_id = ${couple!.coupleId}`;
}

/** The rollup table and its period column: weeks for a year, months for all time. */
const rollup = (by: 'week' | 'month') => (by === 'week' ? sql`checkin_weeks` : sql`checkin_months`);
const period = (by: 'week' | 'month') => (by === 'week' ? sql`week` : sql`month`);

function rolledPoints(
  person: Who,
  couple: CoupleContext | null,
  from: string,
  by: 'week' | 'month',
) {
  return sql`select to_char(${period(by)}, 'YYYY-MM-DD') as at, days,
               safety_sum::float / days as safety, trust_sum::float / days as trust, connection_sum::float / days as connection
          from ${rollup(by)} where ${rollupScope(person, couple)} and ${period(by)} >= ${from}::date
         order by 1`;
}

function readRolledPoints(json: unknown) {
  return parsed<{ at: string; days: number; safety: number; trust: number; connection: number }>(
    json,
  ).map((r): TimelinePoint => ({
    at: r.at,
    days: Number(r.days),
    safety: num(r.safety),
    trust: num(r.trust),
    connection: num(r.connection),
  }));
}

/** The three most chosen feelings per bucket (all the screen shows), counted in SQL. */
function emotionBuckets(
  person: Who,
  couple: CoupleContext | null,
  from: string,
  by: 'week' | 'month',
) {
  return sql`select at, emotion, n from (
          select to_char(${period(by)}, 'YYYY-MM-DD') as at, e.key as emotion, e.value::int as n,
                 row_number() over (partition by ${period(by)} order by e.value::int desc, e.key) as rank
            from ${rollup(by)}, jsonb_each_text(emotions) as e
           where ${rollupScope(person, couple)} and ${period(by)} >= ${from}::date) ranked
         where rank <= ${TOP_EMOTIONS} order by at, rank`;
}

function readEmotionBuckets(json: unknown) {
  const buckets = new Map<string, Record<string, number>>();
  for (const r of parsed<{ at: string; emotion: string; n: number }>(json)) {
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
function events(
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
    return sql`select min(id::text) as id, kind, label, to_char(${monthOfSql(localDaySql(timeZone, sql`occurred_at`))}, 'YYYY-MM-DD') as at,
                 count(*) as n, bool_or(author_id = ${userId}) as mine
            from timeline_events where ${whose} and occurred_at >= ${from}::date - interval '1 day'
           group by 2, 3, 4 order by 4 limit ${MAX_EVENTS}`;
  }
  return sql`select id, kind, label, occurred_at, author_id from timeline_events
         where ${whose} and occurred_at >= ${from}::date - interval '1 day'
         order by occurred_at desc limit ${MAX_EVENTS}`;
}

function readEvents(
  json: unknown,
  userId: string,
  from: string,
  timeZone: string,
  granularity: Granularity,
): TimelineEvent[] {
  if (granularity === 'month') {
    return parsed<{
      id: string;
      kind: string;
      label: string;
      at: string;
      n: number;
      mine: boolean;
    }>(json).map((r) => ({
      id: r.id,
      kind: r.kind,
      label: r.label,
      at: r.at,
      count: Number(r.n),
      isMine: r.mine,
    }));
  }
  return parsed<{
    id: string;
    kind: string;
    label: string;
    occurred_at: string;
    author_id: string;
  }>(json)
    .map((r) => ({
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

/** My first own week, as an expression (all time starts there). */
const firstWeek = (userId: string) =>
  sql`(select to_char(week, 'YYYY-MM-DD') from checkin_weeks
         where person_id = ${userId} and scope = 'own' order by week limit 1)`;

export async function getTimeline({
  tx,
  userId,
  range,
  now = new Date(),
}: Options): Promise<TimelineView> {
  // Two statements: who I am, then every series and the marks, each as JSON (decision 111).
  const me = await whoIAm(tx, userId, range === 'all');
  const couple: CoupleContext | null = me?.couple_id
    ? { coupleId: me.couple_id, partnerId: me.partner_id }
    : null;
  const timeZone = me?.time_zone ?? 'UTC';
  const today = localDay(now, timeZone);

  let granularity: Granularity;
  let from: string;
  if (range === 'month') [granularity, from] = ['day', addDays(today, -30)];
  else if (range === 'quarter') [granularity, from] = ['day', addDays(today, -91)];
  else if (range === 'year') [granularity, from] = ['week', mondayOf(addDays(today, -364))];
  else {
    const first = me?.first_week ?? mondayOf(today);
    // Up to two years week by week; beyond that, month by month.
    granularity = first >= addDays(today, -730) ? 'week' : 'month';
    from = granularity === 'week' ? first : `${first.slice(0, 8)}01`;
  }
  const emotionGranularity = granularity === 'month' ? 'month' : 'week';
  const emotionFrom = emotionGranularity === 'week' ? mondayOf(from) : from;

  const who: Who[] = [{ id: userId, who: 'me', name: me?.display_name ?? '' }];
  if (me?.partner_id) who.push({ id: me.partner_id, who: 'partner', name: me.partner_name ?? '' });
  const columns = who.flatMap((person, i) => [
    sql`${asJson(
      granularity === 'day'
        ? dayPoints(person, couple, from)
        : rolledPoints(person, couple, from, granularity),
    )} as ${sql.raw(`points_${i}`)}`,
    sql`${asJson(emotionBuckets(person, couple, emotionFrom, emotionGranularity))} as ${sql.raw(`emotions_${i}`)}`,
  ]);
  columns.push(sql`${asJson(events(userId, couple, from, timeZone, granularity))} as events`);
  const [row] = await queryRows<Record<string, unknown>>(
    tx,
    sql`select ${sql.join(columns, sql`, `)}`,
  );
  const series: TimelineSeries[] = who.map((person, i) => ({
    ...person,
    points:
      granularity === 'day'
        ? readDayPoints(row![`points_${i}`])
        : readRolledPoints(row![`points_${i}`]),
    emotions: readEmotionBuckets(row![`emotions_${i}`]),
  }));
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
    events: readEvents(row!.events, userId, from, timeZone, granularity),
  };
}

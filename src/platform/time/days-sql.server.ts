// The same calendar days as days.ts, for the few reads that must work them out inside a
// statement (a screen's parts in one statement, decision 111; a sweep over many people, each in
// their own time zone). Server only: browser code reads days.ts. `src/platform/db/days-sql.test.ts` holds each
// helper to its twin in days.ts, daylight saving included.
import { sql, type SQL } from 'drizzle-orm';

/** A time zone: a column or expression (`sql\`p.time_zone\``), or a name sent as a parameter. */
type Zone = SQL | string;

const zoneOf = (zone: Zone): SQL => (typeof zone === 'string' ? sql`${zone}::text` : zone);

/**
 * A person's calendar day at `at` (now() by default) in their own time zone, as an SQL `date`:
 * the statement's `localDay`.
 */
export function localDaySql(zone: Zone, at: SQL = sql`now()`): SQL {
  return sql`((${at}) at time zone ${zoneOf(zone)})::date`;
}

/**
 * The instant `day` (an SQL date) begins in `zone`, as a `timestamptz`: the statement's
 * `daySpan(day, zone).startsAt`. The day's end is the next day's start: `dayStartSql(sql\`${day} + 1\`, zone)`.
 */
export function dayStartSql(day: SQL, zone: Zone): SQL {
  return sql`((${day})::date::timestamp at time zone ${zoneOf(zone)})`;
}

/** The Monday of the ISO week holding `day` (an SQL date), as a `date`: the statement's `mondayOf`. */
export function mondayOfSql(day: SQL): SQL {
  return sql`date_trunc('week', (${day})::date)::date`;
}

/**
 * The start of the week holding `day` (an SQL date) when weeks start on `weekday` (0 = Sunday;
 * a number, or an SQL expression): the statement's `weekStartOn`.
 */
export function weekStartOnSql(day: SQL, weekday: SQL | number): SQL {
  return sql`((${day})::date - ((extract(dow from (${day})::date)::int - (${weekday})::int + 7) % 7))`;
}

/** The first day of the month holding `day` (an SQL date), as a `date`. */
export function monthOfSql(day: SQL): SQL {
  return sql`date_trunc('month', (${day})::date)::date`;
}

import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from './database.ts';
import { openTestDatabase, type TestDatabase } from '../testing/test-db.ts';
import { daySpan, localDay, mondayOf, weekStartOn } from '../time/days.ts';
import {
  dayStartSql,
  localDaySql,
  mondayOfSql,
  monthOfSql,
  weekStartOnSql,
} from '../time/days-sql.server.ts';

// A day worked out inside a statement must be the day the rest of the app works out in
// TypeScript: Today's mark, the check-ins' reveal and the reminders all meet on it.

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(async () => {
  await t.close();
});

// The far ends of the clock, half and three-quarter hours, and daylight saving both ways.
const zones = [
  'UTC',
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
  'Asia/Kolkata',
  'Pacific/Chatham',
  'Europe/London',
  'America/New_York',
  'Australia/Lord_Howe',
  'Pacific/Auckland',
];
const instants = [
  '2026-03-28T23:30:00Z',
  '2026-03-29T00:59:59Z', // London: the last second before the clocks go forward
  '2026-03-29T01:00:00Z',
  '2026-04-04T15:45:00Z', // Auckland and Lord Howe leave summer time that night
  '2026-10-31T23:59:59Z', // the end of a month somewhere, the start of one elsewhere
  '2026-11-01T06:00:00Z', // New York falls back
  '2026-11-29T10:00:00Z', // a Sunday in UTC, already Monday in Kiritimati
  '2026-12-31T11:00:00Z',
];

describe('days worked out inside a statement', () => {
  it('name the same day, week, month and span as src/platform/time, in every time zone', async () => {
    const cases = zones.flatMap((zone) => instants.map((at) => ({ zone, at })));
    const day = localDaySql(sql`c.zone`, sql`c.at`);
    const rows = await t.db.withOwner((tx) =>
      queryRows<{
        zone: string;
        at: string;
        day: string;
        starts: number;
        ends: number;
        monday: string;
        sunday: string;
        thursday: string;
        month: string;
      }>(
        tx,
        sql`select c.zone, c.iso as at, to_char(${day}, 'YYYY-MM-DD') as day,
                   (extract(epoch from ${dayStartSql(day, sql`c.zone`)}) * 1000)::float8 as starts,
                   (extract(epoch from ${dayStartSql(sql`${day} + 1`, sql`c.zone`)}) * 1000)::float8 as ends,
                   to_char(${mondayOfSql(day)}, 'YYYY-MM-DD') as monday,
                   to_char(${weekStartOnSql(day, 0)}, 'YYYY-MM-DD') as sunday,
                   to_char(${weekStartOnSql(day, sql`4`)}, 'YYYY-MM-DD') as thursday,
                   to_char(${monthOfSql(day)}, 'YYYY-MM-DD') as month
              from (values ${sql.join(
                cases.map((c) => sql`(${c.zone}::text, ${c.at}::text, ${c.at}::timestamptz)`),
                sql`, `,
              )}) as c(zone, iso, at)`,
      ),
    );
    expect(rows).toHaveLength(cases.length);
    for (const row of rows) {
      const ours = localDay(new Date(row.at), row.zone);
      const span = daySpan(ours, row.zone);
      expect({ ...row, starts: Number(row.starts), ends: Number(row.ends) }).toEqual({
        zone: row.zone,
        at: row.at,
        day: ours,
        starts: span.startsAt,
        ends: span.endsAt,
        monday: mondayOf(ours),
        sunday: weekStartOn(ours, 0),
        thursday: weekStartOn(ours, 4),
        month: `${ours.slice(0, 7)}-01`,
      });
    }
    // Kiritimati is a day ahead of Pago Pago at the same instant: the helpers really use the zone.
    const sunday = rows.filter((r) => r.at === '2026-11-29T10:00:00Z');
    expect(sunday.find((r) => r.zone === 'Pacific/Kiritimati')!.day).toBe('2026-11-30');
    expect(sunday.find((r) => r.zone === 'Pacific/Pago_Pago')!.day).toBe('2026-11-28');
  });

  it("take a time zone's name as a parameter as well as a column", async () => {
    const [row] = await t.db.withOwner((tx) =>
      queryRows<{ day: string }>(
        tx,
        sql`select to_char(${localDaySql('Asia/Kolkata', sql`'2026-11-29T18:30:00Z'::timestamptz`)}, 'YYYY-MM-DD') as day`,
      ),
    );
    expect(row!.day).toBe('2026-11-30');
  });
});

import { sql } from 'drizzle-orm';
import { checkinsWaiting as words } from '../../content/checkins.ts';
import { dailyCheckins } from '../../platform/db/checkin.tables.server.ts';
import { memberships, people } from '../../platform/db/core.tables.server.ts';
import type { WaitingItem, WaitingPart } from '../../platform/server/build-server.ts';
import { waitingFromPart } from '../../platform/server/waiting.ts';
import { dayStartSql, localDaySql } from '../../platform/time/days-sql.server.ts';
import { checkinSettings, weeklyCheckins } from './checkins.tables.server.ts';
import { weekStartFor } from './reveal.ts';

interface Facts {
  /** My calendar day now, in my own time zone. */
  today: string;
  mineDaily: boolean;
  partnerWaiting: boolean;
  weekday: number | null;
  /** My weekly answers of the last seven days (the current week starts within them). */
  weeks: string[];
}

/**
 * Today's part (decision 111): my partner checked in and I haven't, or my answers for this
 * week are missing. One row, only when I have a partner in my space now: my day in my own time
 * zone, and my day as a span of time (my partner's check-in counts when its own day overlaps
 * it, decision 064), every fact at once.
 */
export const checkinsWaitingPart: WaitingPart = {
  sql: (userId) => sql`
    select 'checkins' as kind, null as ref, null as at, json_build_object(
        'today', to_char(d.day, 'YYYY-MM-DD'),
        'mineDaily', exists (select 1 from ${dailyCheckins} c where c.author_id = ${userId} and c.day = d.day),
        'partnerWaiting', app_partner_waiting_during(${dayStartSql(sql`d.day`, sql`d.tz`)}, ${dayStartSql(sql`d.day + 1`, sql`d.tz`)}),
        'weekday', (select s.weekday from ${checkinSettings} s where s.couple_id = d.couple_id),
        'weeks', (select coalesce(json_agg(to_char(w.week_start, 'YYYY-MM-DD')), '[]'::json) from ${weeklyCheckins} w
          where w.couple_id = d.couple_id and w.author_id = ${userId} and w.week_start > d.day - 7)) as data
      from (select p.time_zone as tz, ${localDaySql(sql`p.time_zone`)} as day, m.couple_id
        from ${people} p
        join ${memberships} m on m.person_id = p.id and m.left_at is null
        join ${memberships} o on o.couple_id = m.couple_id and o.person_id <> p.id and o.left_at is null
        where p.id = ${userId} limit 1) d`,
  read: (rows) => {
    const facts = rows[0]?.data as Facts | undefined;
    if (!facts) return [];
    const items: WaitingItem[] = [];
    if (!facts.mineDaily && facts.partnerWaiting) {
      items.push({
        id: `checkins.daily.${facts.today}`,
        kind: 'checkin.daily',
        title: words.partnerCheckedIn,
        href: '/check-ins',
      });
    }
    const weekStart = weekStartFor(facts.today, facts.weekday ?? 0);
    if (!facts.weeks.includes(weekStart)) {
      items.push({
        id: `checkins.weekly.${weekStart}`,
        kind: 'checkin.weekly',
        title: words.weeklyMissing,
        href: '/check-ins#weekly',
      });
    }
    return items;
  },
};

/** What the check-ins have waiting for me on Today, in a statement of its own. */
export const checkinsWaiting = waitingFromPart(checkinsWaitingPart);

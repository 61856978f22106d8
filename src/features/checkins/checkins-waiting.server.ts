import { sql } from 'drizzle-orm';
import { checkinsWaiting as words } from '../../content/checkins.ts';
import { dailyCheckins } from '../../platform/db/checkin.tables.server.ts';
import { queryRows } from '../../platform/db/database.ts';
import type { WaitingItem } from '../../platform/server/build-server.ts';
import { loadMe, type Options } from './checkins-context.server.ts';
import { checkinSettings, weeklyCheckins } from './checkins.tables.server.ts';
import { daySpan, weekStartFor } from './reveal.ts';

interface Facts {
  mine_daily: boolean;
  partner_waiting: boolean;
  weekday: number | null;
  /** My weekly answers of the last seven days (the current week starts within them). */
  weeks: string[] | string;
}

/**
 * What the check-ins have waiting for me on Today: my partner checked in and I haven't, or my
 * answers for this week are missing. Who I am, then every fact at once (decision 110).
 */
export async function checkinsWaiting(options: Options): Promise<WaitingItem[]> {
  const { tx, userId } = options;
  const me = await loadMe(options);
  if (!me.couple?.partnerId) return [];
  const { coupleId } = me.couple;
  // My day as a span of time: my partner's check-in counts when its own day overlaps it (decision 064).
  const span = daySpan(me.today, me.timeZone);
  const [starts, ends] = [
    new Date(span.startsAt).toISOString(),
    new Date(span.endsAt).toISOString(),
  ];
  const [facts] = await queryRows<Facts>(
    tx,
    sql`select
      exists (select 1 from ${dailyCheckins} where ${dailyCheckins.authorId} = ${userId} and ${dailyCheckins.day} = ${me.today}::date) as mine_daily,
      app_partner_waiting_during(${starts}::timestamptz, ${ends}::timestamptz) as partner_waiting,
      (select ${checkinSettings.weekday} from ${checkinSettings} where ${checkinSettings.coupleId} = ${coupleId}) as weekday,
      (select coalesce(json_agg(to_char(${weeklyCheckins.weekStart}, 'YYYY-MM-DD')), '[]'::json) from ${weeklyCheckins}
        where ${weeklyCheckins.coupleId} = ${coupleId} and ${weeklyCheckins.authorId} = ${userId}
          and ${weeklyCheckins.weekStart} > ${me.today}::date - 7) as weeks`,
  );
  const items: WaitingItem[] = [];
  if (!facts!.mine_daily && facts!.partner_waiting) {
    items.push({
      id: `checkins.daily.${me.today}`,
      kind: 'checkin.daily',
      title: words.partnerCheckedIn,
      href: '/check-ins',
    });
  }
  const weekStart = weekStartFor(me.today, facts!.weekday ?? 0);
  const weeks: string[] =
    typeof facts!.weeks === 'string' ? JSON.parse(facts!.weeks) : facts!.weeks;
  if (!weeks.includes(weekStart)) {
    items.push({
      id: `checkins.weekly.${weekStart}`,
      kind: 'checkin.weekly',
      title: words.weeklyMissing,
      href: '/check-ins#weekly',
    });
  }
  return items;
}

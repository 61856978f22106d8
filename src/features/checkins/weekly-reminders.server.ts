import { sql } from 'drizzle-orm';
import {
  momentRows,
  wantsMoment,
  type DueMomentSource,
} from '../../platform/reminders/sweep-reminders.server.ts';
import { dayStartSql, localDaySql, weekStartOnSql } from '../../platform/time/days-sql.server.ts';

/**
 * The weekly check-in opens at the start of the couple's check-in day, in each partner's own
 * time zone (decision 083): a moment for each partner who has a partner in the space and has not
 * answered that week yet. The week's first day is the subject.
 */
export const weeklyMoments: DueMomentSource = ({ tx, now, since }) => {
  const today = localDaySql(sql`p.time_zone`, sql`${now.toISOString()}::timestamptz`);
  const weekStart = weekStartOnSql(today, sql`coalesce(cs.weekday, 0)`);
  const due = dayStartSql(weekStart, sql`p.time_zone`);
  return momentRows(
    tx,
    'weekly',
    sql`select p.id as person_id, to_char(${weekStart}, 'YYYY-MM-DD') as subject, ${due} as due_at
      from reminder_settings s
      join people p on p.id = s.person_id
      join memberships ms on ms.person_id = p.id and ms.left_at is null
      left join checkin_settings cs on cs.couple_id = ms.couple_id
      where s.email and s.weekly
        and exists (select 1 from memberships other
                    where other.couple_id = ms.couple_id and other.person_id <> p.id and other.left_at is null)
        and ${due} > ${since.toISOString()}::timestamptz and ${due} <= ${now.toISOString()}::timestamptz
        and not exists (select 1 from weekly_checkins w
                        where w.couple_id = ms.couple_id and w.author_id = p.id and w.week_start = ${weekStart})
        and ${wantsMoment('weekly', sql`p.id`, sql`to_char(${weekStart}, 'YYYY-MM-DD')`, due)}`,
  );
};

import { sql } from 'drizzle-orm';
import { queryRows } from '../../platform/db/database.ts';
import {
  wantsMoment,
  type DueMoment,
  type DueMomentSource,
} from '../../platform/reminders/sweep-reminders.server.ts';
import { dayStartSql } from '../../platform/time/days-sql.server.ts';
import { isInForce } from './agreement-machine.ts';
import { loadAgreements } from './load-agreements.server.ts';

/**
 * An agreement in force whose review day has begun, for each partner in their own time zone
 * (Today lists it from that day on; decision 083). The version both agreed to holds the date:
 * agreeing a new one gives a new moment.
 */
export const reviewMoments: DueMomentSource = async ({ tx, now, since }) => {
  const due = dayStartSql(sql`v.review_on`, sql`p.time_zone`);
  const candidates = await queryRows<{
    person_id: string;
    agreement_id: string;
    number: number;
    due_at: string | Date;
  }>(
    tx,
    sql`select p.id as person_id, v.agreement_id, v.number, ${due} as due_at
      from agreement_versions v
      join memberships ms on ms.couple_id = v.couple_id and ms.left_at is null
      join people p on p.id = ms.person_id
      where v.review_on between (${since.toISOString()}::timestamptz)::date - 1 and (${now.toISOString()}::timestamptz)::date + 1
        and ${due} > ${since.toISOString()}::timestamptz and ${due} <= ${now.toISOString()}::timestamptz
        and ${wantsMoment('review', sql`p.id`, sql`v.agreement_id`, due)}`,
  );
  if (candidates.length === 0) return [];
  const loaded = await loadAgreements(tx, [...new Set(candidates.map((c) => c.agreement_id))]);
  const byId = new Map(loaded.map((a) => [a.header.id, a]));
  const moments: DueMoment[] = [];
  for (const c of candidates) {
    const agreement = byId.get(c.agreement_id);
    if (!agreement || !isInForce(agreement.state) || agreement.state.agreed !== c.number) continue;
    moments.push({
      personId: c.person_id,
      kind: 'review',
      subject: c.agreement_id,
      dueAt: new Date(c.due_at),
    });
  }
  return moments;
};

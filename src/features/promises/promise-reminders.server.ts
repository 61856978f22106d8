import { sql } from 'drizzle-orm';
import {
  momentRows,
  wantsMoment,
  type DueMomentSource,
} from '../../platform/reminders/sweep-reminders.server.ts';

/**
 * A promise of mine whose time came while it was still open, in the space I am still part of
 * (decision 083). Its time is the one its newest wording has: a renegotiation gives a new moment.
 */
export const promiseMoments: DueMomentSource = ({ tx, now, since }) =>
  momentRows(
    tx,
    'promise',
    sql`select p.author_id as person_id, p.id::text as subject, e.due_at
      from promise_events e
      join promises p on p.id = e.promise_id
      where e.due_at > ${since.toISOString()}::timestamptz and e.due_at <= ${now.toISOString()}::timestamptz
        and e.kind in ('made', 'renegotiated')
        and not exists (select 1 from promise_events later
                        where later.promise_id = e.promise_id and later.seq > e.seq
                          and later.kind in ('renegotiated', 'kept', 'missed'))
        and exists (select 1 from memberships ms
                    where ms.couple_id = p.couple_id and ms.person_id = p.author_id and ms.left_at is null)
        and ${wantsMoment('promise', sql`p.author_id`, sql`p.id`, sql`e.due_at`)}`,
  );

import { sql } from 'drizzle-orm';
import {
  momentRows,
  wantsMoment,
  type DueMomentSource,
} from '../../platform/reminders/sweep-reminders.server.ts';

/**
 * A letter scheduled for later reaches its recipient when its time comes (decision 040), so its
 * reminder comes from the sweep (decision 083). A letter sent now reminded at once, in the
 * transaction that sent it: it is told apart by a delivery time no later than its last change.
 * Only while the recipient can read it: still in the space it was written in.
 */
export const letterMoments: DueMomentSource = ({ tx, now, since }) =>
  momentRows(
    tx,
    'letter',
    sql`select l.recipient_id as person_id, l.id::text as subject, l.deliver_at as due_at
      from letters l
      where l.status = 'sent'
        and l.deliver_at > ${since.toISOString()}::timestamptz and l.deliver_at <= ${now.toISOString()}::timestamptz
        and l.deliver_at > l.updated_at
        and exists (select 1 from memberships ms
                    where ms.couple_id = l.couple_id and ms.person_id = l.recipient_id and ms.left_at is null)
        and ${wantsMoment('letter', sql`l.recipient_id`, sql`l.id`, sql`l.deliver_at`)}`,
  );

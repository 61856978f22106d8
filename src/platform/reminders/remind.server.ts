import { sql } from 'drizzle-orm';
import type { ReminderKind } from '../../content/reminders.ts';
import { executeAsSystem, type Tx } from '../db/database.ts';
import { OUTBOX_CHANNEL } from '../mail/queue-mail.server.ts';

/**
 * Notes, in the cause's own transaction, that `personId` has something of `kind` waiting. Only a
 * person who wants such reminders (by email or push) gets a row; the mail worker sends it (dispatch-reminders), so
 * a rolled-back cause reminds no one. Safe from a signed-in request: the partner's settings are
 * read as kintsugi_system and nothing is answered.
 */
export async function remind(
  tx: Tx,
  options: { personId: string; kind: ReminderKind },
): Promise<void> {
  const { personId, kind } = options;
  // One round trip in a write (decision 173): the role, both statements, the role back.
  await executeAsSystem(tx, [
    sql`insert into reminders_due (person_id, kind)
      select person_id, ${kind} from reminder_settings
      where person_id = ${personId} and (email or push) and ${sql.identifier(kind)}
      on conflict (person_id, kind) do nothing`,
    sql`select pg_notify(${OUTBOX_CHANNEL}, '')`,
  ]);
}

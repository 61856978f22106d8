import { sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.ts';
import { unsubscribeTokenHash } from '../../platform/reminders/dispatch-reminders.server.ts';

/**
 * One click in a mail app turns email reminders off (RFC 8058); what was waiting goes too,
 * unless push is still on. Runs as kintsugi_system: no one
 * is signed in. An unknown token changes nothing and is answered the same, so the route tells
 * no one whether a token was ever real.
 */
export async function unsubscribe({ tx, token }: { tx: Tx; token: string }): Promise<void> {
  await tx.execute(sql`with gone as (
      delete from reminder_unsubscribes
      where person_id = (select person_id from reminder_unsubscribes where token_hash = ${unsubscribeTokenHash(token)})
      returning person_id),
    off as (
      update reminder_settings set email = false, updated_at = now()
      where person_id in (select person_id from gone) returning person_id, push)
    delete from reminders_due where person_id in (select person_id from off where not push)`);
}

import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../db/database.ts';

export const PUSH_CHANNEL = 'kintsugi_push';

/**
 * Queues one push for each device `personId` subscribed, in the caller's transaction (which
 * runs as kintsugi_system: the reminder dispatcher). The push worker is woken on commit. The
 * rows hold no words: every push carries the same content-free payload. Answers how many.
 */
export async function queuePush(tx: Tx, options: { personId: string }): Promise<number> {
  const rows = await queryRows(
    tx,
    sql`insert into push_outbox (subscription_id)
        select id from push_subscriptions where person_id = ${options.personId}
        returning 1 as one`,
  );
  if (rows.length > 0) await tx.execute(sql`select pg_notify(${PUSH_CHANNEL}, '')`);
  return rows.length;
}

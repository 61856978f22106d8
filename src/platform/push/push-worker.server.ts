import { sql } from 'drizzle-orm';
import { reminders as words } from '../../content/reminders.ts';
import type { Database } from '../db/database.ts';
import {
  startOutboxWorker,
  type OutboxChannel,
  type OutboxWorker,
  type WorkerLog,
} from '../outbox/outbox-worker.server.ts';
import { PUSH_CHANNEL } from './queue-push.server.ts';
import { sendPush, type PushTarget } from './send-push.server.ts';
import { vapidKeys, type VapidKeys } from './vapid-keys.server.ts';

export interface PushWorkerOptions {
  db: Database;
  /** The VAPID `sub` claim: a mailto: or https: address of whoever runs this server. */
  subject: string;
  log: WorkerLog;
  /** How often to look for due retries when nothing wakes the worker. */
  pollMs?: number;
  /** How long a claim holds a row; a server that dies mid-send frees it after this. */
  leaseSeconds?: number;
  maxAttempts?: number;
  /** Seconds to wait before try `attempt + 1`. */
  backoff?: (attempt: number) => number;
}

export type PushWorker = OutboxWorker;

interface Claimed extends PushTarget {
  id: string;
  attempts: number;
  subscription_id: string;
}

/** The one payload every push carries: no name, no words, no kind. */
export const PUSH_PAYLOAD = JSON.stringify({ title: words.push.title, body: words.push.body });

/**
 * The push channel of the outbox worker (decisions 080, 087): `push_outbox` rows name a
 * subscription; a push that went is deleted at once; a subscription the push service calls gone
 * (404, 410) is deleted with what waited for it. Logs carry ids, tries and status codes, never
 * an endpoint (it is a capability address).
 */
export function pushChannel(keys: VapidKeys, subject: string): OutboxChannel<Claimed> {
  return {
    name: 'push',
    table: 'push_outbox',
    notifyChannel: PUSH_CHANNEL,
    read: sql`select c.id, c.attempts, c.subscription_id, s.endpoint, s.p256dh, s.auth
              from claimed c join push_subscriptions s on s.id = c.subscription_id`,
    send: (row) => sendPush({ target: row, payload: PUSH_PAYLOAD, keys, subject }),
    settle: (tx, row, outcome) =>
      outcome === 'sent'
        ? tx.execute(
            sql`delete from push_outbox where id = ${row.id} and attempts = ${row.attempts}`,
          )
        : tx.execute(sql`delete from push_subscriptions where id = ${row.subscription_id}`),
    logFields: (row) => ({ pushId: row.id }),
  };
}

/** Delivers `push_outbox` in every server; also makes the VAPID keys at the first start. */
export async function startPushWorker(options: PushWorkerOptions): Promise<PushWorker> {
  const { subject, ...worker } = options;
  const keys = await vapidKeys(options.db);
  return startOutboxWorker(pushChannel(keys, subject), worker);
}

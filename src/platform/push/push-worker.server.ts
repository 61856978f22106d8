import { sql } from 'drizzle-orm';
import { reminders as words } from '../../content/reminders.ts';
import { queryRows, type Database } from '../db/database.ts';
import { PUSH_CHANNEL } from './queue-push.server.ts';
import { sendPush, type PushOutcome, type PushTarget } from './send-push.server.ts';
import { vapidKeys } from './vapid-keys.server.ts';

export interface PushWorkerOptions {
  db: Database;
  /** The VAPID `sub` claim: a mailto: or https: address of whoever runs this server. */
  subject: string;
  log: { info(obj: object, msg: string): void; warn(obj: object, msg: string): void };
  /** How often to look for due retries when nothing wakes the worker. */
  pollMs?: number;
  /** How long a claim holds a row; a server that dies mid-send frees it after this. */
  leaseSeconds?: number;
  maxAttempts?: number;
  /** Seconds to wait before try `attempt + 1`. */
  backoff?: (attempt: number) => number;
}

export interface PushWorker {
  nudge(): void;
  /** Finishes the push in hand, then stops. */
  stop(): Promise<void>;
}

interface Claimed extends PushTarget {
  id: string;
  attempts: number;
  subscription_id: string;
}

/** The one payload every push carries: no name, no words, no kind. */
export const PUSH_PAYLOAD = JSON.stringify({ title: words.push.title, body: words.push.body });

const defaultBackoff = (attempt: number) => Math.min(3600, 10 * 2 ** (attempt - 1));

/**
 * Delivers `push_outbox` in every server, like the mail outbox (decisions 080, 087): a row is
 * claimed in one statement (FOR UPDATE SKIP LOCKED, a lease, the try counted), pushed, then
 * removed only if this claim still holds it. A subscription the push service calls gone (404,
 * 410) is deleted with what waited for it. Logs carry ids, tries and status codes, never an
 * endpoint (it is a capability address).
 */
export async function startPushWorker(options: PushWorkerOptions): Promise<PushWorker> {
  const { db, log, subject } = options;
  const pollMs = options.pollMs ?? 5000;
  const lease = options.leaseSeconds ?? 120;
  const maxAttempts = options.maxAttempts ?? 10;
  const backoff = options.backoff ?? defaultBackoff;
  const keys = await vapidKeys(db);
  let stopped = false;
  let pending = false;
  let wake: (() => void) | undefined;

  const claim = () =>
    db.withSystem((tx) =>
      queryRows<Claimed>(
        tx,
        sql`with claimed as (
              update push_outbox set attempts = attempts + 1,
                locked_until = now() + make_interval(secs => ${lease})
              where id = (select id from push_outbox
                          where failed_at is null and next_attempt_at <= now()
                            and (locked_until is null or locked_until <= now())
                          order by next_attempt_at limit 1 for update skip locked)
              returning id, subscription_id, attempts)
            select c.id, c.attempts, c.subscription_id, s.endpoint, s.p256dh, s.auth
            from claimed c join push_subscriptions s on s.id = c.subscription_id`,
      ),
    );

  const settle = (row: Claimed, outcome: PushOutcome['kind'] | 'failed') =>
    db.withSystem((tx) => {
      switch (outcome) {
        case 'sent':
          return tx.execute(
            sql`delete from push_outbox where id = ${row.id} and attempts = ${row.attempts}`,
          );
        case 'gone':
          return tx.execute(sql`delete from push_subscriptions where id = ${row.subscription_id}`);
        case 'retry':
          return tx.execute(sql`update push_outbox set locked_until = null,
              next_attempt_at = now() + make_interval(secs => ${backoff(row.attempts)})
            where id = ${row.id} and attempts = ${row.attempts}`);
        case 'failed':
          return tx.execute(sql`update push_outbox set locked_until = null, failed_at = now()
            where id = ${row.id} and attempts = ${row.attempts}`);
      }
    });

  async function deliverOne(): Promise<boolean> {
    const [row] = await claim();
    if (!row) return false;
    const outcome = await sendPush({ target: row, payload: PUSH_PAYLOAD, keys, subject });
    if (outcome.kind === 'retry') {
      const failed = row.attempts >= maxAttempts;
      log.warn(
        { pushId: row.id, attempt: row.attempts, code: outcome.code },
        failed ? 'push gave up' : 'push will retry',
      );
      await settle(row, failed ? 'failed' : 'retry');
      return true;
    }
    await settle(row, outcome.kind);
    log.info(
      { pushId: row.id, attempt: row.attempts },
      outcome.kind === 'sent' ? 'push sent' : 'push subscription gone, removed',
    );
    return true;
  }

  // Pushes given up on go after a week (sent ones are removed at once).
  let sweptAt = 0;
  const sweep = async () => {
    if (Date.now() - sweptAt < 3_600_000) return;
    sweptAt = Date.now();
    await db.withSystem((tx) =>
      tx.execute(sql`delete from push_outbox where failed_at < now() - interval '7 days'`),
    );
  };

  async function run() {
    while (!stopped) {
      pending = false;
      let worked = false;
      try {
        worked = await deliverOne();
        if (!worked) await sweep();
      } catch {
        if (!stopped) log.warn({}, 'push worker could not reach the database');
      }
      if (stopped || worked || pending) continue;
      await new Promise<void>((resume) => {
        const timer = setTimeout(resume, pollMs);
        wake = () => {
          clearTimeout(timer);
          resume();
        };
      });
      wake = undefined;
    }
  }

  const nudge = () => {
    pending = true;
    wake?.();
  };
  const unlisten = await db.listen(PUSH_CHANNEL, { onPayload: nudge, onReconnect: nudge });
  const running = run();
  return {
    nudge,
    stop: async () => {
      stopped = true;
      wake?.();
      await running;
      await unlisten();
    },
  };
}

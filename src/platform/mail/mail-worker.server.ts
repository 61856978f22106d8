import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '../db/database.ts';
import { OUTBOX_CHANNEL } from './queue-mail.server.ts';
import type { MailTransport } from './transport.server.ts';

export interface MailWorkerOptions {
  db: Database;
  transport: MailTransport;
  log: { info(obj: object, msg: string): void; warn(obj: object, msg: string): void };
  /** How often to look for due retries when nothing wakes the worker. */
  pollMs?: number;
  /** How long a claim holds a row; a server that dies mid-send frees it after this. */
  leaseSeconds?: number;
  maxAttempts?: number;
  /** Seconds to wait before try `attempt + 1`. */
  backoff?: (attempt: number) => number;
  /** Run before each look at the outbox (reminders turn waiting causes into mail here). */
  beforeDelivery?: () => Promise<unknown>;
}

export interface MailWorker {
  /** Looks for mail now (a commit that queued some also wakes it, through NOTIFY). */
  nudge(): void;
  /** Finishes the send in hand, then stops. */
  stop(): Promise<void>;
}

interface Claimed {
  id: string;
  kind: string;
  recipient: string;
  subject: string;
  body_text: string;
  list_unsubscribe: string | null;
  attempts: number;
}

const defaultBackoff = (attempt: number) => Math.min(3600, 10 * 2 ** (attempt - 1));

/** What a failure may log: a code, never the server's words (they can hold the address). */
function failureCode(error: unknown): string {
  const e = error as { code?: unknown; responseCode?: unknown };
  const code = e.responseCode ?? e.code;
  return typeof code === 'string' || typeof code === 'number' ? String(code) : 'unknown';
}

/**
 * Delivers the outbox, one message at a time, in every server (decision 080). A row is claimed
 * in one statement (FOR UPDATE SKIP LOCKED, a lease, the try counted), sent, then marked sent
 * only if this claim still holds it. A failure waits longer each time; after `maxAttempts` it
 * stops and is logged (by id and kind only).
 */
export async function startMailWorker(options: MailWorkerOptions): Promise<MailWorker> {
  const { db, transport, log } = options;
  const pollMs = options.pollMs ?? 5000;
  const lease = options.leaseSeconds ?? 120;
  const maxAttempts = options.maxAttempts ?? 10;
  const backoff = options.backoff ?? defaultBackoff;
  let stopped = false;
  let pending = false;
  let wake: (() => void) | undefined;

  const claim = () =>
    db.withSystem((tx) =>
      queryRows<Claimed>(
        tx,
        sql`update outbox set attempts = attempts + 1, locked_until = now() + make_interval(secs => ${lease})
            where id = (select id from outbox
                        where sent_at is null and failed_at is null and next_attempt_at <= now()
                          and (locked_until is null or locked_until <= now())
                        order by next_attempt_at limit 1 for update skip locked)
            returning id, kind, recipient, subject, body_text, list_unsubscribe, attempts`,
      ),
    );

  const settle = (row: Claimed, outcome: 'sent' | 'retry' | 'failed') =>
    db.withSystem((tx) =>
      tx.execute(sql`update outbox set locked_until = null,
          sent_at = case when ${outcome} = 'sent' then now() end,
          failed_at = case when ${outcome} = 'failed' then now() end,
          body_text = case when ${outcome} = 'retry' then body_text else '' end,
          recipient = case when ${outcome} = 'retry' then recipient else '' end,
          list_unsubscribe = case when ${outcome} = 'retry' then list_unsubscribe end,
          next_attempt_at = now() + make_interval(secs => ${backoff(row.attempts)})
        where id = ${row.id} and attempts = ${row.attempts} and sent_at is null`),
    );

  async function deliverOne(): Promise<boolean> {
    const [row] = await claim();
    if (!row) return false;
    try {
      await transport.deliver({
        id: row.id,
        to: row.recipient,
        subject: row.subject,
        text: row.body_text,
        listUnsubscribe: row.list_unsubscribe,
      });
    } catch (error) {
      const failed = row.attempts >= maxAttempts;
      log.warn(
        { mailId: row.id, kind: row.kind, attempt: row.attempts, code: failureCode(error) },
        failed ? 'mail gave up' : 'mail will retry',
      );
      await settle(row, failed ? 'failed' : 'retry');
      return true;
    }
    await settle(row, 'sent');
    log.info({ mailId: row.id, kind: row.kind, attempt: row.attempts }, 'mail sent');
    return true;
  }

  // Rows done with (sent or given up, their text and address already emptied) go after a week.
  let sweptAt = 0;
  const sweep = async () => {
    if (Date.now() - sweptAt < 3_600_000) return;
    sweptAt = Date.now();
    await db.withSystem((tx) =>
      tx.execute(
        sql`delete from outbox where coalesce(sent_at, failed_at) < now() - interval '7 days'`,
      ),
    );
  };

  async function run() {
    while (!stopped) {
      pending = false;
      let worked = false;
      try {
        // Its failure must not hold back mail that is already queued (a reset link, say).
        await options.beforeDelivery?.().catch((error: unknown) => {
          if (!stopped) log.warn({ code: failureCode(error) }, 'reminders could not be looked at');
        });
        worked = await deliverOne();
        if (!worked) await sweep();
      } catch (error) {
        if (!stopped)
          log.warn({ code: failureCode(error) }, 'mail worker could not reach the database');
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
  const unlisten = await db.listen(OUTBOX_CHANNEL, { onPayload: nudge, onReconnect: nudge });
  const running = run();
  return {
    nudge,
    stop: async () => {
      stopped = true;
      wake?.();
      await running;
      await unlisten();
      transport.close();
    },
  };
}

import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Database, type Tx } from '../db/database.ts';

/**
 * One outbox worker for every channel (mail, push; decisions 080, 087). The machinery is here
 * once: claim one due row in one statement (FOR UPDATE SKIP LOCKED, the try counted, a lease),
 * hand it to the channel, settle it only while this claim still holds it (same try number),
 * retry with a growing wait, give up after the last try, sweep rows done with a week later, and
 * one loop per server woken by NOTIFY on commit and by a poll for retries. A channel says only
 * where its rows are and how to send one.
 */

export interface WorkerLog {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
}

/** Every outbox table has these: `id`, `attempts`, `locked_until`, `next_attempt_at`, `failed_at`. */
export interface ClaimedRow {
  id: string;
  attempts: number;
}

/** How one send went. A send that throws is a retry too (its code read by `failureCode`). */
export type SendOutcome = { kind: 'sent' } | { kind: 'gone' } | { kind: 'retry'; code: string };

export interface OutboxChannel<Row extends ClaimedRow> {
  /** The channel's word in logs ("mail sent", "push will retry"). */
  name: string;
  /** The outbox table. */
  table: 'outbox' | 'push_outbox';
  /** The NOTIFY channel its queueing sends on commit. */
  notifyChannel: string;
  /** Further conditions a row still waiting meets (mail keeps sent rows: `sent_at is null`). */
  waiting?: SQL;
  /** What a claim reads: a select from `claimed`, the claimed row (`returning *`). */
  read: SQL;
  /** Sends one claimed row. */
  send(row: Row): Promise<SendOutcome>;
  /** Records a send that went (`sent`) or found its address gone for good (`gone`). */
  settle(tx: Tx, row: Row, outcome: 'sent' | 'gone'): Promise<unknown>;
  /** `set` clauses that forget what a row held, once it is given up on (mail: its text). */
  forgetOnGiveUp?: SQL;
  /** When a row was done with; it goes a week after (push deletes sent rows itself). */
  doneAt?: SQL;
  /** What a log line may say of a row: ids and kinds, never an address or words. */
  logFields(row: Row): object;
  /** Runs once the worker has stopped (mail closes its SMTP connection). */
  close?(): void;
}

export interface OutboxWorkerOptions {
  db: Database;
  log: WorkerLog;
  /** How often to look for due retries when nothing wakes the worker. */
  pollMs?: number;
  /** How long a claim holds a row; a server that dies mid-send frees it after this. */
  leaseSeconds?: number;
  maxAttempts?: number;
  /** Seconds to wait before try `attempt + 1`. */
  backoff?: (attempt: number) => number;
  /**
   * Runs before each look at the outbox (the mail worker turns waiting reminders into mail here).
   * Its failure is logged with `failed` and never holds back what is already queued.
   */
  beforeEach?: { run: () => Promise<unknown>; failed: string };
}

export interface OutboxWorker {
  /** Looks now (a commit that queued something also wakes it, through NOTIFY). */
  nudge(): void;
  /** Finishes the send in hand, then stops. */
  stop(): Promise<void>;
}

export const defaultBackoff = (attempt: number) => Math.min(3600, 10 * 2 ** (attempt - 1));

/** What a failure may log: a code, never the other side's words (they can hold an address). */
export function failureCode(error: unknown): string {
  const e = error as { code?: unknown; responseCode?: unknown };
  const code = e.responseCode ?? e.code;
  return typeof code === 'string' || typeof code === 'number' ? String(code) : 'unknown';
}

export async function startOutboxWorker<Row extends ClaimedRow>(
  channel: OutboxChannel<Row>,
  options: OutboxWorkerOptions,
): Promise<OutboxWorker> {
  const { db, log } = options;
  const { name } = channel;
  const pollMs = options.pollMs ?? 5000;
  const lease = options.leaseSeconds ?? 120;
  const maxAttempts = options.maxAttempts ?? 10;
  const backoff = options.backoff ?? defaultBackoff;
  const table = sql.identifier(channel.table);
  const waiting = channel.waiting ?? sql`true`;
  let stopped = false;
  let pending = false;
  let wake: (() => void) | undefined;

  const claim = () =>
    db.withSystem((tx) =>
      queryRows<Row>(
        tx,
        sql`with claimed as (
              update ${table} set attempts = attempts + 1,
                locked_until = now() + make_interval(secs => ${lease})
              where id = (select id from ${table}
                          where failed_at is null and (${waiting}) and next_attempt_at <= now()
                            and (locked_until is null or locked_until <= now())
                          order by next_attempt_at limit 1 for update skip locked)
              returning *)
            ${channel.read}`,
      ),
    );

  // Only while this claim holds the row: same try number, still waiting.
  const retry = (row: Row) =>
    db.withSystem((tx) =>
      tx.execute(sql`update ${table} set locked_until = null,
          next_attempt_at = now() + make_interval(secs => ${backoff(row.attempts)})
        where id = ${row.id} and attempts = ${row.attempts} and (${waiting})`),
    );
  const giveUp = (row: Row) =>
    db.withSystem((tx) =>
      tx.execute(sql`update ${table} set locked_until = null, failed_at = now()
          ${channel.forgetOnGiveUp ? sql`, ${channel.forgetOnGiveUp}` : sql``}
        where id = ${row.id} and attempts = ${row.attempts} and (${waiting})`),
    );

  async function deliverOne(): Promise<boolean> {
    const [row] = await claim();
    if (!row) return false;
    const outcome = await channel
      .send(row)
      .catch((error: unknown): SendOutcome => ({ kind: 'retry', code: failureCode(error) }));
    const fields = { ...channel.logFields(row), attempt: row.attempts };
    if (outcome.kind === 'retry') {
      const failed = row.attempts >= maxAttempts;
      log.warn(
        { ...fields, code: outcome.code },
        failed ? `${name} gave up` : `${name} will retry`,
      );
      await (failed ? giveUp(row) : retry(row));
      return true;
    }
    await db.withSystem((tx) => channel.settle(tx, row, outcome.kind));
    log.info(
      fields,
      outcome.kind === 'sent' ? `${name} sent` : `${name} address gone for good, removed`,
    );
    return true;
  }

  // Rows done with (their words already emptied) go after a week, looked for once an hour.
  let sweptAt = 0;
  const sweep = async () => {
    if (Date.now() - sweptAt < 3_600_000) return;
    sweptAt = Date.now();
    const doneAt = channel.doneAt ?? sql`failed_at`;
    await db.withSystem((tx) =>
      tx.execute(sql`delete from ${table} where ${doneAt} < now() - interval '7 days'`),
    );
  };

  async function run() {
    while (!stopped) {
      pending = false;
      let worked = false;
      try {
        const before = options.beforeEach;
        await before?.run().catch((error: unknown) => {
          if (!stopped) log.warn({ code: failureCode(error) }, before.failed);
        });
        worked = await deliverOne();
        if (!worked) await sweep();
      } catch (error) {
        if (!stopped)
          log.warn({ code: failureCode(error) }, `${name} worker could not reach the database`);
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
  const unlisten = await db.listen(channel.notifyChannel, {
    onPayload: nudge,
    onReconnect: nudge,
  });
  const running = run();
  return {
    nudge,
    stop: async () => {
      stopped = true;
      wake?.();
      await running;
      await unlisten();
      channel.close?.();
    },
  };
}

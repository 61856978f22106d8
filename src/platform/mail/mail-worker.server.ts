import { sql } from 'drizzle-orm';
import type { Database } from '../db/database.ts';
import {
  startOutboxWorker,
  type OutboxChannel,
  type OutboxWorker,
  type WorkerLog,
} from '../outbox/outbox-worker.server.ts';
import { OUTBOX_CHANNEL } from './queue-mail.server.ts';
import type { MailTransport } from './transport.server.ts';

export interface MailWorkerOptions {
  db: Database;
  transport: MailTransport;
  log: WorkerLog;
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

export type MailWorker = OutboxWorker;

interface Claimed {
  id: string;
  kind: string;
  recipient: string;
  subject: string;
  body_text: string;
  list_unsubscribe: string | null;
  attempts: number;
}

/** Once a mail is sent or given up on, its text and address are emptied (a reset link is a secret). */
const forget = sql`body_text = '', recipient = '', list_unsubscribe = null`;

/** The mail channel of the outbox worker: the `outbox` table, sent by `transport`. */
export function mailChannel(transport: MailTransport): OutboxChannel<Claimed> {
  return {
    name: 'mail',
    table: 'outbox',
    notifyChannel: OUTBOX_CHANNEL,
    // Sent rows stay (emptied) for a week.
    waiting: sql`sent_at is null`,
    read: sql`select id, kind, recipient, subject, body_text, list_unsubscribe, attempts from claimed`,
    send: async (row) => {
      await transport.deliver({
        id: row.id,
        to: row.recipient,
        subject: row.subject,
        text: row.body_text,
        listUnsubscribe: row.list_unsubscribe,
      });
      return { kind: 'sent' };
    },
    settle: (tx, row) =>
      tx.execute(sql`update outbox set locked_until = null, sent_at = now(), ${forget}
        where id = ${row.id} and attempts = ${row.attempts} and sent_at is null`),
    forgetOnGiveUp: forget,
    doneAt: sql`coalesce(sent_at, failed_at)`,
    logFields: (row) => ({ mailId: row.id, kind: row.kind }),
    close: () => transport.close(),
  };
}

/**
 * Delivers the outbox, one message at a time, in every server (decision 080), through the one
 * outbox worker: a row is claimed, sent, then marked sent only if this claim still holds it. A
 * failure waits longer each time; after `maxAttempts` it stops and is logged (by id and kind only).
 */
export function startMailWorker(options: MailWorkerOptions): Promise<MailWorker> {
  const { transport, beforeDelivery, ...worker } = options;
  return startOutboxWorker(mailChannel(transport), {
    ...worker,
    ...(beforeDelivery
      ? { beforeEach: { run: beforeDelivery, failed: 'reminders could not be looked at' } }
      : {}),
  });
}

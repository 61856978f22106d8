import { sql } from 'drizzle-orm';
import { asSystem, type Tx } from '../db/database.ts';
import { outbox } from '../db/outbox.tables.server.ts';

export const OUTBOX_CHANNEL = 'kintsugi_outbox';

export interface MailToQueue {
  /** A word of ours naming what the mail is for; it appears in logs, so never a person's text. */
  kind: string;
  to: string;
  subject: string;
  text: string;
  /** A one-click unsubscribe address (RFC 8058), for mail a person asked for. */
  listUnsubscribe?: string;
}

/**
 * Queues a mail in the caller's transaction: it goes out only if that transaction commits, and
 * the workers are woken when it does. `tx` must run as kintsugi_system (a signed-in request
 * wraps this call in `asSystem`, see `queueMailAsSystem`).
 */
export async function queueMail(tx: Tx, mail: MailToQueue): Promise<void> {
  await tx.insert(outbox).values({
    kind: mail.kind,
    recipient: mail.to,
    subject: mail.subject,
    bodyText: mail.text,
    listUnsubscribe: mail.listUnsubscribe ?? null,
  });
  await tx.execute(sql`select pg_notify(${OUTBOX_CHANNEL}, '')`);
}

/** For a signed-in request's transaction (kintsugi_app, which cannot see the outbox). */
export function queueMailAsSystem(tx: Tx, mail: MailToQueue): Promise<void> {
  return asSystem(tx, () => queueMail(tx, mail));
}

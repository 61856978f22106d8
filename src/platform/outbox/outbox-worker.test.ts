import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../db/database.ts';
import { mailChannel } from '../mail/mail-worker.server.ts';
import { queueMail } from '../mail/queue-mail.server.ts';
import type { MailTransport, OutgoingMail } from '../mail/transport.server.ts';
import { openTestDatabase, type TestDatabase } from '../testing/test-db.ts';
import { startOutboxWorker } from './outbox-worker.server.ts';

// The shared machinery through the mail channel with a transport held in the hand: a claim whose
// lease ran out settles nothing, so the row's state is the one the newer claim wrote.
let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(() => t.close());

const quiet = { info: () => {}, warn: () => {} };

/** A transport whose sends wait until `release()`, then fail (`hold`), or go at once. */
function stubTransport(hold: boolean) {
  const sent: OutgoingMail[] = [];
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  let started!: () => void;
  const first = new Promise<void>((resolve) => (started = resolve));
  const transport: MailTransport = {
    describe: 'stub',
    async deliver(mail) {
      started();
      if (hold) {
        await held;
        throw Object.assign(new Error('too late'), { responseCode: 451 });
      }
      sent.push(mail);
    },
    close: () => {},
  };
  return { transport, sent, release, first };
}

describe('the outbox worker', () => {
  it('settles a row only while its own claim holds it', async () => {
    const slow = stubTransport(true);
    const fast = stubTransport(false);
    await t.db.withSystem((tx) =>
      queueMail(tx, { kind: 'test', to: 'a@example.test', subject: 'Once', text: 'Body' }),
    );
    const a = await startOutboxWorker(mailChannel(slow.transport), {
      db: t.db,
      log: quiet,
      pollMs: 50,
      leaseSeconds: 0.3,
      backoff: () => 3600,
    });
    await slow.first; // a holds the claim, and its lease runs out while it waits
    // b claims it once a's lease has ended, and sends it.
    const b = await startOutboxWorker(mailChannel(fast.transport), {
      db: t.db,
      log: quiet,
      pollMs: 50,
      backoff: () => 0,
    });
    for (let i = 0; i < 100 && fast.sent.length === 0; i++)
      await new Promise((r) => setTimeout(r, 50));
    expect(fast.sent.map((m) => m.subject)).toEqual(['Once']);
    // a's send now fails late: its retry must not undo the send b recorded.
    slow.release();
    await a.stop();
    await b.stop();
    const rows = await t.db.withOwner((tx) =>
      queryRows<{ attempts: number; sent: boolean; waits: boolean; body_text: string }>(
        tx,
        sql`select attempts, sent_at is not null as sent, locked_until is not null as waits, body_text
            from outbox`,
      ),
    );
    expect(rows).toEqual([{ attempts: 2, sent: true, waits: false, body_text: '' }]);
  });
});

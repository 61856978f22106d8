import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { simpleParser } from 'mailparser';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../db/database.ts';
import { openTestDatabase, type TestDatabase } from '../testing/test-db.ts';
import { startSmtpReceiver, type SmtpReceiver } from '../testing/smtp-receiver.ts';
import { startMailWorker, type MailWorker } from './mail-worker.server.ts';
import { queueMail } from './queue-mail.server.ts';
import { fileTransport, smtpTransport } from './transport.server.ts';

const FROM = 'Kintsugi <hello@kintsugi.test>';
const quiet = { info: () => {}, warn: () => {} };
let t: TestDatabase;
let smtp: SmtpReceiver;
let workers: MailWorker[] = [];

beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(() => t.close());
afterEach(async () => {
  for (const worker of workers) await worker.stop();
  workers = [];
  await smtp?.close();
  await t.db.withOwner((tx) => tx.execute(sql`delete from outbox`));
});

async function worker(options: { backoff?: (n: number) => number; leaseSeconds?: number } = {}) {
  const started = await startMailWorker({
    db: t.db,
    transport: smtpTransport(smtp.url, FROM),
    log: quiet,
    pollMs: 100,
    ...options,
  });
  workers.push(started);
  return started;
}

const queue = (n: number, to = 'someone@example.test') =>
  t.db.withSystem(async (tx) => {
    for (let i = 0; i < n; i++)
      await queueMail(tx, { kind: 'test', to, subject: `Note ${i}`, text: `Body ${i}` });
  });

const rows = () =>
  t.db.withOwner((tx) =>
    queryRows<{
      attempts: number;
      sent: boolean;
      body_text: string;
      recipient: string;
      failed: boolean;
    }>(
      tx,
      sql`select attempts, sent_at is not null as sent, failed_at is not null as failed, body_text, recipient from outbox order by subject`,
    ),
  );

describe('the mail outbox', () => {
  it('sends a mail once its transaction commits, and keeps no copy of its text', async () => {
    smtp = await startSmtpReceiver();
    await worker();
    await queue(1, 'reader@example.test');
    const [mail] = await smtp.waitFor(1);
    expect(mail!.from?.text).toBe('"Kintsugi" <hello@kintsugi.test>');
    expect(mail!.to).toMatchObject({ text: 'reader@example.test' });
    expect(mail!.subject).toBe('Note 0');
    expect(mail!.text?.trim()).toBe('Body 0');
    expect(mail!.messageId).toMatch(/@kintsugi\.test>$/);
    await new Promise((r) => setTimeout(r, 200));
    expect(await rows()).toEqual([
      { attempts: 1, sent: true, failed: false, body_text: '', recipient: '' },
    ]);
  });

  it('drops rows a week after they were sent', async () => {
    smtp = await startSmtpReceiver();
    await queue(2);
    await t.db.withOwner((tx) =>
      tx.execute(
        sql`update outbox set sent_at = now() - interval '8 days', body_text = '', recipient = '' where subject = 'Note 0'`,
      ),
    );
    await worker();
    await smtp.waitFor(1);
    await new Promise((r) => setTimeout(r, 300));
    expect(await rows()).toMatchObject([{ attempts: 1, sent: true }]);
    expect(smtp.received.map((m) => m.subject)).toEqual(['Note 1']);
  });

  it('sends nothing when the cause rolls back', async () => {
    smtp = await startSmtpReceiver();
    await worker();
    await expect(
      t.db.withSystem(async (tx) => {
        await queueMail(tx, {
          kind: 'test',
          to: 'x@example.test',
          subject: 'Never',
          text: 'Never',
        });
        throw new Error('the cause failed');
      }),
    ).rejects.toThrow('the cause failed');
    await queue(1);
    await smtp.waitFor(1);
    await new Promise((r) => setTimeout(r, 300));
    expect(smtp.received.map((m) => m.subject)).toEqual(['Note 0']);
  });

  it('tries again after a refusal, and delivers once', async () => {
    smtp = await startSmtpReceiver();
    smtp.refuseNext(2);
    await worker({ backoff: () => 0 });
    await queue(1);
    await smtp.waitFor(1);
    await new Promise((r) => setTimeout(r, 300));
    expect(smtp.received).toHaveLength(1);
    expect(await rows()).toMatchObject([{ attempts: 3, sent: true }]);
  });

  it('logs a refusal by id, kind and code, never the address or the text', async () => {
    smtp = await startSmtpReceiver();
    smtp.refuseNext(1);
    const lines: { level: string; obj: object; msg: string }[] = [];
    workers.push(
      await startMailWorker({
        db: t.db,
        transport: smtpTransport(smtp.url, FROM),
        log: {
          info: (obj, msg) => void lines.push({ level: 'info', obj, msg }),
          warn: (obj, msg) => void lines.push({ level: 'warn', obj, msg }),
        },
        pollMs: 50,
        backoff: () => 0,
      }),
    );
    await queue(1, 'hidden.reader@example.test');
    await smtp.waitFor(1);
    await new Promise((r) => setTimeout(r, 200));
    expect(lines.map((l) => [l.level, l.msg])).toEqual([
      ['warn', 'mail will retry'],
      ['info', 'mail sent'],
    ]);
    expect(lines[0]!.obj).toMatchObject({ kind: 'test', attempt: 1, code: expect.any(String) });
    const logged = JSON.stringify(lines);
    for (const secret of ['hidden.reader', 'Body 0', 'Note 0'])
      expect(logged).not.toContain(secret);
  });

  it('gives up after the last try and forgets the text', async () => {
    smtp = await startSmtpReceiver();
    smtp.refuseNext(100);
    workers.push(
      await startMailWorker({
        db: t.db,
        transport: smtpTransport(smtp.url, FROM),
        log: quiet,
        pollMs: 50,
        backoff: () => 0,
        maxAttempts: 3,
      }),
    );
    await queue(1);
    for (let i = 0; i < 100 && !(await rows())[0]?.failed; i++)
      await new Promise((r) => setTimeout(r, 50));
    expect(await rows()).toEqual([
      { attempts: 3, sent: false, failed: true, body_text: '', recipient: '' },
    ]);
  });

  it('delivers each mail exactly once with two servers on one database', async () => {
    smtp = await startSmtpReceiver();
    await queue(30);
    await Promise.all([worker(), worker()]);
    await smtp.waitFor(30, 20_000);
    await new Promise((r) => setTimeout(r, 500));
    const subjects = smtp.received.map((m) => m.subject).sort();
    expect(subjects).toHaveLength(30);
    expect(new Set(subjects).size).toBe(30);
    expect((await rows()).every((r) => r.sent && r.attempts === 1)).toBe(true);
  });

  it('survives a restart: queued while no server ran, or claimed by one that died mid-send', async () => {
    smtp = await startSmtpReceiver();
    await queue(2);
    // A server claimed the first one and died before it sent it: its lease is about to end.
    await t.db.withOwner((tx) =>
      tx.execute(sql`update outbox set attempts = 1, locked_until = now() + interval '300 milliseconds'
                     where subject = 'Note 0'`),
    );
    await worker();
    await smtp.waitFor(2, 10_000);
    await new Promise((r) => setTimeout(r, 300));
    expect(smtp.received.map((m) => m.subject).sort()).toEqual(['Note 0', 'Note 1']);
    expect(await rows()).toMatchObject([
      { attempts: 2, sent: true },
      { attempts: 1, sent: true },
    ]);
  });
});

describe('mail without a mail server', () => {
  it('is written whole to <dir>/<id>.eml, and a retry writes the same file', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'kintsugi-outbox-')), 'outbox');
    try {
      const transport = fileTransport(dir, FROM);
      const mail = {
        id: '6f1d3a52-0c55-4b8e-9a55-1d2f3a4b5c6d',
        to: 'a@example.test',
        subject: 'Hello',
        text: 'Line one',
      };
      await transport.deliver(mail);
      await transport.deliver(mail);
      expect(readdirSync(dir)).toEqual([`${mail.id}.eml`]);
      const parsed = await simpleParser(readFileSync(join(dir, `${mail.id}.eml`)));
      expect(parsed.subject).toBe('Hello');
      expect(parsed.to).toMatchObject({ text: 'a@example.test' });
      expect(parsed.text?.trim()).toBe('Line one');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

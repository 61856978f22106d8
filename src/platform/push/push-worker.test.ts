import { createECDH, randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../db/database.ts';
import { startPushReceiver, type PushReceiver } from '../testing/push-receiver.ts';
import { openTestDatabase, type TestDatabase } from '../testing/test-db.ts';
import { startPushWorker, type PushWorker } from './push-worker.server.ts';
import { queuePush } from './queue-push.server.ts';
import { sendPush } from './send-push.server.ts';
import { parseEnv } from '../config/env.ts';
import { pushSubject, vapidKeys } from './vapid-keys.server.ts';

const SUBJECT = 'mailto:care@kintsugi.test';
let t: TestDatabase;
let receiver: PushReceiver;
let workers: PushWorker[] = [];
const warnings: object[] = [];
const log = { info: () => {}, warn: (obj: object) => void warnings.push(obj) };

beforeAll(async () => {
  t = await openTestDatabase();
  receiver = await startPushReceiver();
});
afterAll(async () => {
  await receiver.close();
  await t.close();
});
afterEach(async () => {
  for (const worker of workers) await worker.stop();
  workers = [];
  receiver.received.length = 0;
  warnings.length = 0;
  await t.db.withOwner((tx) => tx.execute(sql`delete from push_outbox`));
});

async function worker(options: { maxAttempts?: number } = {}) {
  const started = await startPushWorker({
    db: t.db,
    subject: SUBJECT,
    log,
    pollMs: 50,
    backoff: () => 0,
    ...options,
  });
  workers.push(started);
  return started;
}

let n = 0;
/** A person with one device subscribed to the receiver, made straight in the database. */
async function personWithDevice() {
  const name = `device-${++n}`;
  const device = receiver.subscribe(name);
  const personId = await t.db.withSystem(async (tx) => {
    const [row] = await queryRows<{ id: string }>(
      tx,
      sql`insert into people (email, display_name, password_hash)
          values (${`p${n}.${Date.now()}@example.test`}, 'P', 'x') returning id`,
    );
    await tx.execute(sql`insert into push_subscriptions (person_id, endpoint, p256dh, auth)
      values (${row!.id}, ${device.endpoint}, ${device.keys.p256dh}, ${device.keys.auth})`);
    return row!.id;
  });
  return { personId, name, device };
}

const outbox = () =>
  t.db.withOwner((tx) =>
    queryRows<{ attempts: number; failed: boolean }>(
      tx,
      sql`select attempts, failed_at is not null as failed from push_outbox order by created_at`,
    ),
  );

describe('the push outbox', () => {
  it('makes one VAPID key pair and keeps it', async () => {
    const [first, again] = await Promise.all([vapidKeys(t.db), vapidKeys(t.db)]);
    expect(first).toEqual(again);
    const [row] = await t.db.withOwner((tx) =>
      queryRows<{ n: number }>(tx, sql`select count(*)::int as n from push_keys`),
    );
    expect(row!.n).toBe(1);
    expect(Buffer.from(first.publicKey, 'base64url')).toHaveLength(65);
  });

  it('pushes nothing when the cause rolls back', async () => {
    const { personId } = await personWithDevice();
    await worker();
    await t.db
      .withSystem(async (tx) => {
        await queuePush(tx, { personId });
        throw new Error('the cause failed');
      })
      .catch(() => {});
    await new Promise((r) => setTimeout(r, 300));
    expect(receiver.received).toHaveLength(0);
    expect(await outbox()).toEqual([]);
  });

  it('survives a restart: a push claimed by a server that died mid-send goes once its lease ends', async () => {
    const { personId, name } = await personWithDevice();
    await t.db.withSystem((tx) => queuePush(tx, { personId }));
    await t.db.withOwner((tx) =>
      tx.execute(
        sql`update push_outbox set attempts = 1, locked_until = now() + interval '300 milliseconds'`,
      ),
    );
    await worker();
    const [push] = await receiver.waitFor(1);
    expect(push!.name).toBe(name);
    await new Promise((r) => setTimeout(r, 300));
    expect(receiver.received).toHaveLength(1);
    expect(await outbox()).toEqual([]);
  });

  it('gives up after the last try, and logs no address', async () => {
    const { personId, name, device } = await personWithDevice();
    receiver.answer(name, 500, 3);
    await worker({ maxAttempts: 3 });
    await t.db.withSystem((tx) => queuePush(tx, { personId }));
    for (let i = 0; i < 100 && !(await outbox())[0]?.failed; i++)
      await new Promise((r) => setTimeout(r, 50));
    expect(await outbox()).toEqual([{ attempts: 3, failed: true }]);
    expect(receiver.received).toHaveLength(0);
    expect(warnings.map((w) => (w as { code?: string }).code)).toEqual(['500', '500', '500']);
    expect(JSON.stringify(warnings)).not.toContain(device.endpoint);
  });
});

describe('the VAPID subject', () => {
  it('is PUSH_SUBJECT, else the address of MAIL_FROM as mailto:', () => {
    expect(pushSubject(parseEnv({}))).toBe('mailto:kintsugi@localhost');
    expect(pushSubject(parseEnv({ MAIL_FROM: 'Kintsugi <hello@kintsugi.example>' }))).toBe(
      'mailto:hello@kintsugi.example',
    );
    expect(pushSubject(parseEnv({ PUSH_SUBJECT: 'https://kintsugi.example/contact' }))).toBe(
      'https://kintsugi.example/contact',
    );
    expect(() => parseEnv({ PUSH_SUBJECT: 'ops@kintsugi.example' })).toThrow(/PUSH_SUBJECT/);
  });
});

describe('the test push receiver', () => {
  it('refuses what was not encrypted to its keys or not signed by the key it names', async () => {
    const keys = await vapidKeys(t.db);
    const mine = receiver.subscribe('mine');
    const other = createECDH('prime256v1');
    const stranger = {
      ...mine,
      keys: {
        p256dh: other.generateKeys().toString('base64url'),
        auth: randomBytes(16).toString('base64url'),
      },
    };
    // Encrypted to someone else's keys: it cannot be read.
    expect(
      await sendPush({
        target: { endpoint: mine.endpoint, ...stranger.keys },
        payload: 'x',
        keys,
        subject: SUBJECT,
      }),
    ).toEqual({ kind: 'retry', code: '400' });
    // Signed with one key while naming another.
    const forged = {
      ...keys,
      publicKey: createECDH('prime256v1').generateKeys().toString('base64url'),
    };
    expect(
      await sendPush({
        target: { endpoint: mine.endpoint, ...mine.keys },
        payload: 'x',
        keys: forged,
        subject: SUBJECT,
      }),
    ).toEqual({ kind: 'retry', code: '400' });
    expect(receiver.rejected).toHaveLength(2);
    expect(
      await sendPush({
        target: { endpoint: mine.endpoint, ...mine.keys },
        payload: 'hello',
        keys,
        subject: SUBJECT,
      }),
    ).toEqual({ kind: 'sent' });
    expect(receiver.received.map((r) => r.payload)).toEqual(['hello']);
    receiver.rejected.length = 0;
  });
});

// Web Push as a second reminder channel (decision 087): subscribe with the keys of a push
// service of our own on loopback, cause a reminder, and read what a device would show.
import { createHash, randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { queryRows } from '../platform/db/database.ts';
import { smtpTransport } from '../platform/mail/transport.server.ts';
import { startPushWorker } from '../platform/push/push-worker.server.ts';
import { remind } from '../platform/reminders/remind.server.ts';
import { startPushReceiver, type PushReceiver } from '../platform/testing/push-receiver.ts';
import { startSmtpReceiver, type SmtpReceiver } from '../platform/testing/smtp-receiver.ts';
import {
  startTestServer,
  type TestPerson,
  type TestServer,
} from '../platform/testing/test-server.ts';
import { lettersModule } from '../features/letters/letters.routes.server.ts';
import { remindersModule } from '../features/reminders/reminders.routes.server.ts';
import { deviceIdFromDigest } from '../features/reminders/reminders.schema.ts';

const ORIGIN = 'https://kintsugi.test';
const PLANTED = 'Quince Harbour Vow';
const withOrigin = { origin: ORIGIN };
let server: TestServer;
let smtp: SmtpReceiver;
let pushes: PushReceiver;
let names = 0;

beforeAll(async () => {
  smtp = await startSmtpReceiver();
  pushes = await startPushReceiver();
  server = await startTestServer({
    features: [lettersModule, remindersModule],
    env: { PUBLIC_ORIGIN: ORIGIN, PUSH_SUBJECT: 'mailto:care@kintsugi.test' },
    mail: { transport: smtpTransport(smtp.url, 'Kintsugi <hello@kintsugi.test>'), pollMs: 50 },
    push: { pollMs: 50, backoff: () => 0 },
  });
});
afterAll(async () => {
  await server.close();
  await smtp.close();
  await pushes.close();
});
beforeEach(() => {
  pushes.received.length = 0;
  smtp.received.length = 0;
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const deviceId = (endpoint: string) =>
  deviceIdFromDigest(createHash('sha256').update(endpoint).digest());
const couple = () => server.couple([`Avery ${PLANTED}`, 'Bay']);

async function subscribe(person: TestPerson, name = `device-${++names}`) {
  const subscription = pushes.subscribe(name);
  const res = await person.client.request(
    'POST',
    '/api/v1/me/push-subscriptions',
    subscription,
    withOrigin,
  );
  expect(res.status, res.text).toBe(201);
  expect(res.body).toEqual({ id: deviceId(subscription.endpoint) });
  return { name, ...subscription };
}

async function wantLetters(person: TestPerson) {
  const res = await person.client.request(
    'PATCH',
    '/api/v1/me/reminders',
    { kinds: { letter: true } },
    withOrigin,
  );
  expect(res.status, res.text).toBe(200);
  return res.body;
}

async function sendLetter(from: TestPerson) {
  const res = await from.client.request(
    'POST',
    '/api/v1/letters',
    { body: `About ${PLANTED}, from the heart.`, send: 'now' },
    withOrigin,
  );
  expect(res.status, res.text).toBe(201);
}

/**
 * Waits until nothing is due for these people and no push or mail is left to go. A push or mail
 * leaves its outbox only once the receiver took it, so then every one there will be is in.
 */
async function settled(...ids: string[]) {
  for (let i = 0; i < 200; i++) {
    const [row] = await server.db.withSystem((tx) =>
      queryRows<{ n: number }>(
        tx,
        sql`select ((select count(*) from reminders_due where person_id in ${ids})
                 + (select count(*) from push_outbox where failed_at is null)
                 + (select count(*) from outbox where sent_at is null and failed_at is null))::int as n`,
      ),
    );
    if (row!.n === 0) return;
    await sleep(50);
  }
  throw new Error('the workers did not settle');
}

const devicesOf = (id: string) =>
  server.db.withSystem((tx) =>
    queryRows<{ endpoint: string }>(
      tx,
      sql`select endpoint from push_subscriptions where person_id = ${id}`,
    ),
  );

describe('push reminders', () => {
  it('bring one encrypted, content-free notification to each device, once a day per kind', async () => {
    const [a, b] = await couple();
    const phone = await subscribe(b);
    const laptop = await subscribe(b);
    const settings = await wantLetters(b);
    expect(settings.channels).toEqual({ email: false, push: true });

    await sendLetter(a);
    const got = await pushes.waitFor(2);
    expect(got.map((p) => p.name).sort()).toEqual([phone.name, laptop.name].sort());
    for (const push of got) {
      expect(JSON.parse(push.payload)).toEqual({
        title: 'Kintsugi',
        body: 'Something is waiting for you.',
      });
      for (const secret of [PLANTED, 'Quince', 'Avery', 'Bay', 'letter', 'heart'])
        expect(push.payload).not.toContain(secret);
      expect(push.vapid.sub).toBe('mailto:care@kintsugi.test');
      expect(push.headers.topic).toBe('kintsugi');
    }
    // Every push is signed with the one key browsers subscribe with.
    const key = (await b.client.get('/api/v1/push/key')).body.publicKey;
    expect(got[0]!.vapid.publicKey).toBe(key);

    await sendLetter(a);
    await settled(b.id);
    expect(pushes.received).toHaveLength(2);
    expect(smtp.received).toHaveLength(0); // email stayed off
    expect(pushes.rejected).toEqual([]);
    expect(server.logs.join('\n')).not.toContain(phone.endpoint);
  });

  it('arrive once each with two workers on one database', async () => {
    const second = await startPushWorker({
      db: server.db,
      subject: 'mailto:care@kintsugi.test',
      log: { info: () => {}, warn: () => {} },
      pollMs: 50,
    });
    try {
      const people: TestPerson[] = [];
      for (let i = 0; i < 6; i++) {
        const [, b] = await couple();
        await subscribe(b);
        await subscribe(b);
        await wantLetters(b);
        people.push(b);
      }
      await server.db.withSystem(async (tx) => {
        for (const person of people) await remind(tx, { personId: person.id, kind: 'letter' });
      });
      await pushes.waitFor(12);
      await settled(...people.map((p) => p.id));
      const counts = new Map<string, number>();
      for (const push of pushes.received) counts.set(push.name, (counts.get(push.name) ?? 0) + 1);
      expect(counts.size).toBe(12);
      expect([...counts.values()].every((n) => n === 1)).toBe(true);
    } finally {
      await second.stop();
    }
  });

  it('forget a device the push service calls gone (410), and retry one that is busy', async () => {
    const [a, b] = await couple();
    const gone = await subscribe(b);
    const busy = await subscribe(b);
    await wantLetters(b);
    pushes.answer(gone.name, 410);
    pushes.answer(busy.name, 503, 2);
    await sendLetter(a);
    const [push] = await pushes.waitFor(1);
    expect(push!.name).toBe(busy.name);
    await settled(b.id);
    expect((await devicesOf(b.id)).map((d) => d.endpoint)).toEqual([busy.endpoint]);
    expect(pushes.received).toHaveLength(1);
  });

  it('go by email and push alike when both are on, and never in solo mode', async () => {
    const [a, b] = await couple();
    await subscribe(b);
    await b.client.request(
      'PATCH',
      '/api/v1/me/reminders',
      { channels: { email: true } },
      withOrigin,
    );
    await wantLetters(b);
    await sendLetter(a);
    await pushes.waitFor(1);
    await smtp.waitFor(1);

    const [c, d] = await couple();
    await subscribe(d);
    await wantLetters(d);
    await server.db.withSystem((tx) =>
      tx.execute(sql`insert into solo_modes (person_id) values (${d.id})`),
    );
    pushes.received.length = 0;
    await sendLetter(c);
    await settled(d.id);
    expect(pushes.received).toHaveLength(0);
  });

  it('let me remove my own device, and no one else; push goes off with the last one', async () => {
    const [a, b] = await couple();
    const device = await subscribe(b);
    const id = deviceId(device.endpoint);
    const partner = await a.client.request(
      'DELETE',
      `/api/v1/me/push-subscriptions/${id}`,
      undefined,
      withOrigin,
    );
    expect(partner.status).toBe(404);
    const missing = await b.client.request(
      'DELETE',
      `/api/v1/me/push-subscriptions/${randomUUID()}`,
      undefined,
      withOrigin,
    );
    expect(missing.status).toBe(404);
    expect(missing.text).toBe(partner.text);
    const mine = await b.client.request(
      'DELETE',
      `/api/v1/me/push-subscriptions/${id}`,
      undefined,
      withOrigin,
    );
    expect(mine.status).toBe(204);
    expect(await devicesOf(b.id)).toEqual([]);
    expect((await b.client.get('/api/v1/me/reminders')).body.channels.push).toBe(false);
  });

  it('give a shared browser to whoever subscribed it last', async () => {
    const [a, b] = await couple();
    const device = await subscribe(a, `shared-${++names}`);
    const res = await b.client.request(
      'POST',
      '/api/v1/me/push-subscriptions',
      { endpoint: device.endpoint, keys: device.keys },
      withOrigin,
    );
    expect(res.status).toBe(201);
    expect(await devicesOf(a.id)).toEqual([]);
    expect((await devicesOf(b.id)).map((d) => d.endpoint)).toEqual([device.endpoint]);
  });

  it('refuse addresses that are not a public push service, and keys that are not keys', async () => {
    const [, b] = await couple();
    const good = pushes.subscribe(`bad-${++names}`);
    const bodies = [
      { ...good, endpoint: 'http://push.example/abc' },
      { ...good, endpoint: 'https://10.0.0.7/push' },
      { ...good, endpoint: 'https://192.168.1.1/push' },
      { ...good, endpoint: 'ftp://push.example/abc' },
      { ...good, endpoint: 'not a url' },
      { ...good, keys: { ...good.keys, p256dh: `B${'A'.repeat(86)}` } },
      { ...good, keys: { ...good.keys, auth: 'short' } },
      { ...good, keys: { p256dh: good.keys.p256dh } },
      { ...good, personId: b.id },
    ];
    for (const body of bodies) {
      const res = await b.client.request('POST', '/api/v1/me/push-subscriptions', body, withOrigin);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.message).toBeTruthy();
    }
    expect(await devicesOf(b.id)).toEqual([]);
    expect((await b.client.get('/api/v1/me/reminders')).body.channels.push).toBe(false);
  });
});

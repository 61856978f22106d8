// Reminders of moments in time (decision 083): a promise falling due, an agreement's review day,
// the weekly check-in opening, a scheduled letter arriving. The sweep is called with an explicit
// `now` (no test waits for a clock); the server's own mail worker then sends what it queued, to
// a real SMTP server on loopback.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { agreementsModule } from '../features/agreements/agreements.routes.server.ts';
import { checkinsModule } from '../features/checkins/checkins.routes.server.ts';
import { lettersModule } from '../features/letters/letters.routes.server.ts';
import { promisesModule } from '../features/promises/promises.routes.server.ts';
import { remindersModule } from '../features/reminders/reminders.routes.server.ts';
import { queryRows } from '../platform/db/database.ts';
import { smtpTransport } from '../platform/mail/transport.server.ts';
import { sweepReminders } from '../platform/reminders/sweep-reminders.server.ts';
import { startSmtpReceiver, type SmtpReceiver } from '../platform/testing/smtp-receiver.ts';
import {
  startTestServer,
  type TestPerson,
  type TestServer,
} from '../platform/testing/test-server.ts';
import { addDays, daySpan, localDay } from '../platform/time/days.ts';
import type { ReminderKind } from '../content/reminders.ts';

const ORIGIN = 'https://kintsugi.test';
const PLANTED = 'Juniper Harbour Vow';
const HOUR = 3_600_000;
const features = [promisesModule, agreementsModule, checkinsModule, lettersModule, remindersModule];
const sources = features.flatMap((f) => (f.dueReminders ? [f.dueReminders] : []));
let server: TestServer;
let smtp: SmtpReceiver;

beforeAll(async () => {
  smtp = await startSmtpReceiver();
  server = await startTestServer({
    features,
    // Only the sweeps the tests call (the server's own runs once at start, then after an hour).
    env: { PUBLIC_ORIGIN: ORIGIN, REMINDER_SWEEP_SECONDS: '3600' },
    mail: { transport: smtpTransport(smtp.url, 'Kintsugi <hello@kintsugi.test>'), pollMs: 50 },
  });
});
afterAll(async () => {
  await server.close();
  await smtp.close();
});
beforeEach(() => {
  smtp.received.length = 0;
  smtp.raw.length = 0;
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const send = (p: TestPerson, method: 'POST' | 'PATCH' | 'PUT', url: string, body: unknown) =>
  p.client.request(method, url, body, { origin: ORIGIN });
const sweep = (now: Date) => sweepReminders({ db: server.db, sources, now });
const at = (ms: number) => new Date(Date.now() + ms);

const couple = () => server.couple([`Avery ${PLANTED}`, 'Bay']);

async function want(person: TestPerson, kinds: Partial<Record<ReminderKind, boolean>>, extra = {}) {
  const res = await send(person, 'PATCH', '/api/v1/me/reminders', {
    channels: { email: true },
    kinds,
    ...extra,
  });
  expect(res.status, res.text).toBe(200);
}

async function makePromise(person: TestPerson, dueAt: Date) {
  const res = await send(person, 'POST', '/api/v1/promises', {
    text: `I will honour the ${PLANTED}`,
    dueAt: dueAt.toISOString(),
  });
  expect(res.status, res.text).toBe(201);
  return res.body as { id: string; version: number };
}

/**
 * Waits until the worker has looked at everything waiting (nothing due for `id`, nothing unsent).
 * A mail leaves the outbox only once the receiver took it, so then every mail there will be is in.
 */
async function settled(id: string) {
  for (let i = 0; i < 100; i++) {
    const [row] = await server.db.withSystem((tx) =>
      queryRows<{ n: number }>(
        tx,
        sql`select ((select count(*) from reminders_due where person_id = ${id})
                 + (select count(*) from outbox where sent_at is null and failed_at is null))::int as n`,
      ),
    );
    if (row!.n === 0) return;
    await sleep(50);
  }
  throw new Error('the worker did not settle');
}

const momentsOf = (id: string) =>
  server.db.withSystem((tx) =>
    queryRows<{ kind: string; subject: string }>(
      tx,
      sql`select kind, subject from reminder_moments where person_id = ${id}`,
    ),
  );

/** One mail, to `person`, that says nothing but that something is waiting. */
async function expectOneQuietMail(person: TestPerson, secrets: string[] = []) {
  const [mail] = await smtp.waitFor(1);
  await settled(person.id);
  expect(smtp.received).toHaveLength(1);
  expect(mail!.to).toMatchObject({ text: person.email });
  expect(mail!.subject).toBe('Kintsugi');
  expect(mail!.text).toContain('Something is waiting for you in Kintsugi.');
  for (const secret of [PLANTED, 'Juniper', 'Avery', 'Bay', ...secrets])
    expect(smtp.raw[0]).not.toContain(secret);
  return smtp.raw[0]!;
}

describe('reminders of moments in time', () => {
  it('remind the maker once when a promise falls due, and never say which', async () => {
    const [, b] = await couple();
    await want(b, { promise: true });
    const promise = await makePromise(b, at(HOUR));
    // A promise kept before its time brings nothing.
    const kept = await makePromise(b, at(HOUR));
    expect(
      (await send(b, 'POST', `/api/v1/promises/${kept.id}/actions`, { action: 'keep', version: 1 }))
        .status,
    ).toBe(200);

    expect(await sweep(at(HOUR / 2))).toBe(0);
    expect(await sweep(at(HOUR + 60_000))).toBe(1);
    const raw = await expectOneQuietMail(b, ['promise', 'honour']);
    console.log(`A reminder for a promise that fell due, as received:\n${raw}`);
    expect(await momentsOf(b.id)).toEqual([{ kind: 'promise', subject: promise.id }]);

    // Remembered: not again, not even on another day (where one-a-day would let it through).
    expect(await sweep(at(HOUR + 120_000))).toBe(0);
    expect(await sweep(at(HOUR + 23 * HOUR))).toBe(0);
    await settled(b.id);
    expect(smtp.received).toHaveLength(1);
  });

  it('reach the person on the first sweep after a restart: the moments are in the database', async () => {
    const [, b] = await couple();
    await want(b, { promise: true });
    await makePromise(b, at(HOUR));
    // No sweep ran while the moment came; the next one, hours later, still finds it.
    expect(await sweep(at(5 * HOUR))).toBe(1);
    await expectOneQuietMail(b);
  });

  it('do not bring back moments that came before the person turned reminders on', async () => {
    const [, b] = await couple();
    await makePromise(b, at(HOUR));
    expect(await sweep(at(HOUR + 60_000))).toBe(0);
    // Reminders turned on an hour after the promise fell due (by the sweep's clock).
    await want(b, { promise: true });
    await server.db.withSystem((tx) =>
      tx.execute(
        sql`update reminder_settings set updated_at = ${at(2 * HOUR).toISOString()}::timestamptz where person_id = ${b.id}`,
      ),
    );
    expect(await sweep(at(2 * HOUR + 60_000))).toBe(0);
  });

  it('remind with two servers sweeping at once exactly once', async () => {
    const [, b] = await couple();
    await want(b, { promise: true });
    const one = await makePromise(b, at(HOUR));
    const two = await makePromise(b, at(HOUR + 1000));
    const now = at(HOUR + 60_000);
    // Two sweepers on one database, each in its own transaction (its own connection on PostgreSQL).
    const counts = await Promise.all([sweep(now), sweep(now), sweep(now), sweep(now)]);
    expect(counts.reduce((a, n) => a + n, 0)).toBe(2);
    expect((await momentsOf(b.id)).map((m) => m.subject).sort()).toEqual([one.id, two.id].sort());
    // Two moments of one kind on one day: one mail.
    await expectOneQuietMail(b);
  });

  it('remind both partners who want it when an agreement in force comes up for review', async () => {
    const [a, b] = await couple();
    await want(b, { review: true });
    await server.db.withSystem((tx) =>
      tx.execute(sql`update people set time_zone = 'Asia/Tokyo' where id = ${b.id}`),
    );
    const tomorrow = addDays(localDay(new Date(), 'Asia/Tokyo'), 1);
    const created = await send(a, 'POST', '/api/v1/agreements', {
      title: `The ${PLANTED}`,
      dailyLife: 'Phones away at dinner.',
      whySafe: 'I feel you are with me.',
      reviewOn: addDays(tomorrow, 1),
    });
    expect(created.status, created.text).toBe(201);
    const id = created.body.id as string;
    // Proposed, not agreed: nothing to review yet.
    const dayStart = daySpan(addDays(tomorrow, 1), 'Asia/Tokyo').startsAt;
    expect(await sweep(new Date(dayStart + 60_000))).toBe(0);
    const yes = await send(b, 'POST', `/api/v1/agreements/${id}/actions`, {
      action: 'accept',
      version: 1,
    });
    expect(yes.status, yes.text).toBe(200);
    expect(await sweep(new Date(dayStart - 60_000))).toBe(0);
    expect(await sweep(new Date(dayStart + 60_000))).toBe(1);
    await expectOneQuietMail(b, ['agreement', 'review', 'Phones']);
    expect(await momentsOf(a.id)).toEqual([]);
  });

  it('remind when the weekly check-in opens, at the start of the day in the person’s own time zone', async () => {
    const [a, b] = await couple();
    await want(b, { weekly: true });
    const zone = 'Pacific/Auckland';
    const next = addDays(localDay(new Date(), zone), 2);
    const weekday = new Date(`${next}T00:00:00Z`).getUTCDay();
    await server.db.withSystem(async (tx) => {
      await tx.execute(sql`update people set time_zone = ${zone} where id = ${b.id}`);
      await tx.execute(
        sql`insert into checkin_settings (couple_id, weekday) select couple_id, ${weekday} from memberships where person_id = ${a.id}`,
      );
    });
    const opens = daySpan(next, zone).startsAt;
    expect(await sweep(new Date(opens - 60_000))).toBe(0);
    expect(await sweep(new Date(opens + 60_000))).toBe(1);
    expect(await momentsOf(b.id)).toEqual([{ kind: 'weekly', subject: next }]);
    await expectOneQuietMail(b, ['check-in', 'weekly']);

    // Alone in a space (the partner left): no check-in together opens, so no reminder.
    const [c, d] = await couple();
    await want(d, { weekly: true });
    const tomorrow = addDays(localDay(new Date(), 'UTC'), 1);
    await server.db.withSystem((tx) =>
      tx.execute(
        sql`insert into checkin_settings (couple_id, weekday) select couple_id, ${new Date(`${tomorrow}T00:00:00Z`).getUTCDay()} from memberships where person_id = ${c.id}`,
      ),
    );
    const opensForD = daySpan(tomorrow, 'UTC').startsAt;
    // With the partner there, it would open (the sweep answers without remembering: a rolled-back look).
    await expect(
      server.db.withSystem(async (tx) => {
        const found = await checkinsModule.dueReminders!({
          tx,
          now: new Date(opensForD + 60_000),
          since: new Date(opensForD - HOUR),
        });
        expect(found.map((m) => m.personId)).toEqual([d.id]);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    await server.db.withSystem((tx) =>
      tx.execute(sql`update memberships set left_at = now() where person_id = ${c.id}`),
    );
    expect(await sweep(new Date(opensForD + 60_000))).toBe(0);
  });

  it('forget a promise of a space its maker has left', async () => {
    const [, b] = await couple();
    await want(b, { promise: true });
    await makePromise(b, at(HOUR));
    await server.db.withSystem((tx) =>
      tx.execute(sql`update memberships set left_at = now() where person_id = ${b.id}`),
    );
    expect(await sweep(at(HOUR + 60_000))).toBe(0);
  });

  it('remind the recipient when a scheduled letter arrives, and a letter sent now only once', async () => {
    const [a, b] = await couple();
    await want(b, { letter: true });
    const later = at(2 * HOUR);
    const res = await send(a, 'POST', '/api/v1/letters', {
      body: `About the ${PLANTED}.`,
      send: 'later',
      deliverAt: later.toISOString(),
    });
    expect(res.status, res.text).toBe(201);
    expect(await sweep(at(HOUR))).toBe(0);
    await settled(b.id);
    expect(smtp.received).toHaveLength(0);
    expect(await sweep(at(2 * HOUR + 60_000))).toBe(1);
    await expectOneQuietMail(b, ['letter', 'About']);

    // A letter sent now reminded when it was sent; the sweep leaves it alone.
    const [c, d] = await couple();
    await want(d, { letter: true });
    const now = await send(c, 'POST', '/api/v1/letters', { body: 'Hello.', send: 'now' });
    expect(now.status).toBe(201);
    await smtp.waitFor(2);
    expect(await sweep(at(60_000))).toBe(0);
    expect(await sweep(at(25 * HOUR))).toBe(0);
    await settled(d.id);
    expect(smtp.received.map((m) => (m.to as { text: string }).text)).toEqual([b.email, d.email]);
  });

  it('stay silent in solo mode and during time apart, and wait out quiet hours', async () => {
    const [, b] = await couple();
    await want(b, { promise: true });
    await makePromise(b, at(HOUR));
    await server.db.withSystem((tx) =>
      tx.execute(sql`insert into solo_modes (person_id) values (${b.id})`),
    );
    expect(await sweep(at(HOUR + 60_000))).toBe(1);
    await settled(b.id);

    const [c, d] = await couple();
    await want(d, { promise: true });
    await makePromise(d, at(HOUR));
    await server.db.withSystem((tx) =>
      tx.execute(
        sql`insert into space_pauses (couple_id, started_by) select couple_id, ${c.id} from memberships where person_id = ${c.id}`,
      ),
    );
    expect(await sweep(at(HOUR + 60_000))).toBe(1);
    await settled(d.id);
    expect(smtp.received).toHaveLength(0);

    // Quiet hours (in the person's own time, around the real clock the worker sends by).
    const [, f] = await couple();
    const hhmm = (offset: number) => new Date(Date.now() + offset).toISOString().slice(11, 16);
    await want(f, { promise: true }, { quietHours: { from: hhmm(-HOUR), to: hhmm(HOUR) } });
    await makePromise(f, at(HOUR));
    expect(await sweep(at(HOUR + 60_000))).toBe(1);
    await sleep(300);
    expect(smtp.received).toHaveLength(0);
    const res = await send(f, 'PATCH', '/api/v1/me/reminders', { quietHours: null });
    expect(res.status).toBe(200);
    await expectOneQuietMail(f);
  });
});

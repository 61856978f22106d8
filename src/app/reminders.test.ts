// Reminders across features: a letter is the cause, the reminder settings and the mail worker the rest.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { queryRows } from '../platform/db/database.ts';
import { smtpTransport } from '../platform/mail/transport.server.ts';
import { remind } from '../platform/reminders/remind.server.ts';
import { startSmtpReceiver, type SmtpReceiver } from '../platform/testing/smtp-receiver.ts';
import {
  startTestServer,
  type TestPerson,
  type TestServer,
} from '../platform/testing/test-server.ts';
import { lettersModule } from '../features/letters/letters.routes.server.ts';
import { talksModule } from '../features/talks/talks.routes.server.ts';
import { remindersModule } from '../features/reminders/reminders.routes.server.ts';

const ORIGIN = 'https://kintsugi.test';
const PLANTED = 'Marzipan Lighthouse Oath';
let server: TestServer;
let smtp: SmtpReceiver;

beforeAll(async () => {
  smtp = await startSmtpReceiver();
  server = await startTestServer({
    features: [lettersModule, talksModule, remindersModule],
    env: { PUBLIC_ORIGIN: ORIGIN },
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
const withOrigin = { origin: ORIGIN };

const couple = () => server.couple([`Avery ${PLANTED}`, 'Bay']);

async function wantLetters(person: TestPerson, extra: object = {}) {
  const res = await person.client.request(
    'PATCH',
    '/api/v1/me/reminders',
    { channels: { email: true }, kinds: { letter: true }, ...extra },
    withOrigin,
  );
  expect(res.status, res.text).toBe(200);
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

/** The token in the List-Unsubscribe header of the raw mail. */
const tokenOf = (raw: string) =>
  new RegExp(
    `^List-Unsubscribe:\\s+<${ORIGIN}/api/v1/reminders/unsubscribe\\?token=([A-Za-z0-9_-]{43})>$`,
    'm',
  ).exec(raw)?.[1];

describe('reminders', () => {
  it('are all off by default, and then nothing is sent', async () => {
    const [a, b] = await couple();
    const res = await b.client.get('/api/v1/me/reminders');
    expect(res.body).toEqual({
      channels: { email: false, push: false },
      kinds: { letter: false, turn: false, weekly: false, promise: false, review: false },
      quietHours: null,
    });
    await sendLetter(a);
    await settled(b.id);
    expect(smtp.received).toHaveLength(0);
  });

  it('once on, send one mail that says nothing but "Kintsugi", and only one a day per kind', async () => {
    const [a, b] = await couple();
    await wantLetters(b);
    await sendLetter(a);
    const [mail] = await smtp.waitFor(1);
    expect(mail!.to).toMatchObject({ text: b.email });
    expect(mail!.subject).toBe('Kintsugi');
    expect(mail!.from?.value[0]?.name).toBe('Kintsugi');
    expect(mail!.text).toContain(`${ORIGIN}/`);
    const raw = smtp.raw.join('\n');
    expect(raw).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click$/m);
    expect(tokenOf(raw), raw).toBeDefined();
    for (const secret of [PLANTED, 'Marzipan', 'Avery', 'letter', 'heart'])
      expect(raw).not.toContain(secret);

    await sendLetter(a);
    await settled(b.id);
    expect(smtp.received).toHaveLength(1);
    // Nothing kept: the outbox row lost its address, text and unsubscribe link once sent.
    const rows = await server.db.withSystem((tx) =>
      queryRows<{ recipient: string; body_text: string; list_unsubscribe: string | null }>(
        tx,
        sql`select recipient, body_text, list_unsubscribe from outbox where kind = 'reminder'`,
      ),
    );
    for (const row of rows)
      expect(row).toEqual({ recipient: '', body_text: '', list_unsubscribe: null });
  });

  it('tell the partner when a conversation passes the turn to them, and never its question', async () => {
    const [a, b] = await couple();
    const res = await b.client.request(
      'PATCH',
      '/api/v1/me/reminders',
      { channels: { email: true }, kinds: { turn: true } },
      withOrigin,
    );
    expect(res.status).toBe(200);
    const started = await a.client.request(
      'POST',
      '/api/v1/talks',
      { ownQuestion: `What did ${PLANTED} mean?`, firstSpeaker: 'partner' },
      withOrigin,
    );
    expect(started.status, started.text).toBe(201);
    const [mail] = await smtp.waitFor(1);
    expect(mail!.to).toMatchObject({ text: b.email });
    expect(mail!.subject).toBe('Kintsugi');
    for (const secret of [PLANTED, 'Marzipan', 'Avery', 'conversation', 'question'])
      expect(smtp.raw[0]).not.toContain(secret);
  });

  it('wait while quiet hours last, and go out when they end', async () => {
    const [a, b] = await couple();
    const hhmm = (offsetHours: number) =>
      new Date(Date.now() + offsetHours * 3_600_000).toISOString().slice(11, 16);
    await wantLetters(b, { quietHours: { from: hhmm(-1), to: hhmm(1) } });
    await sendLetter(a);
    await sleep(400);
    expect(smtp.received).toHaveLength(0);
    const waiting = await server.db.withSystem((tx) =>
      queryRows(tx, sql`select 1 from reminders_due where person_id = ${b.id}`),
    );
    expect(waiting).toHaveLength(1);
    const res = await b.client.request(
      'PATCH',
      '/api/v1/me/reminders',
      { quietHours: null },
      withOrigin,
    );
    expect(res.body.quietHours).toBeNull();
    expect(res.body.kinds.letter).toBe(true);
    await smtp.waitFor(1);
  });

  it('stay silent in solo mode and during time apart, and nothing piles up for later', async () => {
    const [a, b] = await couple();
    await wantLetters(b);
    await server.db.withSystem((tx) =>
      tx.execute(sql`insert into solo_modes (person_id) values (${b.id})`),
    );
    await sendLetter(a);
    await settled(b.id);

    const [c, d] = await couple();
    await wantLetters(d);
    await server.db.withSystem(async (tx) => {
      await tx.execute(
        sql`insert into space_pauses (couple_id, started_by) select couple_id, ${c.id} from memberships where person_id = ${c.id}`,
      );
      await remind(tx, { personId: d.id, kind: 'letter' });
    });
    await settled(d.id);
    expect(smtp.received).toHaveLength(0);
  });

  it('unsubscribe in one click, with no session and no Origin, and never log the token', async () => {
    const [a, b] = await couple();
    await wantLetters(b);
    await sendLetter(a);
    await smtp.waitFor(1);
    const token = tokenOf(smtp.raw[0]!)!;
    expect(token).toBeDefined();
    const post = (t: string) =>
      server.app.inject({
        method: 'POST',
        url: `/api/v1/reminders/unsubscribe?token=${t}`,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: 'List-Unsubscribe=One-Click',
      });
    const unknown = await post('A'.repeat(43));
    const real = await post(token);
    expect(real.statusCode, real.body).toBe(200);
    expect(real.body).toBe(unknown.body);
    expect((await b.client.get('/api/v1/me/reminders')).body.channels.email).toBe(false);
    expect(server.logs.join('\n')).not.toContain(token);
    expect((await post('short')).statusCode).toBe(400);
    // Other routes still take JSON only.
    const form = await server.app.inject({
      method: 'PATCH',
      url: '/api/v1/me/reminders',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN },
      payload: 'channels=1',
    });
    expect(form.statusCode).toBe(415);
  });

  it('answer a browser opening the unsubscribe address with a page that asks first, changing nothing', async () => {
    const [a, b] = await couple();
    await wantLetters(b);
    await sendLetter(a);
    await smtp.waitFor(1);
    const token = tokenOf(smtp.raw[0]!)!;
    const opened = await server.app.inject({
      method: 'GET',
      url: `/api/v1/reminders/unsubscribe?token=${token}`,
      headers: { accept: 'text/html' },
    });
    // To the page, with the token in the fragment (which browsers never send to a server).
    expect(opened.statusCode).toBe(303);
    expect(opened.headers.location).toBe(`/unsubscribe#token=${token}`);
    // A GET changes nothing (a link previewer or a virus scanner opens links too).
    expect((await b.client.get('/api/v1/me/reminders')).body.channels.email).toBe(true);
    const [left] = await server.db.withSystem((tx) =>
      queryRows<{ n: number }>(
        tx,
        sql`select count(*)::int as n from reminder_unsubscribes where person_id = ${b.id}`,
      ),
    );
    expect(left!.n).toBe(1);
    expect(server.logs.join('\n')).not.toContain(token);
    // A cut-off link still reaches the page, which says it is not complete.
    const cut = await server.app.inject({
      method: 'GET',
      url: '/api/v1/reminders/unsubscribe?token=abc',
    });
    expect(cut.headers.location).toBe('/unsubscribe#token=abc');
    for (const url of [
      '/api/v1/reminders/unsubscribe',
      `/api/v1/reminders/unsubscribe?token=${token}&other=1`,
      `/api/v1/reminders/unsubscribe?token=${'x'.repeat(300)}`,
    ]) {
      const res = await server.app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(400);
      expect(JSON.parse(res.body).error.message).toBeTruthy();
    }
  });

  it('refuse quiet hours that are not times, or start and end at once, and change nothing', async () => {
    const [, b] = await couple();
    for (const quietHours of [
      { from: '25:00', to: '06:00' },
      { from: '22:00', to: '22:00' },
      { from: '22:00' },
    ]) {
      const res = await b.client.request(
        'PATCH',
        '/api/v1/me/reminders',
        { channels: { email: true }, quietHours },
        withOrigin,
      );
      expect(res.status).toBe(400);
      expect(res.body.error.message).toBeTruthy();
    }
    expect((await b.client.get('/api/v1/me/reminders')).body.channels.email).toBe(false);
  });
});

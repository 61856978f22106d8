import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { people } from '../../platform/db/core.tables.server.ts';
import { queryRows } from '../../platform/db/database.ts';
import { smtpTransport } from '../../platform/mail/transport.server.ts';
import { startSmtpReceiver, type SmtpReceiver } from '../../platform/testing/smtp-receiver.ts';
import {
  startTestServer,
  type TestClient,
  type TestServer,
} from '../../platform/testing/test-server.ts';
import { accountsModule } from './accounts.routes.server.ts';
import { hashPassword } from './passwords.server.ts';

// Mail configured (SMTP_URL set): addresses are confirmed by a link (decision 085).

const ORIGIN = 'https://kintsugi.test';
const PASSWORD = 'a quiet river at dawn';
const PLANTED = 'Zephyrine Quillfeather';
const LINK = /https:\/\/kintsugi\.test\/confirm-email#token=([A-Za-z0-9_-]{43})/;
let server: TestServer;
let smtp: SmtpReceiver;

beforeAll(async () => {
  smtp = await startSmtpReceiver();
  server = await startTestServer({
    features: [accountsModule],
    env: { PUBLIC_ORIGIN: ORIGIN, SMTP_URL: smtp.url },
    mail: { transport: smtpTransport(smtp.url, 'Kintsugi <hello@kintsugi.test>'), pollMs: 100 },
    // Down to debug, so that nothing secret hides at a level only turned on to look for trouble.
    logLevel: 'debug',
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

/** A browser on our public origin. */
function browser(): TestClient {
  const client = server.client();
  const request = client.request.bind(client);
  client.request = (method, url, body, headers = {}) =>
    request(method, url, body, { origin: ORIGIN, ...headers });
  return client;
}

let n = 0;
const newEmail = () => `heron${++n}.${Date.now()}@example.test`;

/** An account made straight in the database, with a real password. */
async function account() {
  const email = newEmail();
  const passwordHash = await hashPassword(PASSWORD);
  const [row] = await server.db.withSystem((tx) =>
    tx
      .insert(people)
      .values({ email, displayName: PLANTED, passwordHash })
      .returning({ id: people.id }),
  );
  return { email, id: row!.id };
}

async function signIn(client: TestClient, email: string, password = PASSWORD) {
  return client.post('/api/v1/auth/sign-in', { email, password });
}

/** Waits for `count` more mails than `before`, then for the outbox to be empty: no other comes. */
async function mailsAfter(before: number, count: number) {
  const all = await smtp.waitFor(before + count);
  await server.mailSettled();
  expect(smtp.received).toHaveLength(before + count);
  return all.slice(before);
}

const tokenIn = (text: string | false | undefined) => LINK.exec(text || '')?.[1];

async function activityOf(personId: string) {
  return server.db.withOwner((tx) =>
    queryRows<{ kind: string }>(
      tx,
      sql`select kind from account_activity where person_id = ${personId} order by occurred_at`,
    ),
  );
}

describe('sign-up with mail configured', () => {
  it('answers a new and a taken address alike, opens nothing, and mails each what fits', async () => {
    const owner = await account();
    const fresh = newEmail();
    const a = browser();
    const b = browser();
    const forNew = await a.post('/api/v1/auth/sign-up', {
      email: fresh,
      password: 'a new song for the morning',
      displayName: 'Robin',
    });
    const forTaken = await b.post('/api/v1/auth/sign-up', {
      email: owner.email.toUpperCase(),
      password: PASSWORD, // even its own password
      displayName: 'Robin',
    });
    expect(forNew.status).toBe(202);
    expect(forTaken.status).toBe(forNew.status);
    expect(forTaken.text).toBe(forNew.text);
    expect(forNew.body).toEqual({ checkYourEmail: true });
    expect(Object.keys(forTaken.headers).sort()).toEqual(Object.keys(forNew.headers).sort());
    const shape = (h: unknown) =>
      String(h)
        .replace(/=[A-Za-z0-9_-]{43}/, '=TOKEN')
        .replace(/Expires=[^;]+/, 'Expires=WHEN');
    expect(shape(forTaken.headers['set-cookie'])).toBe(shape(forNew.headers['set-cookie']));

    // Neither cookie opens anything.
    for (const client of [a, b]) {
      expect((await client.get('/api/v1/session')).body).toEqual({ me: null });
      expect((await client.get('/api/v1/me')).status).toBe(401);
    }
    // The sign-up's password opens nothing before the link: signing in answers as for any
    // wrong password, so it cannot tell whether the address was new either.
    const early = await signIn(browser(), fresh, 'a new song for the morning');
    const wrong = await signIn(browser(), owner.email, 'a new song for the morning');
    expect(early.status).toBe(401);
    expect(early.text).toBe(wrong.text);

    const mails = await mailsAfter(0, 2);
    const toNew = mails.find((m) => JSON.stringify(m.to).includes(fresh))!;
    const toOwner = mails.find((m) => JSON.stringify(m.to).includes(owner.email))!;
    expect(toNew.subject).toBe('Confirm your email for Kintsugi');
    expect(tokenIn(toNew.text)).toBeDefined();
    expect(toOwner.subject).toBe('Someone tried to create a Kintsugi account with your address');
    expect(toOwner.text).not.toMatch(LINK);
    expect(toOwner.text).toContain(`${ORIGIN}/forgot-password`);
    for (const raw of smtp.raw) {
      expect(raw).not.toContain(PLANTED);
      expect(raw).not.toContain('Robin');
    }
    expect((await activityOf(owner.id)).map((r) => r.kind)).toEqual(['sign_up_tried']);
  });

  it('makes the account when the link is opened, and signs in the browser that signed up', async () => {
    const email = newEmail();
    const me = browser();
    await me.post('/api/v1/auth/sign-up', { email, password: PASSWORD, displayName: 'Robin' });
    const [mail] = await mailsAfter(0, 1);
    const token = tokenIn(mail!.text)!;

    const opened = await me.post('/api/v1/auth/confirm-email', { token });
    expect(opened.status).toBe(200);
    expect(opened.body).toEqual({ outcome: 'account_created', signedIn: true });
    const session = await me.get('/api/v1/me');
    expect(session.status).toBe(200);
    expect(session.body).toMatchObject({ email, displayName: 'Robin' });

    // Once only.
    const again = await browser().post('/api/v1/auth/confirm-email', { token });
    expect(again.status).toBe(400);
    expect(again.body.error.message).toMatch(/used already|more than a day old/);
    // Only the hash is kept, and neither the token nor the address reaches a log.
    const stored = await server.db.withOwner((tx) =>
      queryRows<{ token_hash: string; hours: number }>(
        tx,
        sql`select token_hash, round(extract(epoch from expires_at - created_at) / 3600)::int as hours from email_confirmations`,
      ),
    );
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(stored.at(-1)!.hours).toBe(24);
    const logs = server.logs.join('\n');
    expect(logs).toContain('"reqId"'); // the logs were captured at all
    for (const secret of [token, email, me.cookie!, ...me.otherCookies.values()]) {
      expect(logs).not.toContain(secret);
    }
  });

  it('in another browser, makes the account but signs no one in: the mailbox alone is not the password', async () => {
    const email = newEmail();
    await browser().post('/api/v1/auth/sign-up', {
      email,
      password: PASSWORD,
      displayName: 'Robin',
    });
    const [mail] = await mailsAfter(0, 1);
    const elsewhere = browser();
    const opened = await elsewhere.post('/api/v1/auth/confirm-email', {
      token: tokenIn(mail!.text)!,
    });
    expect(opened.body).toEqual({ outcome: 'account_created', signedIn: false });
    expect((await elsewhere.get('/api/v1/me')).status).toBe(401);
    expect((await signIn(browser(), email)).status).toBe(200);
  });

  it('sends the link again only to the browser that signed up, and a taken address nothing more', async () => {
    const email = newEmail();
    const me = browser();
    await me.post('/api/v1/auth/sign-up', { email, password: PASSWORD, displayName: 'Robin' });
    await mailsAfter(0, 1);
    const resent = await me.post('/api/v1/auth/sign-up/resend');
    expect(resent.status).toBe(202);
    const [second] = await mailsAfter(1, 1);
    expect(tokenIn(second!.text)).toBeDefined();
    expect(smtp.received[0]!.text).not.toBe(second!.text);

    const owner = await account();
    const other = browser();
    await other.post('/api/v1/auth/sign-up', {
      email: owner.email,
      password: PASSWORD,
      displayName: 'Robin',
    });
    await mailsAfter(2, 1);
    const nothing = await other.post('/api/v1/auth/sign-up/resend');
    const stranger = await browser().post('/api/v1/auth/sign-up/resend');
    expect(nothing.text).toBe(resent.text);
    expect(stranger.text).toBe(resent.text);
    await mailsAfter(3, 0);
  });

  it('makes nothing when the address got an account before its link was opened', async () => {
    const email = newEmail();
    const me = browser();
    await me.post('/api/v1/auth/sign-up', { email, password: PASSWORD, displayName: 'Robin' });
    const [mail] = await mailsAfter(0, 1);
    const first = browser();
    await first.post('/api/v1/auth/sign-up', {
      email,
      password: 'a different phrase entirely',
      displayName: 'Other',
    });
    const [other] = await mailsAfter(1, 1);
    expect(
      (await first.post('/api/v1/auth/confirm-email', { token: tokenIn(other!.text)! })).body,
    ).toEqual({ outcome: 'account_created', signedIn: true });
    // The older link is spent with the rest: one address, one account.
    const late = await me.post('/api/v1/auth/confirm-email', { token: tokenIn(mail!.text)! });
    expect(late.status).toBe(400);
    expect((await me.get('/api/v1/me')).status).toBe(401);
    expect((await signIn(browser(), email)).status).toBe(401);
  });

  it('sends an address at most three links an hour, whoever asks', async () => {
    const email = newEmail();
    for (let i = 0; i < 5; i++) {
      const res = await browser().post('/api/v1/auth/sign-up', {
        email,
        password: PASSWORD,
        displayName: 'Robin',
      });
      expect(res.status).toBe(202);
    }
    await mailsAfter(0, 3);
  });
});

describe('changing the email with mail configured', () => {
  it('waits for the new address, tells the old one without naming the new, then ends other sessions', async () => {
    const { email, id } = await account();
    const here = browser();
    const there = browser();
    expect((await signIn(here, email)).status).toBe(200);
    expect((await signIn(there, email)).status).toBe(200);
    await mailsAfter(0, 1); // "there" is a new device: its notice
    const target = newEmail();

    const asked = await here.post('/api/v1/me/email', {
      currentPassword: PASSWORD,
      newEmail: target,
    });
    expect(asked.status).toBe(200);
    expect(asked.body).toMatchObject({ email, pendingEmail: target });
    // Nothing changed yet: both still signed in, the old address still signs in.
    expect((await there.get('/api/v1/me')).body.email).toBe(email);

    const mails = await mailsAfter(1, 2);
    const toNew = mails.find((m) => JSON.stringify(m.to).includes(target))!;
    const toOld = mails.find((m) => JSON.stringify(m.to).includes(email))!;
    expect(toNew.subject).toBe('Confirm your new email for Kintsugi');
    expect(toOld.subject).toBe('Your Kintsugi email may change');
    expect(toOld.text).not.toMatch(LINK);
    const oldRaw = smtp.raw.find((r) => r.includes(`To: ${email}`))!;
    expect(oldRaw).not.toContain(target);
    expect(oldRaw.split('heron').length).toBeLessThanOrEqual(3); // its own address only

    const opened = await here.post('/api/v1/auth/confirm-email', {
      token: tokenIn(toNew.text)!,
    });
    expect(opened.body).toEqual({ outcome: 'email_changed', signedIn: true });
    expect((await here.get('/api/v1/me')).body.email).toBe(target);
    expect((await there.get('/api/v1/me')).status).toBe(401);
    expect((await signIn(browser(), target)).status).toBe(200);
    // That was a new browser: its notice goes to the new address.
    const [notice] = await mailsAfter(3, 1);
    expect(JSON.stringify(notice!.to)).toContain(target);
    expect((await activityOf(id)).map((r) => r.kind)).toEqual(
      expect.arrayContaining(['email_change_requested', 'email_changed']),
    );
  });

  it('takes effect only in a browser signed in to the account: the new mailbox alone changes nothing', async () => {
    const { email } = await account();
    const me = browser();
    await signIn(me, email);
    const target = newEmail();
    await me.post('/api/v1/me/email', { currentPassword: PASSWORD, newEmail: target });
    const mails = await mailsAfter(0, 2);
    const token = tokenIn(mails.find((m) => JSON.stringify(m.to).includes(target))!.text)!;

    // Whoever reads the new mailbox (a typo, a stranger) is not signed in to the account.
    const elsewhere = browser();
    const refused = await elsewhere.post('/api/v1/auth/confirm-email', { token });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('sign_in_first');
    const someoneElse = browser();
    await signIn(someoneElse, (await account()).email);
    expect((await someoneElse.post('/api/v1/auth/confirm-email', { token })).status).toBe(403);
    expect((await me.get('/api/v1/me')).body.email).toBe(email);

    // Signed in there, the same link works.
    await signIn(elsewhere, email);
    await mailsAfter(2, 1); // that browser is new: its notice
    const opened = await elsewhere.post('/api/v1/auth/confirm-email', { token });
    expect(opened.body).toEqual({ outcome: 'email_changed', signedIn: true });
    expect((await elsewhere.get('/api/v1/me')).body.email).toBe(target);
    expect((await me.get('/api/v1/me')).status).toBe(401);
  });

  it('answers the same for an address that has an account, and sends it nothing', async () => {
    const { email } = await account();
    const other = await account();
    const me = browser();
    await signIn(me, email);
    const asked = await me.post('/api/v1/me/email', {
      currentPassword: PASSWORD,
      newEmail: other.email,
    });
    expect(asked.status).toBe(200);
    expect(asked.body.pendingEmail).toBe(other.email);
    const [only] = await mailsAfter(0, 1);
    expect(JSON.stringify(only!.to)).toContain(email);
    expect(only!.subject).toBe('Your Kintsugi email may change');
  });

  it('needs the current password, and changes nothing without it', async () => {
    const { email } = await account();
    const me = browser();
    await signIn(me, email);
    const wrong = await me.post('/api/v1/me/email', {
      currentPassword: 'not it at all',
      newEmail: newEmail(),
    });
    expect(wrong.status).toBe(400);
    await mailsAfter(0, 0);
  });
});

describe('a sign-in from a new device', () => {
  it('is in the owner activity and mailed without content; the same browser again is not', async () => {
    const { email, id } = await account();
    const first = browser();
    expect((await signIn(first, email)).status).toBe(200);
    await first.post('/api/v1/auth/sign-out');
    expect((await signIn(first, email)).status).toBe(200);
    await mailsAfter(0, 0);

    const second = browser();
    expect((await signIn(second, email)).status).toBe(200);
    const [mail] = await mailsAfter(0, 1);
    expect(mail!.subject).toBe('A new sign-in to your Kintsugi account');
    expect(mail!.text).toContain(`${ORIGIN}/account`);
    expect(smtp.raw[0]).not.toContain(PLANTED);
    expect(smtp.raw[0]).not.toMatch(/Chrome|Firefox|127\.0\.0\.1/);
    const kinds = (await activityOf(id)).map((r) => r.kind);
    expect(kinds.filter((k) => k === 'new_device_signed_in')).toHaveLength(1);
    expect(kinds.filter((k) => k === 'signed_in')).toHaveLength(2);
    const listed = await second.get('/api/v1/me/activity');
    expect(listed.body.items[0]).toMatchObject({
      kind: 'new_device_signed_in',
      isThisDevice: true,
    });
    // The device cookie holds only a random id; its hash is what is kept.
    const cookie = second.otherCookies.get('__Host-kintsugi-device')!;
    expect(cookie).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const stored = await server.db.withOwner((tx) =>
      queryRows<{ device_hash: string }>(tx, sql`select device_hash from known_devices`),
    );
    expect(JSON.stringify(stored)).not.toContain(cookie);
  });

  it('is forgotten by the quick exit (its cookie expired), so the next sign-in there is new; a plain sign-out keeps it', async () => {
    const { email, id } = await account();
    const shared = browser();
    await signIn(shared, email);
    const plain = await shared.post('/api/v1/auth/sign-out');
    expect(plain.status).toBe(204);
    expect(shared.otherCookies.has('__Host-kintsugi-device')).toBe(true);
    await signIn(shared, email);
    await mailsAfter(0, 0);

    const bad = await shared.post('/api/v1/auth/sign-out?device=everything');
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('device can only be');
    expect(shared.cookie).toBeDefined(); // refused: still signed in

    const exit = await shared.post('/api/v1/auth/sign-out?device=forget');
    expect(exit.status).toBe(204);
    const setCookies = [exit.headers['set-cookie']].flat().join('\n');
    expect(setCookies).toMatch(/__Host-kintsugi-device=;[^\n]*Expires=Thu, 01 Jan 1970/);
    expect(setCookies).toMatch(/__Host-kintsugi-device=;[^\n]*Path=\/;[^\n]*HttpOnly;[^\n]*Secure/);
    expect(shared.otherCookies.has('__Host-kintsugi-device')).toBe(false);
    expect(shared.cookie).toBeUndefined();

    await signIn(shared, email);
    const [mail] = await mailsAfter(0, 1);
    expect(mail!.subject).toBe('A new sign-in to your Kintsugi account');
    const kinds = (await activityOf(id)).map((r) => r.kind);
    expect(kinds.filter((k) => k === 'new_device_signed_in')).toHaveLength(1);
  });
});

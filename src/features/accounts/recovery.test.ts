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

const ORIGIN = 'https://kintsugi.test';
const PASSWORD = 'a quiet river at dawn';
const PLANTED = 'Zephyrine Quillfeather';
let server: TestServer;
let smtp: SmtpReceiver;

beforeAll(async () => {
  smtp = await startSmtpReceiver();
  server = await startTestServer({
    features: [accountsModule],
    env: { PUBLIC_ORIGIN: ORIGIN },
    mail: { transport: smtpTransport(smtp.url, 'Kintsugi <hello@kintsugi.test>'), pollMs: 100 },
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
/** A person with a real password hash, signed in on `devices` clients. */
async function account(devices = 1) {
  const email = `river${++n}.${Date.now()}@example.test`;
  const passwordHash = await hashPassword(PASSWORD);
  await server.db.withSystem((tx) =>
    tx.insert(people).values({ email, displayName: PLANTED, passwordHash }),
  );
  const clients = [];
  for (let i = 0; i < devices; i++) {
    const client = browser();
    expect((await client.post('/api/v1/auth/sign-in', { email, password: PASSWORD })).status).toBe(
      200,
    );
    clients.push(client);
  }
  return { email, clients };
}

const LINK = /https:\/\/kintsugi\.test\/reset-password#token=([A-Za-z0-9_-]{43})/;

async function askForLink(email: string): Promise<string> {
  const before = smtp.received.length;
  const res = await browser().post('/api/v1/auth/forgot-password', { email });
  expect(res.status).toBe(202);
  const mails = await smtp.waitFor(before + 1);
  const token = LINK.exec(mails[before]!.text ?? '')?.[1];
  expect(token, mails[before]!.text).toBeDefined();
  return token!;
}

describe('forgot password', () => {
  it('answers the same for a known and an unknown address, and mails only the known one', async () => {
    const { email } = await account();
    const known = await browser().post('/api/v1/auth/forgot-password', {
      email: email.toUpperCase(),
    });
    const unknown = await browser().post('/api/v1/auth/forgot-password', {
      email: `nobody.${email}`,
    });
    expect(known.status).toBe(202);
    expect(unknown.status).toBe(known.status);
    expect(unknown.text).toBe(known.text);
    expect(Object.keys(unknown.headers).sort()).toEqual(Object.keys(known.headers).sort());

    const [mail] = await smtp.waitFor(1);
    await server.mailSettled();
    expect(smtp.received).toHaveLength(1);
    expect(mail!.to).toMatchObject({ text: email });
    expect(mail!.subject).toBe('Your link to set a new Kintsugi password');
    expect(mail!.text).toMatch(LINK);
    // The mail names no one: not even the account's own name.
    expect(smtp.raw[0]).not.toContain(PLANTED);
    expect(smtp.raw[0]).not.toContain('Quillfeather');
  });

  it('keeps only the hash of the token, and never logs it', async () => {
    const { email } = await account();
    const token = await askForLink(email);
    const stored = await server.db.withOwner((tx) =>
      queryRows<{ token_hash: string; minutes: number }>(
        tx,
        sql`select token_hash, round(extract(epoch from expires_at - created_at) / 60)::int as minutes from password_resets`,
      ),
    );
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(stored.at(-1)!.minutes).toBe(60);
    await browser().post('/api/v1/auth/reset-password', {
      token,
      newPassword: 'a new song for the morning',
    });
    expect(server.logs.join('\n')).not.toContain(token);
    expect(server.logs.join('\n')).not.toContain(email);
  });

  it('sends one address at most three links an hour, still answering the same', async () => {
    const { email } = await account();
    // Asked five times at once: the person's row is locked while each counts.
    const answers = await Promise.all(
      [1, 2, 3, 4, 5].map(() => browser().post('/api/v1/auth/forgot-password', { email })),
    );
    expect(answers.map((a) => a.status)).toEqual([202, 202, 202, 202, 202]);
    await smtp.waitFor(3);
    await server.mailSettled();
    expect(smtp.received).toHaveLength(3);
  });

  it('refuses bad input with a message and sends nothing', async () => {
    const res = await browser().post('/api/v1/auth/forgot-password', { email: 'not an email' });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/email/i);
    await server.mailSettled();
    expect(smtp.received).toHaveLength(0);
  });
});

describe('reset password', () => {
  it('sets the new password and ends every session; the link works once', async () => {
    const { email, clients } = await account(2);
    const token = await askForLink(email);
    const older = await askForLink(email);
    const res = await browser().post('/api/v1/auth/reset-password', {
      token,
      newPassword: 'a new song for the morning',
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ endedSessions: 2 });
    for (const client of clients) expect((await client.get('/api/v1/me')).status).toBe(401);

    const signIn = (password: string) =>
      browser().post('/api/v1/auth/sign-in', { email, password });
    expect((await signIn(PASSWORD)).status).toBe(401);
    expect((await signIn('a new song for the morning')).status).toBe(200);

    // Used up, and so is every other link that was out.
    for (const again of [token, older]) {
      const reused = await browser().post('/api/v1/auth/reset-password', {
        token: again,
        newPassword: 'someone else entirely',
      });
      expect(reused.status).toBe(400);
      expect(reused.body.error.code).toBe('invalid_token');
      expect(reused.body.error.message).toMatch(/ask for a new one/i);
    }
    expect((await signIn('a new song for the morning')).status).toBe(200);
  });

  it('refuses a link over an hour old', async () => {
    const { email } = await account();
    const token = await askForLink(email);
    await server.db.withOwner((tx) =>
      tx.execute(sql`update password_resets set expires_at = now() - interval '1 second'`),
    );
    const res = await browser().post('/api/v1/auth/reset-password', {
      token,
      newPassword: 'a new song for the morning',
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid_token');
  });

  it('refuses a common password and changes nothing, so the link still works', async () => {
    const { email } = await account();
    const token = await askForLink(email);
    const weak = await browser().post('/api/v1/auth/reset-password', {
      token,
      newPassword: 'password123',
    });
    expect(weak.status).toBe(400);
    expect(weak.body.error.fields.newPassword).toBeDefined();
    expect(
      (await browser().post('/api/v1/auth/sign-in', { email, password: PASSWORD })).status,
    ).toBe(200);
    const ok = await browser().post('/api/v1/auth/reset-password', {
      token,
      newPassword: 'a new song for the morning',
    });
    expect(ok.status).toBe(200);
  });

  it('refuses a made-up or broken token', async () => {
    const made = await browser().post('/api/v1/auth/reset-password', {
      token: 'A'.repeat(43),
      newPassword: 'a new song for the morning',
    });
    expect(made.status).toBe(400);
    expect(made.body.error.code).toBe('invalid_token');
    const broken = await browser().post('/api/v1/auth/reset-password', {
      token: 'short',
      newPassword: 'a new song for the morning',
    });
    expect(broken.status).toBe(400);
    expect(broken.body.error.fields.token).toMatch(/link/);
  });
});

describe('rate limits on recovery', () => {
  it('slows one address asking again and again', async () => {
    const limited = await startTestServer({ features: [accountsModule], limits: { signInMax: 3 } });
    try {
      const statuses = [];
      for (let i = 0; i < 5; i++) {
        statuses.push(
          (
            await limited
              .client()
              .post('/api/v1/auth/forgot-password', { email: `x${i}@example.test` })
          ).status,
        );
      }
      expect(statuses).toEqual([202, 202, 202, 429, 429]);
    } finally {
      await limited.close();
    }
  });

  it('never builds a link from the Host header a stranger sent', async () => {
    const open = await startTestServer({ features: [accountsModule] });
    try {
      const email = `host.${Date.now()}@example.test`;
      await open.db.withSystem((tx) =>
        tx.insert(people).values({ email, displayName: 'H', passwordHash: 'x' }),
      );
      const send = (host: string) =>
        open
          .client()
          .request(
            'POST',
            '/api/v1/auth/forgot-password',
            { email },
            { host, origin: `http://${host}` },
          );
      const outbox = () =>
        open.db.withOwner((tx) =>
          queryRows<{ body_text: string }>(tx, sql`select body_text from outbox`),
        );
      // A stranger's host is refused before anything is queued (decision 090's origin rule).
      expect((await send('evil.example')).status).toBe(403);
      // A host we do answer to still never names the link: it is our own listening address.
      expect((await send('localhost')).status).toBe(202);
      // The link is made just after the answer: wait for it.
      await expect.poll(async () => (await outbox()).length).toBe(1);
      const [row] = await outbox();
      expect(row!.body_text).toMatch(/http:\/\/127\.0\.0\.1(:\d+)?\/reset-password#token=/);
      expect(row!.body_text).not.toContain('evil.example');
      expect(row!.body_text).not.toContain('localhost');
    } finally {
      await open.close();
    }
  });
});

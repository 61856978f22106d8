import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../platform/db/database.ts';
import { passTime } from '../../platform/testing/pass-time.ts';
import { startTestServer, type TestServer } from '../../platform/testing/test-server.ts';
import { accountsModule } from './accounts.routes.server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({
    features: [accountsModule],
    limits: { signInMax: 5, windowMs: 60_000 },
  });
});
afterAll(() => server.close());

let n = 0;
const creds = (i: { email: string; password: string }) => ({
  email: i.email,
  password: i.password,
});
const fresh = () => ({
  email: `sam${++n}.${Date.now()}@example.test`,
  password: 'a quiet river at dawn',
  displayName: 'Sam',
});

describe('sign up, sign in, sign out', () => {
  it('signs a new person up and in, with a safe session cookie', async () => {
    const client = server.client();
    const input = fresh();
    const res = await client.post('/api/v1/auth/sign-up', input);
    expect(res.status).toBe(201);
    expect(res.body.user).toMatchObject({
      email: input.email,
      displayName: 'Sam',
      timeZone: 'UTC',
    });
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    expect(setCookie).toMatch(/Path=\//);
    // 32 random bytes, base64url: 256 bits.
    expect(client.cookie).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const me = await client.get('/api/v1/me');
    expect(me.status).toBe(200);
    expect(me.body.id).toBe(res.body.user.id);
  });

  it('gives a new token at every sign-in, and sign-out kills it for good', async () => {
    const input = fresh();
    const first = server.client();
    await first.post('/api/v1/auth/sign-up', input);
    const second = server.client();
    const signedIn = await second.post('/api/v1/auth/sign-in', {
      email: input.email.toUpperCase(),
      password: input.password,
    });
    expect(signedIn.status).toBe(200);
    expect(second.cookie).toBeDefined();
    expect(second.cookie).not.toBe(first.cookie);
    const stolen = second.cookie;
    expect((await second.post('/api/v1/auth/sign-out')).status).toBe(204);
    expect(second.cookie).toBeUndefined();
    second.cookie = stolen;
    expect((await second.get('/api/v1/me')).status).toBe(401);
    expect((await first.get('/api/v1/me')).status).toBe(200);
  });

  it('answers /session with me, or with me: null (never a 401) when signed out or the session is gone', async () => {
    const client = server.client();
    expect(await client.get('/api/v1/session')).toMatchObject({ status: 200, body: { me: null } });
    const input = fresh();
    const res = await client.post('/api/v1/auth/sign-up', input);
    const session = await client.get('/api/v1/session');
    expect(session.status).toBe(200);
    expect(session.body.me).toEqual(res.body.user);
    const stolen = client.cookie;
    await client.post('/api/v1/auth/sign-out');
    client.cookie = stolen;
    expect(await client.get('/api/v1/session')).toMatchObject({ status: 200, body: { me: null } });
    // /me keeps its 401 for other clients.
    expect((await client.get('/api/v1/me')).status).toBe(401);
  });

  it('answers a wrong password and an unknown email exactly alike', async () => {
    const input = fresh();
    await server.client().post('/api/v1/auth/sign-up', input);
    const wrong = await server
      .client()
      .post('/api/v1/auth/sign-in', { email: input.email, password: 'not the password' });
    const unknown = await server.client().post('/api/v1/auth/sign-in', {
      email: `nobody${Date.now()}@example.test`,
      password: 'not the password',
    });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.text).toBe(unknown.text);
    expect(wrong.headers['set-cookie']).toBeUndefined();
  });

  it('answers sign-up alike for a taken email and opens nothing for the stranger', async () => {
    const owner = fresh();
    await server.client().post('/api/v1/auth/sign-up', owner);
    const stranger = server.client();
    const taken = await stranger.post('/api/v1/auth/sign-up', {
      ...owner,
      password: 'someone elses guess',
    });
    const brandNew = await server.client().post('/api/v1/auth/sign-up', fresh());
    expect(taken.status).toBe(brandNew.status);
    expect(Object.keys(taken.body.user).sort()).toEqual(Object.keys(brandNew.body.user).sort());
    expect(String(taken.headers['set-cookie'])).toMatch(/^kintsugi=/);
    expect((await stranger.get('/api/v1/me')).status).toBe(401);
    // The owner's account is untouched.
    const ownerClient = server.client();
    expect(
      (
        await ownerClient.post('/api/v1/auth/sign-in', {
          email: owner.email,
          password: owner.password,
        })
      ).status,
    ).toBe(200);
  });

  it('never signs in to an existing account from sign-up, even with its own password', async () => {
    const owner = fresh();
    const ownerClient = server.client();
    await ownerClient.post('/api/v1/auth/sign-up', owner);
    const ownerId = (await ownerClient.get('/api/v1/me')).body.id;
    const sessionsBefore = (await ownerClient.get('/api/v1/me/sessions')).body.sessions.length;
    const right = server.client();
    const withRight = await right.post('/api/v1/auth/sign-up', owner);
    const wrong = server.client();
    const withWrong = await wrong.post('/api/v1/auth/sign-up', {
      ...owner,
      password: 'someone elses guess',
    });
    // Both tries answer alike: status, shape, a cookie that opens nothing.
    for (const [res, client] of [
      [withRight, right],
      [withWrong, wrong],
    ] as const) {
      expect(res.status).toBe(201);
      expect(res.body.user.id).not.toBe(ownerId);
      expect(String(res.headers['set-cookie'])).toMatch(/^kintsugi=/);
      expect((await client.get('/api/v1/me')).status).toBe(401);
    }
    expect((await ownerClient.get('/api/v1/me/sessions')).body.sessions).toHaveLength(
      sessionsBefore,
    );
    // The owner sees the tries in their own activity (there is no mail yet).
    const kinds = (await ownerClient.get('/api/v1/me/activity')).body.items.map(
      (i: { kind: string }) => i.kind,
    );
    expect(kinds.filter((k: string) => k === 'sign_up_tried')).toHaveLength(2);
  });

  it('refuses short and commonly breached passwords, and accepts long ones', async () => {
    const short = await server
      .client()
      .post('/api/v1/auth/sign-up', { ...fresh(), password: 'short' });
    expect(short.status).toBe(400);
    expect(short.body.error.fields.password).toMatch(/8 characters/);
    const common = await server
      .client()
      .post('/api/v1/auth/sign-up', { ...fresh(), password: 'Password123' });
    expect(common.status).toBe(400);
    expect(common.body.error.code).toBe('weak_password');
    const long = 'a sentence that keeps going because long passwords are good ones '.repeat(2);
    expect(long.length).toBeGreaterThan(64);
    const client = server.client();
    const input = { ...fresh(), password: long };
    expect((await client.post('/api/v1/auth/sign-up', input)).status).toBe(201);
    expect(
      (await server.client().post('/api/v1/auth/sign-in', { email: input.email, password: long }))
        .status,
    ).toBe(200);
  });

  it('slows repeated failed sign-ins with 429, and lets the owner in once the window passes', async () => {
    const input = fresh();
    await server.client().post('/api/v1/auth/sign-up', input);
    const attacker = server.client();
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      statuses.push(
        (
          await attacker.post('/api/v1/auth/sign-in', {
            email: input.email,
            password: `guess ${i} guess`,
          })
        ).status,
      );
    }
    expect(statuses.slice(0, 5).every((s) => s === 401)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    const limited = await attacker.post('/api/v1/auth/sign-in', {
      email: input.email,
      password: input.password,
    });
    expect(limited.status).toBe(429);
    expect(limited.body.error.message).toMatch(/wait/);
    // The window passes (its counters' times move back; nothing sleeps).
    await passTime(server.db, { table: 'rate_limits', where: sql`true`, ms: 61_000 });
    expect((await server.client().post('/api/v1/auth/sign-in', creds(input))).status).toBe(200);
  });
});

describe('my account', () => {
  it('changes the password only with the current one, and ends my other sessions', async () => {
    const input = fresh();
    const phone = server.client();
    await phone.post('/api/v1/auth/sign-up', input);
    const laptop = server.client();
    await laptop.post('/api/v1/auth/sign-in', creds(input));

    const wrong = await phone.post('/api/v1/me/password', {
      currentPassword: 'not mine at all',
      newPassword: 'a brand new phrase',
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.fields.currentPassword).toBeDefined();

    const changed = await phone.post('/api/v1/me/password', {
      currentPassword: input.password,
      newPassword: 'a brand new phrase',
    });
    expect(changed.status).toBe(200);
    expect(changed.body.endedSessions).toBe(1);
    expect((await laptop.get('/api/v1/me')).status).toBe(401);
    expect((await phone.get('/api/v1/me')).status).toBe(200);
    expect((await server.client().post('/api/v1/auth/sign-in', creds(input))).status).toBe(401);
    expect(
      (
        await server
          .client()
          .post('/api/v1/auth/sign-in', { email: input.email, password: 'a brand new phrase' })
      ).status,
    ).toBe(200);
  });

  it('changes the email only with the current password, and ends my other sessions', async () => {
    const input = fresh();
    const phone = server.client();
    await phone.post('/api/v1/auth/sign-up', input);
    const laptop = server.client();
    await laptop.post('/api/v1/auth/sign-in', creds(input));
    const newEmail = `new.${input.email}`;
    expect(
      (await phone.post('/api/v1/me/email', { currentPassword: 'not mine at all', newEmail }))
        .status,
    ).toBe(400);
    expect((await laptop.get('/api/v1/me')).status).toBe(200);
    const changed = await phone.post('/api/v1/me/email', {
      currentPassword: input.password,
      newEmail,
    });
    expect(changed.status).toBe(200);
    expect(changed.body.email).toBe(newEmail);
    expect((await laptop.get('/api/v1/me')).status).toBe(401);
    expect((await phone.get('/api/v1/me')).status).toBe(200);
  });

  it('lists my sessions and signs out one, or all the others', async () => {
    const input = fresh();
    const a = server.client();
    await a.request('POST', '/api/v1/auth/sign-up', input, {
      'user-agent': 'Mozilla/5.0 (Linux; Android 14) Chrome/120.0 Mobile Safari/537.36',
    });
    const b = server.client();
    await b.post('/api/v1/auth/sign-in', creds(input));
    const c = server.client();
    await c.post('/api/v1/auth/sign-in', creds(input));
    const list = await a.get('/api/v1/me/sessions');
    expect(list.body.sessions).toHaveLength(3);
    expect(list.body.sessions.filter((s: { current: boolean }) => s.current)).toHaveLength(1);
    expect(list.body.sessions.map((s: { device: string }) => s.device)).toContain(
      'Chrome on Android',
    );

    const bId = (await b.get('/api/v1/me/sessions')).body.sessions.find(
      (s: { current: boolean }) => s.current,
    ).id;
    expect((await a.delete(`/api/v1/me/sessions/${bId}`)).status).toBe(204);
    expect((await b.get('/api/v1/me')).status).toBe(401);
    expect((await a.delete(`/api/v1/me/sessions/${bId}`)).status).toBe(404);

    const others = await a.post('/api/v1/me/sessions/end-others');
    expect(others.body.ended).toBe(1);
    expect((await c.get('/api/v1/me')).status).toBe(401);
    expect((await a.get('/api/v1/me')).status).toBe(200);
  });

  it("cannot end someone else's session, which answers like one that never existed", async () => {
    const mine = server.client();
    await mine.post('/api/v1/auth/sign-up', fresh());
    const theirs = server.client();
    await theirs.post('/api/v1/auth/sign-up', fresh());
    const theirId = (await theirs.get('/api/v1/me/sessions')).body.sessions[0].id;
    const attempt = await mine.delete(`/api/v1/me/sessions/${theirId}`);
    const never = await mine.delete('/api/v1/me/sessions/00000000-0000-4000-8000-000000000000');
    expect(attempt.status).toBe(404);
    expect(attempt.text).toBe(never.text);
    expect((await theirs.get('/api/v1/me')).status).toBe(200);
  });

  it('updates my name and time zone, refusing hidden direction characters', async () => {
    const client = server.client();
    await client.post('/api/v1/auth/sign-up', fresh());
    const ok = await client.patch('/api/v1/me', {
      displayName: 'Samira',
      timeZone: 'Europe/Lisbon',
    });
    expect(ok.body).toMatchObject({ displayName: 'Samira', timeZone: 'Europe/Lisbon' });
    const rtl = await client.patch('/api/v1/me', { displayName: 'Sam\u202Eariмas' });
    expect(rtl.status).toBe(400);
    expect(rtl.body.error.fields.displayName).toBeDefined();
    const zone = await client.patch('/api/v1/me', { timeZone: 'Mars/Olympus' });
    expect(zone.status).toBe(400);
    expect((await client.get('/api/v1/me')).body.displayName).toBe('Samira');
  });

  it('ends a session after 14 idle days and at its absolute expiry', async () => {
    const idle = server.client();
    await idle.post('/api/v1/auth/sign-up', fresh());
    const old = server.client();
    await old.post('/api/v1/auth/sign-up', fresh());
    const idleId = (await idle.get('/api/v1/me')).body.id;
    const oldId = (await old.get('/api/v1/me')).body.id;
    await server.db.withSystem(async (tx) => {
      await queryRows(
        tx,
        sql`update sessions set last_seen_at = now() - interval '15 days' where person_id = ${idleId}`,
      );
      await queryRows(
        tx,
        sql`update sessions set expires_at = now() - interval '1 second' where person_id = ${oldId}`,
      );
    });
    expect((await idle.get('/api/v1/me')).status).toBe(401);
    expect((await old.get('/api/v1/me')).status).toBe(401);
  });
});

import { sql } from 'drizzle-orm';
import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { people, sessions } from '../../platform/db/core.tables.server.ts';
import { queryRows } from '../../platform/db/database.ts';
import { hashToken } from '../../platform/server/session-token.ts';
import { SoftAuthenticator } from '../../platform/testing/soft-authenticator.ts';
import {
  startTestServer,
  type TestClient,
  type TestServer,
} from '../../platform/testing/test-server.ts';
import { accountsModule } from './accounts.routes.server.ts';
import { hashPassword } from './passwords.server.ts';

// Passkeys, codes from an app and recovery codes, through the real routes and database
// (decisions 130, 131). Passkey ceremonies use a software authenticator with real signatures.

const ORIGIN = 'https://kintsugi.test';
const PASSWORD = 'a quiet river at dawn';
let server: TestServer;
let passwordHash: string;

beforeAll(async () => {
  server = await startTestServer({ features: [accountsModule], env: { PUBLIC_ORIGIN: ORIGIN } });
  passwordHash = await hashPassword(PASSWORD);
});
afterAll(() => server.close());

/** A browser on our public origin. */
function browser(origin = ORIGIN): TestClient {
  const client = server.client();
  const request = client.request.bind(client);
  client.request = (method, url, body, headers = {}) =>
    request(method, url, body, { origin, ...headers });
  return client;
}

let n = 0;
async function account() {
  const email = `fern${++n}.${Date.now()}@example.test`;
  const [row] = await server.db.withSystem((tx) =>
    tx
      .insert(people)
      .values({ email, displayName: 'Fern', passwordHash })
      .returning({ id: people.id }),
  );
  const client = browser();
  const res = await client.post('/api/v1/auth/sign-in', { email, password: PASSWORD });
  expect(res.status).toBe(200);
  expect(res.body.user.email).toBe(email);
  return { id: row!.id, email, client };
}

/** Moves this session's sign-in (and any re-check) back by an hour: no longer recent. */
async function ageSession(client: TestClient) {
  await server.db.withSystem(async (tx) => {
    await queryRows(
      tx,
      sql`update ${sessions} set created_at = now() - interval '1 hour' where token_hash = ${hashToken(client.cookie!)}`,
    );
    await queryRows(
      tx,
      sql`update session_rechecks set checked_at = now() - interval '1 hour' where session_id in (select id from sessions where token_hash = ${hashToken(client.cookie!)})`,
    );
  });
}

async function addPasskey(client: TestClient, authenticator: SoftAuthenticator, name = 'My phone') {
  const options = await client.post('/api/v1/me/passkeys/options');
  expect(options.status).toBe(200);
  const credential = authenticator.create(options.body.options);
  return client.post('/api/v1/me/passkeys', {
    challengeId: options.body.challengeId,
    name,
    credential,
  });
}

async function activity(client: TestClient) {
  const res = await client.get('/api/v1/me/activity');
  expect(res.status).toBe(200);
  return res.body.items as { kind: string; via: string | null }[];
}

describe('passkeys', () => {
  it('adds a named passkey, then signs in with it alone and says so in the activity', async () => {
    const { client } = await account();
    const authenticator = new SoftAuthenticator(ORIGIN);
    const added = await addPasskey(client, authenticator, 'Kitchen laptop');
    expect(added.status).toBe(201);
    expect(added.body.passkey.name).toBe('Kitchen laptop');
    // The first second factor brings ten single-use recovery codes, shown this once.
    expect(added.body.recoveryCodes).toHaveLength(10);
    const status = await client.get('/api/v1/me/second-factors');
    expect(status.body.passkeys.map((p: { name: string }) => p.name)).toEqual(['Kitchen laptop']);
    expect(status.body.recoveryCodesLeft).toBe(10);

    const device = browser();
    const options = await device.post('/api/v1/auth/passkey/options');
    expect(options.status).toBe(200);
    expect(options.body.options.rpId).toBe('kintsugi.test');
    const signedIn = await device.post('/api/v1/auth/passkey', {
      challengeId: options.body.challengeId,
      credential: authenticator.get(options.body.options),
    });
    expect(signedIn.status).toBe(200);
    expect((await device.get('/api/v1/me')).status).toBe(200);
    const items = await activity(device);
    expect(items[0]).toMatchObject({ kind: 'signed_in', via: 'passkey' });
    expect(items.map((i) => i.kind)).toContain('passkey_added');
  });

  it('uses a challenge once, and refuses a wrong origin, a bad signature and an unknown key', async () => {
    const { client } = await account();
    const authenticator = new SoftAuthenticator(ORIGIN);
    expect((await addPasskey(client, authenticator)).status).toBe(201);

    const device = browser();
    const options = await device.post('/api/v1/auth/passkey/options');
    const answer = authenticator.get(options.body.options);
    expect(
      (
        await device.post('/api/v1/auth/passkey', {
          challengeId: options.body.challengeId,
          credential: answer,
        })
      ).status,
    ).toBe(200);
    // The same answer again: the challenge is gone.
    const replay = await browser().post('/api/v1/auth/passkey', {
      challengeId: options.body.challengeId,
      credential: answer,
    });
    expect(replay.status).toBe(400);
    expect(replay.body.error.code).toBe('challenge_gone');

    // Signed for another site's origin.
    const phishing = new SoftAuthenticator('https://kintsugi.evil');
    phishing.passkeys.push(...authenticator.passkeys);
    const other = browser();
    const o2 = await other.post('/api/v1/auth/passkey/options');
    const wrongOrigin = await other.post('/api/v1/auth/passkey', {
      challengeId: o2.body.challengeId,
      credential: phishing.get(o2.body.options, authenticator.passkeys[0], 'kintsugi.test'),
    });
    expect(wrongOrigin.status).toBe(401);
    expect(other.cookie).toBeUndefined();

    // A key this server never saw.
    const stranger = new SoftAuthenticator(ORIGIN);
    stranger.create({ challenge: 'x', rp: { id: 'kintsugi.test' }, user: { id: 'AAAA' } });
    const o3 = await other.post('/api/v1/auth/passkey/options');
    const unknown = await other.post('/api/v1/auth/passkey', {
      challengeId: o3.body.challengeId,
      credential: stranger.get(o3.body.options),
    });
    expect(unknown.status).toBe(401);

    // A signature that does not match.
    const o4 = await other.post('/api/v1/auth/passkey/options');
    const forged = authenticator.get(o4.body.options);
    forged.response.signature = Buffer.from('not a signature').toString('base64url');
    const bad = await other.post('/api/v1/auth/passkey', {
      challengeId: o4.body.challengeId,
      credential: forged,
    });
    expect(bad.status).toBe(401);
    expect((await other.get('/api/v1/me')).status).toBe(401);
  });

  it('without PUBLIC_ORIGIN binds to the origin the write came from, and needs a name, not a number', async () => {
    const local = await startTestServer({ features: [accountsModule] });
    try {
      const byName = local.client();
      const ok = await byName.request('POST', '/api/v1/auth/passkey/options', undefined, {
        origin: 'http://localhost:80',
        host: 'localhost:80',
      });
      expect(ok.status).toBe(200);
      expect(ok.body.options.rpId).toBe('localhost');
      const byNumber = await byName.request('POST', '/api/v1/auth/passkey/options', undefined, {
        origin: 'http://127.0.0.1:80',
        host: '127.0.0.1:80',
      });
      expect(byNumber.status).toBe(400);
      expect(byNumber.body.error.code).toBe('passkeys_need_a_name');
    } finally {
      await local.close();
    }
  });

  it('needs a recent re-check to add or remove one; removing is in the activity; not the partner', async () => {
    const { client } = await account();
    const authenticator = new SoftAuthenticator(ORIGIN);
    const added = await addPasskey(client, authenticator);
    expect(added.status).toBe(201);

    await ageSession(client);
    const refused = await client.post('/api/v1/me/passkeys/options');
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('recheck_needed');
    expect((await client.delete(`/api/v1/me/passkeys/${added.body.passkey.id}`)).status).toBe(403);

    const wrong = await client.post('/api/v1/me/recheck', { password: 'not my password' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.fields.password).toBeDefined();
    const right = await client.post('/api/v1/me/recheck', { password: PASSWORD });
    expect(right.status).toBe(200);
    expect(new Date(right.body.recheckedUntil).getTime()).toBeGreaterThan(Date.now());

    // Someone else's passkey answers like a missing one.
    const other = await account();
    expect((await other.client.delete(`/api/v1/me/passkeys/${added.body.passkey.id}`)).status).toBe(
      404,
    );
    expect((await client.delete(`/api/v1/me/passkeys/${added.body.passkey.id}`)).status).toBe(204);
    expect((await client.get('/api/v1/me/second-factors')).body).toMatchObject({
      passkeys: [],
      // The last factor gone: its recovery codes go too.
      recoveryCodesLeft: 0,
    });
    expect((await activity(client)).map((i) => i.kind)).toContain('passkey_removed');
  });

  it("answers the second step of a password sign-in, with this person's passkeys only", async () => {
    const fern = await account();
    const mine = new SoftAuthenticator(ORIGIN);
    expect((await addPasskey(fern.client, mine)).status).toBe(201);
    const other = await account();
    const theirs = new SoftAuthenticator(ORIGIN);
    expect((await addPasskey(other.client, theirs)).status).toBe(201);

    const device = browser();
    const first = await device.post('/api/v1/auth/sign-in', {
      email: fern.email,
      password: PASSWORD,
    });
    expect(first.status).toBe(200);
    expect(first.body.user).toBeUndefined();
    expect(first.body.secondFactor.methods).toEqual(['passkey', 'recovery_code']);
    expect(device.cookie).toBeUndefined();
    const { pendingToken } = first.body.secondFactor;

    const o1 = await device.post('/api/v1/auth/second-factor/passkey/options', { pendingToken });
    expect(o1.body.options.allowCredentials).toHaveLength(1);
    const wrongPerson = await device.post('/api/v1/auth/second-factor/passkey', {
      pendingToken,
      challengeId: o1.body.challengeId,
      credential: theirs.get(o1.body.options),
    });
    expect(wrongPerson.status).toBe(401);
    expect(device.cookie).toBeUndefined();

    const o2 = await device.post('/api/v1/auth/second-factor/passkey/options', { pendingToken });
    const done = await device.post('/api/v1/auth/second-factor/passkey', {
      pendingToken,
      challengeId: o2.body.challengeId,
      credential: mine.get(o2.body.options),
    });
    expect(done.status).toBe(200);
    expect(done.body.user.email).toBe(fern.email);
    expect((await activity(device))[0]).toMatchObject({
      kind: 'signed_in',
      via: 'password_passkey',
    });
  });
});

function codeFor(secret: string, offsetSteps = 0) {
  const totp = new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30 });
  return totp.generate({ timestamp: Date.now() + offsetSteps * 30_000 });
}

async function turnOnTotp(client: TestClient) {
  const setup = await client.post('/api/v1/me/totp');
  expect(setup.status).toBe(200);
  expect(setup.body.uri).toMatch(/^otpauth:\/\/totp\/Kintsugi:/);
  expect(setup.body.uri).toContain(`secret=${setup.body.secret}`);
  const confirmed = await client.post('/api/v1/me/totp/confirm', {
    code: codeFor(setup.body.secret),
  });
  expect(confirmed.status).toBe(200);
  return {
    secret: setup.body.secret as string,
    recoveryCodes: confirmed.body.recoveryCodes as string[],
  };
}

describe('codes from an app (TOTP) and recovery codes', () => {
  it('turns on with a first code, then a password sign-in needs a code before any session', async () => {
    const fern = await account();
    const setup = await fern.client.post('/api/v1/me/totp');
    const wrong = await fern.client.post('/api/v1/me/totp/confirm', { code: '000000' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.fields.code).toBeDefined();
    expect((await fern.client.get('/api/v1/me/second-factors')).body.totp).toBe(false);
    const confirmed = await fern.client.post('/api/v1/me/totp/confirm', {
      code: codeFor(setup.body.secret),
    });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.recoveryCodes).toHaveLength(10);
    expect(new Set(confirmed.body.recoveryCodes).size).toBe(10);
    expect((await activity(fern.client)).map((i) => i.kind)).toContain('totp_turned_on');
    // Already on: a second start is refused, the secret stays.
    expect((await fern.client.post('/api/v1/me/totp')).status).toBe(409);

    const device = browser();
    const first = await device.post('/api/v1/auth/sign-in', {
      email: fern.email,
      password: PASSWORD,
    });
    expect(first.body.secondFactor.methods).toEqual(['totp', 'recovery_code']);
    expect(device.cookie).toBeUndefined();
    expect((await device.get('/api/v1/me')).status).toBe(401);
    const { pendingToken } = first.body.secondFactor;
    const bad = await device.post('/api/v1/auth/second-factor/totp', {
      pendingToken,
      code: '123456',
    });
    expect(bad.status).toBe(401);
    expect(bad.body.error.fields.code).toBeDefined();
    // The owner sees that someone had the password but not the code.
    expect((await activity(fern.client)).map((i) => i.kind)).toContain('second_step_failed');
    // The code the confirmation used is spent; the next step's code works.
    const code = codeFor(setup.body.secret, 1);
    const ok = await device.post('/api/v1/auth/second-factor/totp', { pendingToken, code });
    expect(ok.status).toBe(200);
    expect((await device.get('/api/v1/me')).status).toBe(200);
    expect((await activity(device))[0]).toMatchObject({ kind: 'signed_in', via: 'password_totp' });

    // The pending sign-in is used up, and so is the code.
    expect(
      (await browser().post('/api/v1/auth/second-factor/totp', { pendingToken, code })).status,
    ).toBe(401);
    const again = browser();
    const second = await again.post('/api/v1/auth/sign-in', {
      email: fern.email,
      password: PASSWORD,
    });
    const replay = await again.post('/api/v1/auth/second-factor/totp', {
      pendingToken: second.body.secondFactor.pendingToken,
      code,
    });
    expect(replay.status).toBe(401);
  });

  it('a recovery code works once', async () => {
    const fern = await account();
    const { recoveryCodes } = await turnOnTotp(fern.client);
    const signInWith = async (recoveryCode: string) => {
      const device = browser();
      const first = await device.post('/api/v1/auth/sign-in', {
        email: fern.email,
        password: PASSWORD,
      });
      const res = await device.post('/api/v1/auth/second-factor/recovery-code', {
        pendingToken: first.body.secondFactor.pendingToken,
        recoveryCode,
      });
      return { res, device };
    };
    // Typed loosely: upper case, spaces for dashes.
    const loose = recoveryCodes[3]!.toUpperCase().replace(/-/g, ' ');
    const used = await signInWith(loose);
    expect(used.res.status).toBe(200);
    expect((await activity(used.device))[0]).toMatchObject({
      kind: 'signed_in',
      via: 'password_recovery_code',
    });
    expect((await used.device.get('/api/v1/me/second-factors')).body.recoveryCodesLeft).toBe(9);
    const twice = await signInWith(recoveryCodes[3]!);
    expect(twice.res.status).toBe(401);
    expect(twice.res.body.error.fields.recoveryCode).toBeDefined();
    expect(twice.device.cookie).toBeUndefined();

    // New codes replace the old ones.
    const fresh = await fern.client.post('/api/v1/me/recovery-codes');
    expect(fresh.status).toBe(200);
    expect((await signInWith(recoveryCodes[4]!)).res.status).toBe(401);
    expect((await signInWith(fresh.body.recoveryCodes[0])).res.status).toBe(200);
  });

  it('takes five wrong answers per pending sign-in, and a pending sign-in ends after five minutes', async () => {
    const fern = await account();
    const { secret } = await turnOnTotp(fern.client);
    const device = browser();
    const first = await device.post('/api/v1/auth/sign-in', {
      email: fern.email,
      password: PASSWORD,
    });
    const { pendingToken } = first.body.secondFactor;
    for (let i = 0; i < 5; i++) {
      const res = await device.post('/api/v1/auth/second-factor/totp', {
        pendingToken,
        code: '000000',
      });
      expect(res.status).toBe(401);
    }
    const sixth = await device.post('/api/v1/auth/second-factor/totp', {
      pendingToken,
      code: codeFor(secret, 1),
    });
    expect(sixth.status).toBe(429);
    expect(device.cookie).toBeUndefined();

    const later = browser();
    const pending = await later.post('/api/v1/auth/sign-in', {
      email: fern.email,
      password: PASSWORD,
    });
    await server.db.withSystem((tx) =>
      queryRows(tx, sql`update pending_sign_ins set expires_at = now() - interval '1 second'`),
    );
    const late = await later.post('/api/v1/auth/second-factor/totp', {
      pendingToken: pending.body.secondFactor.pendingToken,
      code: codeFor(secret, 1),
    });
    expect(late.status).toBe(401);
    expect(late.body.error.code).toBe('sign_in_timed_out');
  });

  it("keeps the secret out of logs, out of every answer after setup, and unreadable to the owner's session", async () => {
    const fern = await account();
    const { secret, recoveryCodes } = await turnOnTotp(fern.client);
    expect(server.logs.join('\n')).not.toContain(secret);
    expect((await fern.client.get('/api/v1/me/second-factors')).text).not.toContain(secret);
    const tokenHash = hashToken(fern.client.cookie!);
    await expect(
      server.db.withUser(tokenHash, ({ tx }) =>
        queryRows(tx, sql`select secret from totp_factors`),
      ),
    ).rejects.toMatchObject({
      cause: expect.objectContaining({ message: expect.stringMatching(/permission denied/) }),
    });
    const seen = await server.db.withUser(tokenHash, ({ tx }) =>
      queryRows<{ person_id: string }>(tx, sql`select person_id from totp_factors`),
    );
    expect(seen?.map((r) => r.person_id)).toEqual([fern.id]);
    // The export says what is on, never the secret or a code.
    const exported = await server.db.withUser(tokenHash, (ctx) => accountsModule.exportFor!(ctx));
    expect(exported).toMatchObject({
      secondFactors: { codesFromAnApp: true, passkeys: [], recoveryCodesLeft: 10 },
    });
    expect(JSON.stringify(exported)).not.toContain(secret);
    expect(JSON.stringify(exported)).not.toContain(recoveryCodes[0]);
  });

  it('turning it off needs a recent re-check and is in the activity; sign-in is one step again', async () => {
    const fern = await account();
    await turnOnTotp(fern.client);
    await ageSession(fern.client);
    const refused = await fern.client.delete('/api/v1/me/totp');
    expect(refused.status).toBe(403);
    expect((await fern.client.post('/api/v1/me/recovery-codes')).status).toBe(403);
    expect((await fern.client.post('/api/v1/me/recheck', { password: PASSWORD })).status).toBe(200);
    expect((await fern.client.delete('/api/v1/me/totp')).status).toBe(204);
    expect((await activity(fern.client)).map((i) => i.kind)).toContain('totp_turned_off');
    expect((await fern.client.get('/api/v1/me/second-factors')).body).toMatchObject({
      totp: false,
      recoveryCodesLeft: 0,
    });
    const device = browser();
    const res = await device.post('/api/v1/auth/sign-in', {
      email: fern.email,
      password: PASSWORD,
    });
    expect(res.body.user.email).toBe(fern.email);
    expect((await activity(device))[0]).toMatchObject({ kind: 'signed_in', via: 'password' });
  });
});

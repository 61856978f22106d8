import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { features } from './server.ts';
import {
  startTestServer,
  type TestClient,
  type TestServer,
} from '../platform/testing/test-server.ts';
import { UNLOCK_TRIES } from '../features/accounts/app-lock.schema.ts';
import { appLocks } from '../features/accounts/app-lock.tables.server.ts';
import { hashPassword } from '../features/accounts/passwords.server.ts';

// The app lock (decision 132): a locked session reads and writes nothing private, through any
// route, until the PIN opens it; wrong PINs are counted in the session and end it.

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ features });
});
afterAll(() => server.close());

const PASSWORD = 'a quiet river at dawn';
let n = 0;

/** A person signed up through the API (so they have a real password) with a PIN set. */
async function personWithLock(pin = '482916'): Promise<TestClient> {
  const client = server.client();
  const email = `lock${++n}.${Date.now()}@example.test`;
  expect(
    (await client.post('/api/v1/auth/sign-up', { email, password: PASSWORD, displayName: 'Noa' }))
      .status,
  ).toBe(201);
  const set = await client.request('PUT', '/api/v1/me/app-lock', {
    currentPassword: PASSWORD,
    secret: pin,
    idleMinutes: 5,
  });
  expect(set.status).toBe(200);
  expect(set.body).toEqual({ set: true, idleMinutes: 5, quickExit: 'sign-out' });
  return client;
}

describe('setting the app lock', () => {
  it('needs the current password, and takes 4 to 8 digits or a passphrase', async () => {
    const client = await personWithLock();
    const wrong = await client.request('PUT', '/api/v1/me/app-lock', {
      currentPassword: 'not my password',
      secret: '1234',
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.code).toBe('wrong_password');
    for (const secret of ['123', '123456789', 'short']) {
      const bad = await client.request('PUT', '/api/v1/me/app-lock', {
        currentPassword: PASSWORD,
        secret,
      });
      expect(bad.status, secret).toBe(400);
      expect(bad.body.error.fields.secret).toBeTruthy();
    }
    const phrase = await client.request('PUT', '/api/v1/me/app-lock', {
      currentPassword: PASSWORD,
      secret: 'blue kettle song',
      quickExit: 'lock',
    });
    expect(phrase.status).toBe(200);
    expect(phrase.body).toEqual({ set: true, idleMinutes: 5, quickExit: 'lock' });
    const activity = await client.get('/api/v1/me/activity');
    expect(activity.body.items.map((i: { kind: string }) => i.kind)).toContain('app_lock_set');
  });

  it('keeps only an argon2id hash of the PIN', async () => {
    await personWithLock('55123');
    const rows = await server.db.withOwner(async (tx) => {
      const { sql } = await import('drizzle-orm');
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- both drivers give { rows }
      return (await tx.execute(sql`select secret_hash from app_locks`)) as unknown as {
        rows: { secret_hash: string }[];
      };
    });
    expect(rows.rows.length).toBeGreaterThan(0);
    for (const row of rows.rows) expect(row.secret_hash).toMatch(/^\$argon2id\$/);
  });

  it('refuses "lock now" without a PIN, with a clear reason', async () => {
    const person = await server.person('NoPin');
    const res = await person.client.post('/api/v1/lock');
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('no_app_lock');
    expect((await person.client.get('/api/v1/me')).status).toBe(200);
  });
});

describe('a locked session', () => {
  it('reads nothing private, writes nothing, and opens again with the PIN', async () => {
    const client = await personWithLock();
    const entry = await client.post('/api/v1/journal', {
      body: 'A planted line only I should read',
    });
    expect(entry.status).toBe(201);

    expect((await client.post('/api/v1/lock')).body).toEqual({ locked: true });

    const session = await client.get('/api/v1/session');
    expect(session.status).toBe(200);
    expect(session.body).toEqual({ me: null, locked: true });
    for (const url of ['/api/v1/me', '/api/v1/journal', `/api/v1/journal/${entry.body.id}`]) {
      const res = await client.get(url);
      expect(res.status, url).toBe(423);
      expect(res.body.error.code).toBe('locked');
      expect(res.text).not.toContain('planted');
    }
    const write = await client.post('/api/v1/journal', {
      body: 'written while locked',
    });
    expect(write.status).toBe(423);
    // Locking again changes nothing; the settings stay closed too.
    expect((await client.post('/api/v1/lock')).status).toBe(200);
    expect((await client.get('/api/v1/me/app-lock')).status).toBe(423);

    const open = await client.post('/api/v1/lock/unlock', { secret: '482916' });
    expect(open.status).toBe(200);
    expect(open.body).toEqual({ locked: false });
    const list = await client.get('/api/v1/journal');
    expect(list.status).toBe(200);
    expect(JSON.stringify(list.body)).toContain('planted');
    expect(JSON.stringify(list.body)).not.toContain('written while locked');
  });

  it('ends after a few wrong PINs; the right one then opens nothing', async () => {
    const client = await personWithLock();
    await client.post('/api/v1/lock');
    for (let i = 1; i < UNLOCK_TRIES; i++) {
      const res = await client.post('/api/v1/lock/unlock', { secret: '000000' });
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('wrong_pin');
    }
    const kept = client.cookie;
    const last = await client.post('/api/v1/lock/unlock', { secret: '000000' });
    expect(last.status).toBe(401);
    expect(last.body.error.code).toBe('unlock_tries_used');
    // Even with the old cookie kept, the session is gone for good.
    client.cookie = kept;
    expect((await client.post('/api/v1/lock/unlock', { secret: '482916' })).status).toBe(401);
    expect((await client.get('/api/v1/session')).body).toEqual({ me: null });
  });

  it('counts wrong tries sent all at once', async () => {
    const client = await personWithLock();
    await client.post('/api/v1/lock');
    const answers = [];
    for (let i = 0; i < UNLOCK_TRIES + 2; i++) {
      answers.push(client.post('/api/v1/lock/unlock', { secret: `99999${i}` }));
    }
    const statuses = (await Promise.all(answers)).map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 400)).toHaveLength(UNLOCK_TRIES - 1);
    expect(statuses.filter((s) => s === 401)).toHaveLength(3);
  });

  it('can still sign out, and is locked on the server whatever the page does', async () => {
    const client = await personWithLock();
    await client.post('/api/v1/lock');
    const out = await client.post('/api/v1/auth/sign-out');
    expect(out.status).toBe(204);
    expect((await client.get('/api/v1/session')).body).toEqual({ me: null });
  });

  it('locks by itself on the server after the idle time without any request', async () => {
    const client = await personWithLock();
    // As if the last request was 7 minutes ago (idle time 5, plus the minute of slack).
    await server.db.withOwner(async (tx) => {
      const { sql } = await import('drizzle-orm');
      await tx.execute(
        sql`update sessions set last_seen_at = now() - interval '7 minutes' where unlock_failures = 0 and locked_at is null`,
      );
    });
    expect((await client.get('/api/v1/session')).body).toEqual({ me: null, locked: true });
    expect((await client.get('/api/v1/me')).status).toBe(423);
    expect((await client.post('/api/v1/lock/unlock', { secret: '482916' })).status).toBe(200);
    expect((await client.get('/api/v1/me')).status).toBe(200);
  });

  it('is turned off with the current password; the quick exit then signs out again', async () => {
    const client = await personWithLock();
    const patch = await client.patch('/api/v1/me/app-lock', {
      quickExit: 'lock',
      idleMinutes: null,
    });
    expect(patch.body).toEqual({ set: true, idleMinutes: null, quickExit: 'lock' });
    expect((await client.get('/api/v1/session')).body.appLock).toEqual({
      idleMinutes: null,
      quickExit: 'lock',
    });
    const off = await client.post('/api/v1/me/app-lock/remove', { currentPassword: PASSWORD });
    expect(off.status).toBe(200);
    expect(off.body).toEqual({ set: false, idleMinutes: null, quickExit: 'sign-out' });
    expect((await client.get('/api/v1/session')).body.appLock).toBeNull();
    expect((await client.post('/api/v1/lock')).status).toBe(409);
    expect((await client.patch('/api/v1/me/app-lock', { idleMinutes: 5 })).status).toBe(409);
  });
});

describe('unlock tries from one address', () => {
  let slow: TestServer;
  beforeAll(async () => {
    slow = await startTestServer({ features, limits: { signInMax: 3, windowMs: 60_000 } });
  });
  afterAll(() => slow.close());

  it('are slowed with 429 across sessions, before any PIN is checked', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 2; i++) {
      const person = await slow.person(`Shared ${i}`);
      await slow.db.withSystem(async (tx) => {
        await tx
          .insert(appLocks)
          .values({ personId: person.id, secretHash: await hashPassword('482916') });
      });
      expect((await person.client.post('/api/v1/lock')).status).toBe(200);
      for (let t = 0; t < 2; t++) {
        statuses.push(
          (await person.client.post('/api/v1/lock/unlock', { secret: '000000' })).status,
        );
      }
    }
    expect(statuses).toEqual([400, 400, 400, 429]);
  });
});

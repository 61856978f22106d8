import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../platform/db/database.ts';
import {
  startTestServer,
  type TestPerson,
  type TestServer,
} from '../platform/testing/test-server.ts';
import { features } from './server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ features });
});
afterAll(() => server.close());

const key = () => `k-${crypto.randomUUID()}`;
const withKey = (
  person: TestPerson,
  method: 'POST' | 'PATCH' | 'DELETE',
  url: string,
  k: string,
  body?: unknown,
) => person.client.request(method, url, body, { 'idempotency-key': k });
const count = (table: string, where: ReturnType<typeof sql>) =>
  server.db.withSystem(async (tx) =>
    Number(
      (
        await queryRows<{ n: string }>(
          tx,
          sql`select count(*) as n from ${sql.raw(table)} where ${where}`,
        )
      )[0]!.n,
    ),
  );

describe('Idempotency-Key', () => {
  it('answers a retry with the first response and creates one record', async () => {
    const alex = await server.person('Alex');
    const k = key();
    const first = await withKey(alex, 'POST', '/api/v1/couple', k);
    const retry = await withKey(alex, 'POST', '/api/v1/couple', k);
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.text).toBe(first.text);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(await count('couples', sql`created_by = ${alex.id}`)).toBe(1);
    // Without the key the same request is a new one, and is refused: the replay was real.
    expect((await alex.client.post('/api/v1/couple')).status).toBe(409);
  });

  it('refuses the same key with a different body, clearly, and changes nothing', async () => {
    const sam = await server.person('Sam');
    const k = key();
    expect((await withKey(sam, 'PATCH', '/api/v1/me', k, { displayName: 'First' })).status).toBe(
      200,
    );
    const other = await withKey(sam, 'PATCH', '/api/v1/me', k, { displayName: 'Second' });
    expect(other.status).toBe(409);
    expect(other.body.error.code).toBe('idempotency_key_reused');
    expect(other.body.error.message).toMatch(/already used for a different request/);
    expect((await sam.client.get('/api/v1/me')).body.displayName).toBe('First');
    // The same key on another route is another request, too.
    expect((await withKey(sam, 'POST', '/api/v1/couple', k)).status).toBe(409);
  });

  it('runs concurrent duplicates once and answers each with the same response', async () => {
    const kim = await server.person('Kim');
    await kim.client.post('/api/v1/couple');
    const k = key();
    const replies = await Promise.all(
      Array.from({ length: 6 }, () => withKey(kim, 'POST', '/api/v1/couple/invites', k)),
    );
    expect(replies.map((r) => r.status)).toEqual(Array(6).fill(201));
    expect(new Set(replies.map((r) => r.body.code)).size).toBe(1);
    expect(await count('invites', sql`created_by = ${kim.id}`)).toBe(1);
  });

  it('keeps each person’s keys and responses to themselves', async () => {
    const a = await server.person('A');
    const b = await server.person('B');
    const k = key();
    const mine = await withKey(a, 'PATCH', '/api/v1/me', k, { displayName: 'Only A' });
    const theirs = await withKey(b, 'PATCH', '/api/v1/me', k, { displayName: 'Only A' });
    expect(theirs.status).toBe(200);
    expect(theirs.headers['idempotent-replayed']).toBeUndefined();
    expect(theirs.body.id).toBe(b.id);
    expect(mine.body.id).toBe(a.id);
    // Row-level security: as B, A's stored response is invisible.
    const seen = await server.db.withSystem(async (tx) => {
      await tx.execute(
        sql`select set_config('role', 'kintsugi_app', true), set_config('app.user_id', ${b.id}, true)`,
      );
      return queryRows<{ person_id: string }>(tx, sql`select person_id from idempotency_keys`);
    });
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((row) => row.person_id === b.id)).toBe(true);
  });

  it('stores no request body and no hash of a password', async () => {
    const p = await server.person('P');
    const k = key();
    await withKey(p, 'POST', '/api/v1/me/password', k, {
      currentPassword: 'PLANTED-pass-1',
      newPassword: 'PLANTED-pass-2 long',
    });
    const rows = await server.db.withSystem((tx) =>
      queryRows<Record<string, unknown>>(
        tx,
        sql`select * from idempotency_keys where person_id = ${p.id}`,
      ),
    );
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain('PLANTED');
    // A retry with another password is the same request (secrets are not part of it) and replays.
    const retry = await withKey(p, 'POST', '/api/v1/me/password', k, {
      currentPassword: 'other',
      newPassword: 'other long phrase',
    });
    expect(retry.headers['idempotent-replayed']).toBe('true');
  });

  it('expires old keys', async () => {
    const q = await server.person('Q');
    const k = key();
    await withKey(q, 'PATCH', '/api/v1/me', k, { displayName: 'Old' });
    await server.db.withSystem((tx) =>
      tx.execute(
        sql`update idempotency_keys set created_at = now() - interval '25 hours' where person_id = ${q.id}`,
      ),
    );
    const again = await withKey(q, 'PATCH', '/api/v1/me', k, { displayName: 'New' });
    expect(again.status).toBe(200);
    expect(again.body.displayName).toBe('New');
  });

  it('refuses a malformed key and passes anonymous requests through', async () => {
    const r = await server.person('R');
    const bad = await withKey(r, 'PATCH', '/api/v1/me', 'has spaces in it', { displayName: 'X' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('bad_idempotency_key');
    expect((await r.client.get('/api/v1/me')).body.displayName).toBe('R');
    const anon = await server
      .client()
      .request(
        'POST',
        '/api/v1/auth/sign-in',
        { email: 'nobody@example.test', password: 'x' },
        { 'idempotency-key': key() },
      );
    expect(anon.status).toBe(401);
  });

  it('creates one account from concurrent anonymous sign-ups sent with one key', async () => {
    const email = `once.${crypto.randomUUID()}@example.test`;
    const k = key();
    const body = { email, password: 'a long enough phrase', displayName: 'Once' };
    const replies = await Promise.all(
      Array.from({ length: 5 }, () =>
        server.client().request('POST', '/api/v1/auth/sign-up', body, { 'idempotency-key': k }),
      ),
    );
    expect(replies.map((r) => r.status)).toEqual(Array(5).fill(201));
    expect(await count('people', sql`email = ${email}`)).toBe(1);
    // No copy of a response about credentials is kept for anonymous requests (decision 050).
    expect(await count('idempotency_keys', sql`key = ${k}`)).toBe(0);
  });

  it('does not keep a failure of ours, so a retry runs again', async () => {
    const s = await server.person('S');
    const k = key();
    // A 4xx is an answer and is kept; the claim is completed, not left open.
    expect((await withKey(s, 'POST', '/api/v1/couple/leave', k)).status).toBe(404);
    const rows = await server.db.withSystem((tx) =>
      queryRows<{ status_code: number }>(
        tx,
        sql`select status_code from idempotency_keys where person_id = ${s.id}`,
      ),
    );
    expect(rows).toEqual([{ status_code: 404 }]);
  });
});

import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../platform/db/database.ts';
import {
  startTestServer,
  TEST_ORIGIN,
  type TestPerson,
  type TestServer,
} from '../platform/testing/test-server.ts';
import { features } from './server.ts';

let server: TestServer;
let alex: TestPerson;

/** Everything in the database that a request could change, as one comparable value. */
const snapshot = () =>
  server.db.withSystem(async (tx) => ({
    people: await queryRows(
      tx,
      sql`select id, email, display_name, password_hash, time_zone from people order by id`,
    ),
    sessions: await queryRows(tx, sql`select id, token_hash from sessions order by id`),
    couples: await queryRows(tx, sql`select * from couples order by id`),
    memberships: await queryRows(tx, sql`select * from memberships order by id`),
    invites: await queryRows(tx, sql`select * from invites order by id`),
  }));

beforeAll(async () => {
  server = await startTestServer({ features });
  alex = await server.person('Alex');
  await alex.client.post('/api/v1/couple');
});
afterAll(() => server.close());

const raw = (
  url: string,
  payload: string | Buffer,
  headers: Record<string, string> = {},
  method: 'POST' | 'PATCH' = 'POST',
) =>
  server.app.inject({
    method,
    url,
    payload,
    headers: {
      origin: TEST_ORIGIN,
      'content-type': 'application/json',
      cookie: `${server.cookieName}=${alex.client.cookie}`,
      ...headers,
    },
  });

describe('bad input gets a clear 4xx and changes nothing', () => {
  const cases: [string, () => Promise<{ statusCode: number; body: string }>, number][] = [
    ['malformed JSON', () => raw('/api/v1/auth/sign-up', '{"email": "a@b.c", '), 400],
    [
      'deeply nested JSON',
      () => raw('/api/v1/auth/sign-up', '['.repeat(5000) + ']'.repeat(5000)),
      400,
    ],
    [
      'a 10 MB body',
      () => raw('/api/v1/auth/sign-up', JSON.stringify({ email: 'x'.repeat(10 * 1024 * 1024) })),
      413,
    ],
    [
      'invalid UTF-8',
      () =>
        raw('/api/v1/auth/sign-up', Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d])),
      400,
    ],
    [
      'a __proto__ key',
      () =>
        raw(
          '/api/v1/auth/sign-up',
          '{"__proto__": {"admin": true}, "email": "p@example.test", "password": "a long enough phrase", "displayName": "P"}',
        ),
      400,
    ],
    [
      'a constructor.prototype key',
      () => raw('/api/v1/me', '{"constructor": {"prototype": {"x": 1}}}', {}, 'PATCH'),
      400,
    ],
    [
      'unknown fields that try to set author_id and role',
      () =>
        raw(
          '/api/v1/auth/sign-up',
          JSON.stringify({
            email: 'r@example.test',
            password: 'a long enough phrase',
            displayName: 'R',
            role: 'admin',
            author_id: '00000000-0000-4000-8000-000000000000',
          }),
        ),
      400,
    ],
    [
      'a couple_id smuggled into join',
      () =>
        raw(
          '/api/v1/couple/join',
          JSON.stringify({
            code: 'AAAA-BBBB-CCCC',
            couple_id: '00000000-0000-4000-8000-000000000000',
          }),
        ),
      400,
    ],
    [
      'a right-to-left override in a name',
      () =>
        raw(
          '/api/v1/auth/sign-up',
          JSON.stringify({
            email: 'rtl@example.test',
            password: 'a long enough phrase',
            displayName: 'evil\u202Egnp.exe',
          }),
        ),
      400,
    ],
    [
      'a number where text belongs',
      () => raw('/api/v1/auth/sign-in', JSON.stringify({ email: 42, password: 'x' })),
      400,
    ],
    ['an array instead of an object', () => raw('/api/v1/auth/sign-in', '[1,2,3]'), 400],
    [
      'form data instead of JSON',
      () =>
        raw('/api/v1/auth/sign-in', 'email=a&password=b', {
          'content-type': 'application/x-www-form-urlencoded',
        }),
      415,
    ],
    [
      'a request from another site',
      () => raw('/api/v1/couple/leave', '', { origin: 'https://evil.example' }),
      403,
    ],
    ['a state change without Origin', () => raw('/api/v1/couple/leave', '', { origin: '' }), 403],
    [
      'an id that is not an id',
      () =>
        server.app.inject({
          method: 'DELETE',
          url: "/api/v1/couple/invites/1' or '1'='1",
          headers: { origin: TEST_ORIGIN, cookie: `${server.cookieName}=${alex.client.cookie}` },
        }),
      400,
    ],
    [
      'a list position that is not one we gave out',
      () =>
        server.app.inject({
          method: 'GET',
          url: `/api/v1/journal?before=${encodeURIComponent("' or 1=1 --")}`,
          headers: { cookie: `${server.cookieName}=${alex.client.cookie}` },
        }),
      400,
    ],
    ['an unknown route', () => raw('/api/v1/nothing-here', '{}'), 404],
  ];

  for (const [name, send, status] of cases) {
    it(name, async () => {
      const before = await snapshot();
      const res = await send();
      expect(res.statusCode).toBe(status);
      const body = JSON.parse(res.body);
      expect(body.error.code).toEqual(expect.any(String));
      expect(body.error.message.length).toBeGreaterThan(10);
      expect(await snapshot()).toEqual(before);
      expect((await alex.client.get('/api/v1/couple')).status).toBe(200);
    });
  }

  it('names the field that is wrong', async () => {
    const res = await server.client().post('/api/v1/auth/sign-up', {
      email: 'not-an-email',
      password: 'a long enough phrase',
      displayName: 'N',
    });
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.error.fields)).toEqual(['email']);
  });

  it('stores SQL and script payloads as plain text', async () => {
    const client = server.client();
    const name = `Robert'); drop table people;-- <script>alert(1)</script>`;
    const res = await client.post('/api/v1/auth/sign-up', {
      email: `bobby${Date.now()}@example.test`,
      password: 'a long enough phrase',
      displayName: name,
    });
    expect(res.status).toBe(201);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect((await client.get('/api/v1/me')).body.displayName).toBe(name);
    const tables = await server.db.withOwner((tx) =>
      queryRows(tx, sql`select 1 from pg_tables where tablename = 'people'`),
    );
    expect(tables).toHaveLength(1);
  });

  it('refuses a NUL or a hidden direction character in long text by naming the field, and keeps newlines and tabs', async () => {
    for (const hidden of ['\u0000', '\u202E']) {
      const res = await alex.client.post('/api/v1/journal', { body: `a night${hidden} like this` });
      expect(res.status).toBe(400);
      expect(res.body.error.fields.body).toMatch(/hidden character/);
    }
    expect((await alex.client.get('/api/v1/journal')).body.entries).toHaveLength(0);
    const kept = await alex.client.post('/api/v1/journal', {
      body: 'First line.\n\n\tSecond, after a tab.\r\nThird.',
    });
    expect(kept.status).toBe(201);
    expect(kept.body.body).toBe('First line.\n\n\tSecond, after a tab.\r\nThird.');
  });

  it('never changes state on GET', async () => {
    const before = await snapshot();
    for (const route of server.routes.filter((r) => r.method === 'GET')) {
      const url = route.url.replace(':id', '00000000-0000-4000-8000-000000000000');
      await alex.client.get(url);
      await server.client().get(url);
    }
    expect(await snapshot()).toEqual(before);
  });
});

import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../platform/db/database.ts';
import {
  startTestServer,
  TEST_ORIGIN,
  TestClient,
  type TestPerson,
  type TestServer,
} from '../platform/testing/test-server.ts';
import { sample, type Schema } from '../platform/testing/sample-body.ts';
import { features } from './server.ts';

/**
 * The attack and bad-input suite, against EVERY route in the server's route table (the
 * authorization walk in authorization.test.ts covers other people's ids per route; bad-input
 * covers the parser on one route each). Each attack must get a clear 4xx, the security headers,
 * and leave the database exactly as it was.
 */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ features });
});
afterAll(() => server.close());

type Json = Record<string, unknown>;

const PLANTED = 'PLANTED-attack-91c4';
const HOSTILE = `${PLANTED} '); DROP TABLE people; -- <script>alert(1)</script> ${'\u202E'}gnp.exe`;
const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);
const PUBLIC = new Set([
  'GET /api/health',
  'GET /api/openapi.json',
  'POST /api/v1/auth/sign-up',
  'POST /api/v1/auth/sign-in',
  'POST /api/v1/auth/sign-out',
  // Who is signed in, or `me: null`: the app asks it first, so it answers 200 to anyone.
  'GET /api/v1/session',
  'POST /api/v1/reminders/unsubscribe',
  // A passkey sign-in starts before anyone is signed in: a fresh challenge for anyone (decision 130).
  'POST /api/v1/auth/passkey/options',
  // The same address opened in a browser: a page that asks first (it changes nothing).
  'GET /api/v1/reminders/unsubscribe',
  // Confirming an address by the link from the mail, and sending a sign-up's link again.
  'POST /api/v1/auth/confirm-email',
  'POST /api/v1/auth/sign-up/resend',
]);
/**
 * One-click unsubscribe (RFC 8058) is posted by mail apps: no session, no Origin, a form body.
 * It can only turn one person's email reminders off, by a random token from their own mail;
 * src/app/reminders.test.ts holds it to those rules.
 */
const ONE_CLICK = new Set(['POST /api/v1/reminders/unsubscribe']);

interface Route {
  key: string;
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  url: string;
  body?: Schema;
  params: Schema[];
}
let routes: Route[] = [];

const paramSchema = (route: Route, name: string) =>
  (
    route.params.find((p) => (p as { name?: string }).name === name) as
      { schema?: Schema } | undefined
  )?.schema;
const urlOf = (route: Route, id: string = randomUUID()) =>
  route.url.replace(/:(\w+)/g, (_m, name: string) =>
    String((paramSchema(route, name)?.enum?.[0] as string | undefined) ?? id),
  );
const takesId = (route: Route) =>
  route.params.some((p) => (p as { schema?: Schema }).schema?.format === 'uuid');

/**
 * Everything in the database a request could change, bar the once-a-minute session touch and the
 * rate-limit counters (a refused try still counts: that is their job).
 */
let tables: string[] | undefined;
const snapshot = () =>
  server.db.withOwner(async (tx) => {
    tables ??= (
      await queryRows<{ tablename: string }>(
        tx,
        sql`select tablename from pg_tables where schemaname = 'public' and tablename <> 'rate_limits' order by tablename`,
      )
    ).map((t) => t.tablename);
    // Every table in one statement (a statement per table, a few times per route, was most of
    // this file's time): each table's rows as text, in a stable order.
    const rows = await queryRows<{ t: string; r: string }>(
      tx,
      sql`select t, r from (${sql.join(
        tables.map(
          (name) =>
            sql`select ${name}::text as t, (to_jsonb(x) - 'last_seen_at')::text as r from ${sql.identifier(name)} x`,
        ),
        sql` union all `,
      )}) s order by t, r`,
    );
    const all: Record<string, string[]> = Object.fromEntries(tables.map((name) => [name, []]));
    for (const { t, r } of rows) all[t]!.push(r);
    return all;
  });

function expectHeaders(headers: Record<string, unknown>, what: string) {
  const csp = String(headers['content-security-policy']);
  expect(csp, what).toMatch(/frame-ancestors 'none'/);
  expect(csp, what).not.toMatch(/unsafe-inline|unsafe-eval/);
  expect(headers['x-content-type-options'], what).toBe('nosniff');
  expect(headers['referrer-policy'], what).toBe('no-referrer');
  if (what.includes('/api/')) expect(headers['cache-control'], what).toBe('no-store');
}

function expectClear4xx(
  res: { statusCode: number; body: string; headers: Record<string, unknown> },
  status: number | number[],
  what: string,
) {
  expect(
    Array.isArray(status) ? status : [status],
    `${what}: ${res.statusCode} ${res.body.slice(0, 200)}`,
  ).toContain(res.statusCode);
  const body = JSON.parse(res.body) as { error: { code: string; message: string } };
  expect(body.error.code, what).toEqual(expect.any(String));
  expect(body.error.message.length, what).toBeGreaterThan(10);
  expectHeaders(res.headers, what);
}

async function couple(): Promise<[TestPerson, TestPerson]> {
  const owner = await server.person('Owner');
  const partner = await server.person('Partner');
  await owner.client.post('/api/v1/couple');
  const invite = await owner.client.post('/api/v1/couple/invites');
  await partner.client.post('/api/v1/couple/join', { code: invite.body.code });
  return [owner, partner];
}

describe('the attack suite', () => {
  it('knows every route, with the shape of its body and parameters', () => {
    const doc = server.app.swagger() as {
      paths: Record<
        string,
        Record<
          string,
          { requestBody?: { content: Record<string, { schema: Schema }> }; parameters?: Schema[] }
        >
      >;
    };
    routes = server.routes.map((r) => {
      const op = doc.paths[r.url.replace(/:(\w+)/g, '{$1}')]?.[r.method.toLowerCase()];
      return {
        key: `${r.method} ${r.url}`,
        method: r.method as Route['method'],
        url: r.url,
        body: op?.requestBody?.content['application/json']?.schema,
        params: (op?.parameters ?? []).filter((p) => (p as { in?: string }).in === 'path'),
      };
    });
    expect(routes.length).toBeGreaterThan(20);
    // Nothing anyone writes can ever travel in a URL: every path parameter is an id or a fixed word.
    for (const route of routes) {
      for (const param of route.params) {
        const schema = (param as { schema?: Schema }).schema;
        expect(
          schema?.format === 'uuid' || Array.isArray(schema?.enum),
          `${route.key} ${(param as { name?: string }).name}`,
        ).toBe(true);
      }
    }
  });

  it('refuses, on every state-changing route, smuggled fields, bad bodies and cross-site requests, changing nothing', async () => {
    const [owner] = await couple();
    const cookie = `${server.cookieName}=${owner.client.cookie}`;
    const ten = JSON.stringify({ text: 'x'.repeat(10 * 1024 * 1024) });
    for (const route of routes.filter((r) => !SAFE.has(r.method) && !ONE_CLICK.has(r.key))) {
      const before = await snapshot();
      const url = urlOf(route);
      const valid = (sample(route.body, 'plain words', 0, true) ?? {}) as Json;
      const send = (payload: string | Buffer | undefined, headers: Record<string, string> = {}) =>
        server.app.inject({
          method: route.method,
          url,
          ...(payload !== undefined ? { payload } : {}),
          headers: { origin: TEST_ORIGIN, cookie, 'content-type': 'application/json', ...headers },
        });
      const attacks: [string, () => ReturnType<typeof send>, number | number[]][] = [
        [
          'from another site',
          () => send(JSON.stringify(valid), { origin: 'https://evil.example' }),
          403,
        ],
        ['without Origin', () => send(JSON.stringify(valid), { origin: '' }), 403],
        ['from an opaque origin', () => send(JSON.stringify(valid), { origin: 'null' }), 403],
        [
          'as a plain-text form post',
          () => send(JSON.stringify(valid), { 'content-type': 'text/plain' }),
          415,
        ],
        ['with malformed JSON', () => send('{"a": '), 400],
        ['nested 5000 deep', () => send('['.repeat(5000) + ']'.repeat(5000)), 400],
        ['with 10 MB', () => send(ten), 413],
        [
          'in invalid UTF-8',
          () => send(Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d])),
          400,
        ],
        [
          'with a __proto__ key',
          () =>
            send(
              `{"__proto__": {"isAdmin": true}${Object.keys(valid).length ? `, ${JSON.stringify(valid).slice(1, -1)}` : ''}}`,
            ),
          400,
        ],
        [
          'with author_id, couple_id, visibility and role smuggled in',
          () =>
            send(
              JSON.stringify({
                ...valid,
                author_id: randomUUID(),
                authorId: randomUUID(),
                couple_id: randomUUID(),
                coupleId: randomUUID(),
                person_id: randomUUID(),
                visibility: 'shared',
                role: 'admin',
              }),
            ),
          400,
        ],
      ];
      for (const [what, attack, status] of attacks)
        expectClear4xx(await attack(), status, `${route.key} ${what}`);
      expect(await snapshot(), route.key).toEqual(before);
    }
  }, 300_000);

  it('answers SQL and script text in ids with 400, and in fields as plain stored text (never a 500, never HTML)', async () => {
    const [owner] = await couple();
    for (const route of routes.filter(takesId)) {
      for (const id of ["1' or '1'='1", '<script>alert(1)</script>', '..%2F..%2Fetc%2Fpasswd']) {
        const before = await snapshot();
        const res = await owner.client.request(
          route.method,
          urlOf(route, encodeURIComponent(id)),
          SAFE.has(route.method) ? undefined : {},
        );
        expect([400, 404], `${route.key} ${id}`).toContain(res.status);
        expect(await snapshot()).toEqual(before);
      }
    }
    for (const route of routes.filter((r) => r.body && !PUBLIC.has(r.key))) {
      const res = await owner.client.request(
        route.method,
        urlOf(route),
        sample(route.body, HOSTILE),
      );
      expect(res.status, `${route.key}: ${res.text.slice(0, 200)}`).toBeLessThan(500);
      expect(String(res.headers['content-type']), route.key).toMatch(/^application\/json/);
      expectHeaders(res.headers, route.key);
    }
    const tables = await server.db.withOwner((tx) =>
      queryRows(tx, sql`select 1 from pg_tables where tablename = 'people'`),
    );
    expect(tables).toHaveLength(1);
  }, 300_000);

  it('refuses names with right-to-left override characters on every route that takes a name', async () => {
    const [owner] = await couple();
    const named = routes.filter((r) =>
      Object.keys(r.body?.properties ?? {}).some((k) => /name$/i.test(k)),
    );
    expect(named.length).toBeGreaterThan(0);
    for (const route of named) {
      const body = sample(route.body, 'plain words') as Json;
      for (const key of Object.keys(body)) if (/name$/i.test(key)) body[key] = 'evil\u202Egnp.exe';
      const before = await snapshot();
      const res = await owner.client.request(route.method, urlOf(route), body);
      expect(res.status, route.key).toBe(400);
      expect(await snapshot()).toEqual(before);
    }
  });

  it('refuses NUL, control and hidden direction characters in every text field of every route, with a 400 and no change', async () => {
    const [owner] = await couple();
    let checked = 0;
    for (const route of routes.filter((r) => r.body)) {
      for (const hidden of ['\u0000', '\u0007', '\u202E', '\u2066']) {
        const body = sample(route.body, `plain${hidden}words`);
        if (!JSON.stringify(body).includes(JSON.stringify(hidden).slice(1, -1))) continue;
        checked++;
        const before = await snapshot();
        const client = PUBLIC.has(route.key) ? new TestClient(server) : owner.client;
        const res = await client.request(route.method, urlOf(route), body);
        expect(
          res.status,
          `${route.key} ${JSON.stringify(hidden)}: ${res.text.slice(0, 200)}`,
        ).toBe(400);
        expect(res.body.error.message, route.key).toMatch(/hidden character/);
        expect(await snapshot(), route.key).toEqual(before);
      }
    }
    expect(checked).toBeGreaterThan(40);
  }, 300_000);

  it('without PUBLIC_ORIGIN, refuses writes whose Host and Origin both name another site, and takes loopback', async () => {
    const [owner] = await couple();
    const before = await snapshot();
    const send = (host: string, origin: string) =>
      server.app.inject({
        method: 'PATCH',
        url: '/api/v1/me',
        payload: { displayName: 'Renamed' },
        headers: { host, origin, cookie: `${server.cookieName}=${owner.client.cookie}` },
      });
    for (const host of [
      'evil.example',
      'evil.example:80',
      'localhost.evil.example',
      '127.0.0.1.nip.io',
    ]) {
      expectClear4xx(await send(host, `http://${host}`), 403, `Host ${host}`);
    }
    expect(await snapshot()).toEqual(before);
    for (const host of ['localhost:80', '127.0.0.1:80', '[::1]:80'])
      expect((await send(host, `http://${host}`)).statusCode, host).toBe(200);
  });

  it('treats a session as dead after sign-out, after a password change elsewhere, and a partner as gone after leaving', async () => {
    const [owner] = await couple();
    const stale = new TestClient(server);
    stale.cookie = owner.client.cookie;
    await owner.client.post('/api/v1/auth/sign-out');
    const before = await snapshot();
    for (const route of routes.filter((r) => !PUBLIC.has(r.key))) {
      const body = SAFE.has(route.method) ? undefined : (sample(route.body, 'plain words') ?? {});
      const res = await stale.request(route.method, urlOf(route), body);
      expect(
        SAFE.has(route.method) || !route.body ? [401] : [400, 401],
        `${route.key} after sign-out`,
      ).toContain(res.status);
    }
    expect(await snapshot()).toEqual(before);
    const session = await stale.request('GET', '/api/v1/session');
    expect([session.status, session.body]).toEqual([200, { me: null }]);

    // A password change ends every other session of that person at once.
    const me = new TestClient(server);
    const email = `pw.${randomUUID()}@example.test`;
    await me.post('/api/v1/auth/sign-up', {
      email,
      password: 'a long enough phrase',
      displayName: 'Pw',
    });
    const other = new TestClient(server);
    await other.post('/api/v1/auth/sign-in', { email, password: 'a long enough phrase' });
    expect((await other.get('/api/v1/me')).status).toBe(200);
    expect(
      (
        await me.post('/api/v1/me/password', {
          currentPassword: 'a long enough phrase',
          newPassword: 'another long phrase',
        })
      ).status,
    ).toBe(200);
    for (const route of routes.filter((r) => SAFE.has(r.method) && !PUBLIC.has(r.key))) {
      expect((await other.request('GET', urlOf(route))).status, route.key).toBe(401);
    }
    expect((await me.get('/api/v1/me')).status).toBe(200);

    // After leaving, no route shows the one who stayed anything of the one who left.
    const [stays, leaves] = await couple();
    const name = `Leaver-${randomUUID().slice(0, 8)}`;
    await leaves.client.patch('/api/v1/me', { displayName: name });
    expect((await stays.client.get('/api/v1/couple')).text).toContain(name);
    await leaves.client.post('/api/v1/couple/leave');
    for (const route of routes.filter((r) => r.method === 'GET')) {
      const res = await stays.client.get(urlOf(route));
      expect(res.text, route.key).not.toContain(name);
      expect(res.text, route.key).not.toContain(leaves.id);
    }
  }, 120_000);

  it('puts security headers on every response of every route, for anyone', async () => {
    const [owner] = await couple();
    for (const route of routes) {
      for (const client of [server.client(), owner.client]) {
        const res = await client.request(
          route.method,
          urlOf(route),
          SAFE.has(route.method) ? undefined : (sample(route.body, 'plain words') ?? undefined),
        );
        expectHeaders(res.headers, `${route.key} ${res.status}`);
        expect(res.status, route.key).toBeLessThan(500);
      }
    }
  }, 120_000);

  it('never lets planted private text reach the logs or a URL', async () => {
    const [owner, partner] = await couple();
    for (const route of routes.filter((r) => !SAFE.has(r.method) && r.body)) {
      const res = await owner.client.request(
        route.method,
        urlOf(route),
        sample(route.body, `${PLANTED} words`),
      );
      expect(String(res.headers.location ?? ''), route.key).not.toContain(PLANTED);
    }
    for (const route of routes.filter((r) => SAFE.has(r.method)))
      await partner.client.get(urlOf(route));
    const logs = server.logs.join('');
    expect(logs).toContain('"url"');
    expect(logs).not.toContain(PLANTED);
    for (const line of server.logs) {
      const url = (JSON.parse(line) as { req?: { url?: string } }).req?.url ?? '';
      expect(url).not.toContain('PLANTED');
    }
  }, 120_000);
});

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../platform/db/database.ts';
import type { FeatureModule } from '../platform/server/build-server.ts';
import { startTestServer, type TestServer } from '../platform/testing/test-server.ts';
import { features } from './server.ts';

let server: TestServer;
let secure: TestServer;
const webDir = mkdtempSync(join(tmpdir(), 'kintsugi-web-'));
const choked = 'PLANTED-words-the-database-choked-on-41c2';

/** Routes whose database statement fails on a person's words, as a read and as a write. */
const failing: FeatureModule = {
  name: 'failing',
  routes: (api, { auth }) => {
    const fail = (request: Parameters<typeof auth.run>[0]) =>
      auth.run(request, ({ tx }) => queryRows(tx, sql`select ${choked}::int as n`));
    api.get('/api/v1/test-failing', (request) => fail(request));
    api.post('/api/v1/test-failing', (request) => fail(request));
  },
};

beforeAll(async () => {
  writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>Kintsugi</title>');
  server = await startTestServer({ features: [...features, failing], webDir });
  secure = await startTestServer({ features, env: { PUBLIC_ORIGIN: 'https://kintsugi.example' } });
});
afterAll(async () => {
  await server.close();
  await secure.close();
  rmSync(webDir, { recursive: true, force: true });
});

function expectSecurityHeaders(headers: Record<string, unknown>, what: string) {
  const csp = String(headers['content-security-policy']);
  expect(csp, what).toMatch(/script-src 'self'/);
  expect(csp, what).not.toMatch(/unsafe-inline|unsafe-eval/);
  expect(csp, what).toMatch(/frame-ancestors 'none'/);
  expect(headers['x-content-type-options'], what).toBe('nosniff');
  expect(headers['referrer-policy'], what).toBe('no-referrer');
  // No page of ours may reach the camera, the microphone or where someone is.
  expect(String(headers['permissions-policy']), what).toMatch(/(^|, )camera=\(\)/);
  expect(String(headers['permissions-policy']), what).toMatch(/microphone=\(\)/);
  expect(String(headers['permissions-policy']), what).toMatch(/geolocation=\(\)/);
}

describe('security headers', () => {
  it('are on every response: API, errors, pages and the not-found page', async () => {
    const person = await server.person();
    const responses = {
      health: await server.client().get('/api/health'),
      me: await person.client.get('/api/v1/me'),
      unauthenticated: await server.client().get('/api/v1/me'),
      missing: await server.client().get('/api/v1/missing'),
      page: await server.client().get('/today'),
      root: await server.client().get('/'),
      refused: await server
        .client()
        .request('POST', '/api/v1/couple', undefined, { origin: 'https://evil.example' }),
    };
    for (const [what, res] of Object.entries(responses)) expectSecurityHeaders(res.headers, what);
    expect(responses.page.status).toBe(200);
    expect(responses.page.text).toContain('<title>Kintsugi</title>');
    expect(responses.me.headers['cache-control']).toBe('no-store');
    expect(responses.health.headers['strict-transport-security']).toBeUndefined();
  });

  it('add HSTS and a __Host- Secure cookie when served over TLS', async () => {
    const client = secure.client();
    const res = await client.request(
      'POST',
      '/api/v1/auth/sign-up',
      {
        email: `tls${Date.now()}@example.test`,
        password: 'a long enough phrase',
        displayName: 'T',
      },
      { origin: 'https://kintsugi.example' },
    );
    expect(res.status).toBe(201);
    expect(res.headers['strict-transport-security']).toMatch(/max-age=\d+/);
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/^__Host-kintsugi=/);
    expect(cookie).toMatch(/Secure/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).not.toMatch(/Domain=/);
    // Behind TLS the origin is the public one, not whatever Host says.
    const local = await client.request('POST', '/api/v1/auth/sign-out', undefined, {
      origin: 'http://localhost:80',
    });
    expect(local.status).toBe(403);
  });

  it('publishes the OpenAPI document of every route', async () => {
    const res = await server.client().get('/api/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toMatch(/^3\./);
    for (const route of server.routes.filter((r) => r.url !== '/api/openapi.json')) {
      const path = route.url.replace(/:(\w+)/g, '{$1}');
      expect(
        res.body.paths[path]?.[route.method.toLowerCase()],
        `${route.method} ${path}`,
      ).toBeDefined();
    }
  });
});

describe('logs', () => {
  it('never hold passwords, tokens, invite codes or what people wrote', async () => {
    const planted = 'PLANTED-secret-words-7f3a';
    const client = server.client();
    await client.post('/api/v1/auth/sign-up', {
      email: `planted${Date.now()}@example.test`,
      password: `${planted} password`,
      displayName: `${planted} name`,
    });
    await client.post('/api/v1/auth/sign-in', {
      email: 'nobody@example.test',
      password: `${planted} guess`,
    });
    await client.patch('/api/v1/me', { displayName: `${planted} renamed` });
    await client.post('/api/v1/couple');
    const invite = await client.post('/api/v1/couple/invites');
    await server.client().post('/api/v1/couple/join', { code: invite.body.code });
    await client.post('/api/v1/me/password', {
      currentPassword: `${planted} password`,
      newPassword: `${planted} new one`,
    });
    const logs = server.logs.join('');
    expect(logs).toContain('"reqId"'); // the logs were captured at all
    expect(logs).not.toContain(planted);
    expect(logs).not.toContain(invite.body.code);
    expect(logs).not.toContain(client.cookie!);
  });

  it('hold one line per request, with its method, path without query, status and time', async () => {
    const before = server.logs.length;
    const res = await server.client().get('/api/health?probe=secret-query-value');
    expect(res.status).toBe(200);
    const lines = server.logs
      .slice(before)
      .join('')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      msg: 'request',
      req: { method: 'GET', url: '/api/health' },
      status: 200,
    });
    expect(typeof lines[0]?.ms).toBe('number');
    expect(JSON.stringify(lines)).not.toContain('secret-query-value');
  });

  it('record a failed statement without the values it failed on, on reads and writes alike', async () => {
    const client = server.client();
    await client.post('/api/v1/auth/sign-up', {
      email: `choke${Date.now()}@example.test`,
      password: 'a long enough password',
      displayName: 'C',
    });
    const before = server.logs.length;
    const read = await client.get('/api/v1/test-failing');
    const write = await client.post('/api/v1/test-failing');
    expect([read.status, write.status]).toEqual([500, 500]);
    expect(JSON.stringify([read.body, write.body])).not.toContain(choked);
    const logs = server.logs.slice(before).join('');
    expect(logs).toContain('request failed'); // both failures were logged
    expect(logs).toContain('    at '); // with where they happened
    expect(logs).not.toContain(choked);
  });
});

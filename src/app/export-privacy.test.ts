import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sample, type Schema } from '../platform/testing/sample-body.ts';
import {
  startTestServer,
  type TestPerson,
  type TestServer,
} from '../platform/testing/test-server.ts';
import { features } from './server.ts';

/**
 * The export holds nothing the person can't read in the app. The partner writes planted text
 * through EVERY route that takes text (private things, shared things, drafts, answers), each
 * with its own marker; whatever of it shows up in my export must also be readable to me through
 * the app's own list routes. Private items of the partner therefore can't be in it.
 */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ features });
});
afterAll(() => server.close());

async function couple(): Promise<[TestPerson, TestPerson]> {
  const me = await server.person('Me');
  const partner = await server.person('Partner');
  await me.client.post('/api/v1/couple');
  const invite = await me.client.post('/api/v1/couple/invites');
  await partner.client.post('/api/v1/couple/join', { code: invite.body.code });
  return [me, partner];
}

describe('the export and the partner’s writing', () => {
  it('holds only what I can read in the app, whatever my partner wrote and wherever', async () => {
    const [me, partner] = await couple();
    const doc = server.app.swagger() as {
      paths: Record<
        string,
        Record<string, { requestBody?: { content: Record<string, { schema: Schema }> } }>
      >;
    };
    const planted: string[] = [];
    let created = 0;
    for (const route of server.routes) {
      const skip = ['/api/v1/auth', '/api/v1/me', '/api/v1/couple', '/api/v1/time-apart'];
      if (
        route.method === 'GET' ||
        route.url.includes(':') ||
        skip.some((p) => route.url.startsWith(p))
      )
        continue;
      const schema =
        doc.paths[route.url]?.[route.method.toLowerCase()]?.requestBody?.content['application/json']
          ?.schema;
      if (!schema) continue;
      // Each enum choice once (private, shared, draft, now, ...), each with its own marker.
      for (let pick = 0; pick < 4; pick++) {
        const marker = `PLANTED-${planted.length}-${randomUUID().slice(0, 6)}`;
        planted.push(marker);
        const res = await partner.client.request(
          route.method as 'POST',
          route.url,
          sample(schema, `${marker} words`, pick),
        );
        if (res.status < 300) created++;
      }
    }
    expect(created).toBeGreaterThan(5);

    const exported =
      (await me.client.get('/api/v1/export')).text +
      (await me.client.get('/api/v1/export/html')).text;
    let visible = '';
    for (const route of server.routes.filter(
      (r) => r.method === 'GET' && !r.url.includes(':') && !r.url.includes('export'),
    )) {
      visible += (await me.client.get(route.url)).text;
    }
    // And every page of one item that I can reach from those lists.
    const ids = [
      ...new Set(
        visible.match(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g) ?? [],
      ),
    ];
    for (const route of server.routes.filter(
      (r) => r.method === 'GET' && /^[^:]*:id$/.test(r.url),
    )) {
      for (const id of ids) visible += (await me.client.get(route.url.replace(':id', id))).text;
    }
    expect(planted.filter((m) => exported.includes(m)).length).toBeGreaterThan(0);
    const leaked = planted.filter((m) => exported.includes(m) && !visible.includes(m));
    expect(leaked).toEqual([]);
    // And the partner's own export has what they wrote.
    const theirs = (await partner.client.get('/api/v1/export')).text;
    expect(planted.filter((m) => theirs.includes(m)).length).toBeGreaterThan(0);
  }, 120_000);
});

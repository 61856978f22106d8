import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import pkg from '../../package.json' with { type: 'json' };
import { errorBodySchema } from '../platform/server/errors.ts';
import { startTestServer, type TestServer } from '../platform/testing/test-server.ts';
import { apiDescription } from './api-description.ts';
import { features } from './server.ts';

/** The document at /api/openapi.json as the app publishes it: names, tags, session, errors. */

type Operation = { operationId: string; tags: string[]; responses: Record<string, unknown> };
type Document = {
  info: { version: string; license: { name: string; url: string } };
  servers: { url: string }[];
  paths: Record<string, Record<string, Operation>>;
  tags: { name: string; description: string }[];
  components: {
    securitySchemes: Record<string, { type: string; in: string; name: string }>;
    schemas: Record<string, unknown>;
  };
};

let server: TestServer;
let doc: Document;
beforeAll(async () => {
  server = await startTestServer({ features, api: apiDescription });
  doc = (await server.client().get('/api/openapi.json')).body;
});
afterAll(() => server.close());

const operations = () =>
  Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => ({ key: `${method.toUpperCase()} ${path}`, op })),
  );

describe('the API document', () => {
  it('names every operation once, in camelCase, with the readable name where one is given', () => {
    const ids = operations().map(({ op }) => op.operationId);
    expect(ids.length).toBe(server.routes.length - 1); // all but the document itself
    expect(ids.every((id) => /^[a-z][A-Za-z0-9]*$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(doc.paths['/api/v1/journal']!.get!.operationId).toBe('listJournalEntries');
    for (const [key, id] of Object.entries(apiDescription.operationIds)) {
      const [method, url] = key.split(' ') as [string, string];
      // A name for a route that no longer exists would hide that the route is gone.
      expect(
        server.routes.some((r) => r.method === method && r.url === url),
        `${key} is a route`,
      ).toBe(true);
      expect(doc.paths[url.replace(/:(\w+)/g, '{$1}')]![method.toLowerCase()]!.operationId).toBe(
        id,
      );
    }
  });

  it('describes every tag in its own words', () => {
    const used = new Set(operations().flatMap(({ op }) => op.tags));
    expect(doc.tags.map((t) => t.name).sort()).toEqual([...used].sort());
    for (const tag of used)
      expect(apiDescription.tags[tag], `a description of the tag "${tag}"`).toBeTruthy();
  });

  it('says its version and licence, where it is served, and which cookie is the session', () => {
    expect(doc.info.version).toBe(pkg.version);
    expect(doc.info.license.name).toBe(pkg.license);
    expect(doc.servers).toEqual([expect.objectContaining({ url: '/' })]);
    expect(doc.components.securitySchemes.session).toMatchObject({
      type: 'apiKey',
      in: 'cookie',
      name: server.cookieName,
    });
  });

  it('describes the error body with the very schema the errors are made from', () => {
    expect(doc.components.schemas.Error).toEqual(
      JSON.parse(
        JSON.stringify({
          ...z.toJSONSchema(errorBodySchema, { target: 'openapi-3.0' }),
          $schema: undefined,
        }),
      ),
    );
  });
});

describe('every error the edge gives', () => {
  const signedIn = async () => (await server.person('Errors')).client;
  const cases: [string, string, string, () => Promise<{ status: number; body: unknown }>][] = [
    ['401', 'GET', '/api/v1/me', () => server.client().get('/api/v1/me')],
    [
      '403',
      'POST',
      '/api/v1/journal',
      async () =>
        (await signedIn()).request(
          'POST',
          '/api/v1/journal',
          { body: 'x' },
          { origin: 'https://elsewhere.example' },
        ),
    ],
    [
      '400',
      'POST',
      '/api/v1/journal',
      async () => (await signedIn()).post('/api/v1/journal', { body: '' }),
    ],
    [
      '404',
      'GET',
      '/api/v1/journal/{id}',
      async () => (await signedIn()).get(`/api/v1/journal/${randomUUID()}`),
    ],
    [
      '413',
      'POST',
      '/api/v1/journal',
      async () => (await signedIn()).post('/api/v1/journal', { body: 'x'.repeat(70_000) }),
    ],
    [
      '415',
      'POST',
      '/api/v1/journal',
      async () =>
        (await signedIn()).request('POST', '/api/v1/journal', 'x', {
          'content-type': 'text/plain',
        }),
    ],
    [
      '400',
      'GET',
      '/api/v1/journal/{id}',
      async () => (await signedIn()).get('/api/v1/journal/%zz'),
    ],
  ];
  for (const [status, method, path, send] of cases) {
    it(`${status} on ${method} ${path}: documented, in the one error shape`, async () => {
      const res = await send();
      expect(res.status).toBe(Number(status));
      // Parsing strips nothing: the body is exactly the documented shape, no more.
      expect(errorBodySchema.parse(res.body)).toEqual(res.body);
      expect(doc.paths[path]![method.toLowerCase()]!.responses[status]).toBeDefined();
    });
  }
});

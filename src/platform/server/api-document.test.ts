import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { startTestServer, type TestServer } from '../testing/test-server.ts';
import { deriveOperationId, errorsOf, type RouteFacts } from './api-operations.ts';
import type { FeatureModule } from './build-server.ts';

describe('deriveOperationId', () => {
  it('reads method and path as one name, params last', () => {
    expect(deriveOperationId('GET', '/api/health')).toBe('getHealth');
    expect(deriveOperationId('GET', '/api/v1/journal/:id')).toBe('getJournalById');
    expect(deriveOperationId('POST', '/api/v1/me/sessions/end-others')).toBe(
      'postMeSessionsEndOthers',
    );
    expect(deriveOperationId('PUT', '/api/v1/a/:x/b/:y')).toBe('putABByXAndY');
  });
});

describe('errorsOf', () => {
  const route: RouteFacts = {
    method: 'GET',
    url: '/api/v1/things',
    session: 'required',
    hasParams: false,
    hasInput: false,
    isWrite: false,
    isRateLimited: false,
    extra: [],
  };

  it('a signed-in read: not signed in, not there, locked by the app lock, our bug', () => {
    expect(errorsOf(route)).toEqual(['unauthenticated', 'not_found', 'locked', 'internal']);
  });

  it('a route that runs while the app lock holds never answers 423 (decision 132)', () => {
    expect(errorsOf({ ...route, whileLocked: true })).not.toContain('locked');
    expect(errorsOf({ ...route, session: 'optional' })).not.toContain('locked');
  });

  it('a public, rate-limited write: everything the edge checks, and no 401 it cannot give', () => {
    const write = {
      ...route,
      method: 'POST',
      session: 'none' as const,
      hasInput: true,
      isWrite: true,
      isRateLimited: true,
    };
    expect(errorsOf(write)).toEqual([
      'bad_request',
      'forbidden',
      'conflict',
      'payload_too_large',
      'unsupported_media_type',
      'rate_limited',
      'internal',
    ]);
    expect(errorsOf({ ...write, extra: ['unauthenticated'] })).toContain('unauthenticated');
  });
});

// A feature nobody annotated for the document, as a new one would be: it still gets names,
// a tag, the session requirement and its error responses.
const thing = z.object({ id: z.uuid() });
const thingsModule: FeatureModule = {
  name: 'things',
  routes: (api, { auth }) => {
    api.get(
      '/api/v1/things',
      { schema: { summary: 'My things', response: { 200: z.array(thing) } } },
      (request) => auth.run(request, async () => []),
    );
    api.post(
      '/api/v1/things/:id/parts',
      {
        schema: {
          summary: 'Add a part',
          params: thing,
          body: z.strictObject({ name: z.string() }),
          response: { 201: thing },
        },
      },
      (request) => auth.run(request, async () => ({ id: request.params.id })),
    );
    api.get(
      '/api/v1/things/parts/:id',
      { schema: { summary: 'A part', params: thing, response: { 200: thing } } },
      (request) => auth.run(request, async () => ({ id: request.params.id })),
    );
    // Derives the same name as the route above: the second is numbered rather than lost.
    api.get(
      '/api/v1/things/:id/parts',
      { schema: { summary: 'Its parts', params: thing, response: { 200: z.array(thing) } } },
      (request) => auth.run(request, async () => [{ id: request.params.id }]),
    );
    api.post(
      '/api/v1/things/:id/parts/:partId',
      { schema: { summary: 'Named', operationId: 'polishPart', security: [] } },
      async () => null,
    );
  },
};

type Operation = {
  operationId: string;
  tags: string[];
  security?: unknown[];
  responses: Record<string, { $ref?: string }>;
};
let server: TestServer;
let doc: {
  paths: Record<string, Record<string, Operation>>;
  tags: { name: string; description: string }[];
  security: unknown[];
  components: { responses: Record<string, unknown>; schemas: Record<string, unknown> };
};
beforeAll(async () => {
  server = await startTestServer({ features: [thingsModule] });
  doc = server.app.swagger() as unknown as typeof doc;
});
afterAll(() => server.close());

describe('the document of routes nobody described', () => {
  it('names every operation, uniquely, and keeps a name the route gives itself', () => {
    expect(doc.paths['/api/v1/things']!.get!.operationId).toBe('getThings');
    expect(doc.paths['/api/v1/things/{id}/parts']!.post!.operationId).toBe('postThingsPartsById');
    expect(doc.paths['/api/v1/things/{id}/parts/{partId}']!.post!.operationId).toBe('polishPart');
    const ids = Object.values(doc.paths).flatMap((ops) =>
      Object.values(ops).map((op) => op.operationId),
    );
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(['getThingsPartsById', 'getThingsPartsById2']));
  });

  it('tags each route with its feature, and describes the tag', () => {
    expect(doc.paths['/api/v1/things']!.get!.tags).toEqual(['things']);
    expect(doc.tags.find((t) => t.name === 'things')?.description).toBeTruthy();
  });

  it('needs the session cookie unless the route says otherwise', () => {
    expect(doc.security).toEqual([{ session: [] }]);
    expect(doc.paths['/api/v1/things']!.get!.security).toBeUndefined();
    expect(doc.paths['/api/v1/things/{id}/parts/{partId}']!.post!.security).toEqual([]);
  });

  it('lists the errors each route can give, as the shared error response', () => {
    const read = doc.paths['/api/v1/things']!.get!.responses;
    expect(Object.keys(read).sort()).toEqual(['200', '401', '404', '423', '500']);
    expect(read['401']).toEqual({ $ref: '#/components/responses/Unauthenticated' });
    const write = doc.paths['/api/v1/things/{id}/parts']!.post!.responses;
    expect(Object.keys(write).sort()).toEqual([
      '201',
      '400',
      '401',
      '403',
      '404',
      '409',
      '413',
      '415',
      '423',
      '500',
    ]);
    const open = doc.paths['/api/v1/things/{id}/parts/{partId}']!.post!.responses;
    expect(open['401']).toBeUndefined();
    expect(doc.components.schemas.Error).toBeDefined();
    expect(Object.keys(doc.components.responses)).toContain('PayloadTooLarge');
  });
});

import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../platform/db/database.ts';
import { startTestServer, type TestClient, type TestServer } from '../platform/testing/test-server.ts';
import { features } from './server.ts';

/**
 * Walks every route as four people: nobody, the owner of the thing, the owner's partner, and a
 * stranger from another couple. A route without an expectation here fails the suite.
 */
type Actor = 'anonymous' | 'owner' | 'partner' | 'stranger';
type Scenario = Awaited<ReturnType<typeof makeScenario>>;
interface Expectation {
  expect: Record<Actor, number>;
  url?: (s: Scenario) => string;
  body?: (s: Scenario) => unknown;
}

const all = (status: number) => ({ anonymous: status, owner: status, partner: status, stranger: status });
const signedIn = (status: number, others: Partial<Record<Actor, number>> = {}) => ({
  anonymous: 401,
  owner: status,
  partner: status,
  stranger: status,
  ...others,
});

const expectations: Record<string, Expectation> = {
  'GET /api/health': { expect: all(200) },
  'GET /api/openapi.json': { expect: all(200) },
  'POST /api/v1/auth/sign-up': {
    expect: all(201),
    body: () => ({ email: `new.${randomUUID()}@example.test`, password: 'a long enough phrase', displayName: 'New' }),
  },
  'POST /api/v1/auth/sign-in': { expect: all(401), body: (s) => ({ email: s.ownerEmail, password: 'wrong password' }) },
  'POST /api/v1/auth/sign-out': { expect: all(204) },
  'GET /api/v1/me': { expect: signedIn(200) },
  'PATCH /api/v1/me': { expect: signedIn(200), body: () => ({ displayName: 'Renamed' }) },
  'POST /api/v1/me/password': {
    expect: signedIn(400),
    body: () => ({ currentPassword: 'not the password', newPassword: 'another long phrase' }),
  },
  'GET /api/v1/me/sessions': { expect: signedIn(200) },
  'DELETE /api/v1/me/sessions/:id': {
    expect: { anonymous: 401, owner: 204, partner: 404, stranger: 404 },
    url: (s) => `/api/v1/me/sessions/${s.ownerSessionId}`,
  },
  'POST /api/v1/me/sessions/end-others': { expect: signedIn(200) },
  'POST /api/v1/couple': { expect: signedIn(409) },
  'GET /api/v1/couple': { expect: signedIn(200) },
  'POST /api/v1/couple/invites': { expect: signedIn(409, { stranger: 201 }) },
  'GET /api/v1/couple/invites': { expect: signedIn(200) },
  'DELETE /api/v1/couple/invites/:id': {
    expect: { anonymous: 401, owner: 204, partner: 204, stranger: 404 },
    url: (s) => `/api/v1/couple/invites/${s.ownerInviteId}`,
  },
  'POST /api/v1/couple/join': { expect: signedIn(409), body: (s) => ({ code: s.strangerInviteCode }) },
  'POST /api/v1/couple/leave': { expect: signedIn(204) },
};

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ features });
});
afterAll(() => server.close());

/** A fresh world per call: owner and partner share a space; the stranger has one of their own. */
async function makeScenario() {
  const owner = await server.person('Owner');
  const partner = await server.person('Partner');
  const stranger = await server.person('Stranger');
  await owner.client.post('/api/v1/couple');
  const invite = await owner.client.post('/api/v1/couple/invites');
  await partner.client.post('/api/v1/couple/join', { code: invite.body.code });
  await stranger.client.post('/api/v1/couple');
  const strangerInvite = await stranger.client.post('/api/v1/couple/invites');
  const ownerInviteId = await server.db.withSystem(async (tx) => {
    const [couple] = await queryRows<{ couple_id: string }>(tx, sql`select couple_id from memberships where person_id = ${owner.id}`);
    const [row] = await queryRows<{ id: string }>(
      tx,
      sql`insert into invites (couple_id, created_by, code_hash, expires_at) values (${couple!.couple_id}, ${owner.id}, ${randomUUID()}, now() + interval '1 day') returning id`,
    );
    return row!.id;
  });
  const sessions = await owner.client.get('/api/v1/me/sessions');
  const clients: Record<Actor, TestClient> = {
    anonymous: server.client(),
    owner: owner.client,
    partner: partner.client,
    stranger: stranger.client,
  };
  return {
    clients,
    ownerEmail: owner.email,
    ownerSessionId: sessions.body.sessions[0].id as string,
    ownerInviteId,
    strangerInviteCode: strangerInvite.body.code as string,
  };
}

describe('authorization of every route', () => {
  it('has an expectation for every route, and a route for every expectation', () => {
    const keys = server.routes.map((r) => `${r.method} ${r.url}`).sort();
    expect(keys).toEqual(Object.keys(expectations).sort());
  });

  for (const [key, expectation] of Object.entries(expectations)) {
    it(key, async () => {
      const [method, path] = key.split(' ') as ['GET' | 'POST' | 'PATCH' | 'DELETE', string];
      const seen: Record<string, number> = {};
      for (const actor of ['anonymous', 'stranger', 'partner', 'owner'] as Actor[]) {
        const scenario = await makeScenario();
        const url = expectation.url?.(scenario) ?? path;
        const res = await scenario.clients[actor].request(method, url, expectation.body?.(scenario));
        seen[actor] = res.status;
      }
      expect(seen).toEqual(expectation.expect);
    });
  }
});

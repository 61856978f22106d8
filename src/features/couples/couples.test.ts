import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../platform/db/database.ts';
import {
  startTestServer,
  type TestPerson,
  type TestServer,
} from '../../platform/testing/test-server.ts';
import { couplesModule } from './couples.routes.server.ts';
import { normalizeInviteCode } from './invite-code.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ features: [couplesModule] });
});
afterAll(() => server.close());

async function invite(person: TestPerson) {
  const res = await person.client.post('/api/v1/couple/invites');
  expect(res.status).toBe(201);
  return res.body as { id: string; code: string; url: string; expiresAt: string };
}

describe('the couple space', () => {
  it('starts alone, invites, and the partner joins; both see both names', async () => {
    const alex = await server.person('Alex');
    const blake = await server.person('Blake');
    expect((await alex.client.get('/api/v1/couple')).status).toBe(404);

    const created = await alex.client.post('/api/v1/couple');
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      isComplete: false,
      partners: [{ displayName: 'Alex', isMe: true }],
    });

    const code = await invite(alex);
    expect(code.code).toMatch(
      /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/,
    );
    expect(code.url).toBe(`http://localhost:80/join#code=${code.code}`);
    const days = (Date.parse(code.expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.9);
    expect(days).toBeLessThanOrEqual(7);

    // Typed the way people type: lower case, spaces instead of dashes.
    const joined = await blake.client.post('/api/v1/couple/join', {
      code: code.code.toLowerCase().replaceAll('-', ' '),
    });
    expect(joined.status).toBe(200);
    expect(joined.body.isComplete).toBe(true);
    const names = (p: { partners: { displayName: string }[] }) =>
      p.partners.map((x) => x.displayName).sort();
    expect(names(joined.body)).toEqual(['Alex', 'Blake']);
    const seenByAlex = await alex.client.get('/api/v1/couple');
    expect(names(seenByAlex.body)).toEqual(['Alex', 'Blake']);
    expect(seenByAlex.body.partners.find((p: { isMe: boolean }) => p.isMe).displayName).toBe(
      'Alex',
    );
  });

  it('answers "no space yet" as a 200 with couple: null on /couple/current, and the space once there is one', async () => {
    const alex = await server.person('Alex');
    const none = await alex.client.get('/api/v1/couple/current');
    expect(none.status).toBe(200);
    expect(none.body).toEqual({ couple: null });
    const created = await alex.client.post('/api/v1/couple');
    const now = await alex.client.get('/api/v1/couple/current');
    expect(now.status).toBe(200);
    expect(now.body.couple).toEqual(created.body);
    const blake = await server.person('Blake');
    // The old route keeps its 404 for other clients.
    expect((await blake.client.get('/api/v1/couple')).status).toBe(404);
    expect((await blake.client.get('/api/v1/couple/current')).body).toEqual({ couple: null });
    expect((await server.client().get('/api/v1/couple/current')).status).toBe(401);
  });

  it('uses an invite once, holds exactly two, and refuses revoked or expired invites', async () => {
    const a = await server.person();
    const b = await server.person();
    const c = await server.person();
    await a.client.post('/api/v1/couple');
    const first = await invite(a);
    const second = await invite(a); // replaces the first
    expect((await a.client.get('/api/v1/couple/invites')).body.invites).toEqual([
      expect.objectContaining({ id: second.id }),
    ]);
    const replaced = await b.client.post('/api/v1/couple/join', { code: first.code });
    expect(replaced.status).toBe(404);
    expect(replaced.body.error.code).toBe('invite_not_found');

    expect((await b.client.post('/api/v1/couple/join', { code: second.code })).status).toBe(200);
    const again = await c.client.post('/api/v1/couple/join', { code: second.code });
    expect(again.status).toBe(404);
    const full = await a.client.post('/api/v1/couple/invites');
    expect(full.status).toBe(409);
    expect(full.body.error.code).toBe('couple_full');

    const d = await server.person();
    await d.client.post('/api/v1/couple');
    const revoked = await invite(d);
    expect((await d.client.delete(`/api/v1/couple/invites/${revoked.id}`)).status).toBe(204);
    expect((await c.client.post('/api/v1/couple/join', { code: revoked.code })).status).toBe(404);

    const expiring = await invite(d);
    await server.db.withSystem((tx) =>
      queryRows(
        tx,
        sql`update invites set expires_at = now() - interval '1 minute' where id = ${expiring.id}`,
      ),
    );
    expect((await c.client.post('/api/v1/couple/join', { code: expiring.code })).status).toBe(404);
    expect((await c.client.get('/api/v1/couple')).status).toBe(404);
  });

  it("cannot revoke another couple's invite; it answers like one that never existed", async () => {
    const a = await server.person();
    const stranger = await server.person();
    await a.client.post('/api/v1/couple');
    await stranger.client.post('/api/v1/couple');
    const theirs = await invite(a);
    const attempt = await stranger.client.delete(`/api/v1/couple/invites/${theirs.id}`);
    const never = await stranger.client.delete(
      '/api/v1/couple/invites/00000000-0000-4000-8000-000000000000',
    );
    expect(attempt.status).toBe(404);
    expect(attempt.text).toBe(never.text);
    expect((await a.client.get('/api/v1/couple/invites')).body.invites).toHaveLength(1);
  });

  it('refuses a second space, and joining while already in one', async () => {
    const a = await server.person();
    const b = await server.person();
    await a.client.post('/api/v1/couple');
    const twice = await a.client.post('/api/v1/couple');
    expect(twice.status).toBe(409);
    expect(twice.body.error.code).toBe('already_in_couple');
    await b.client.post('/api/v1/couple');
    const code = await invite(a);
    const res = await b.client.post('/api/v1/couple/join', { code: code.code });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('already_in_couple');
  });

  it('lets either partner leave alone; afterwards neither sees the other, and rejoining needs a new invite', async () => {
    const a = await server.person('Ari');
    const b = await server.person('Bo');
    await a.client.post('/api/v1/couple');
    const code = await invite(a);
    await b.client.post('/api/v1/couple/join', { code: code.code });

    expect((await b.client.post('/api/v1/couple/leave')).status).toBe(204);
    expect((await b.client.get('/api/v1/couple')).status).toBe(404);
    // The space closes for both: nobody can be invited into what the two made together.
    expect((await a.client.get('/api/v1/couple')).status).toBe(404);
    expect((await a.client.post('/api/v1/couple/invites')).status).toBe(404);
    expect((await b.client.post('/api/v1/couple/join', { code: code.code })).status).toBe(404);
    expect((await b.client.post('/api/v1/couple/leave')).status).toBe(404);

    expect((await a.client.post('/api/v1/couple')).status).toBe(201);
    const fresh = await invite(a);
    expect((await b.client.post('/api/v1/couple/join', { code: fresh.code })).status).toBe(200);
  });

  it('slows making invite after invite: each is a new code to guess at', async () => {
    const a = await server.person('Ari');
    await a.client.post('/api/v1/couple');
    const codes: number[] = [];
    for (let i = 0; i < 12; i++) codes.push((await a.client.post('/api/v1/couple/invites')).status);
    expect(codes.slice(0, 10)).toEqual(Array(10).fill(201));
    expect(codes.slice(10)).toEqual([429, 429]);
    const other = await server.person('Bo');
    await other.client.post('/api/v1/couple');
    expect((await other.client.post('/api/v1/couple/invites')).status).toBe(201);
  });

  it('makes exactly one of several simultaneous joins win', async () => {
    const a = await server.person();
    await a.client.post('/api/v1/couple');
    const code = await invite(a);
    const others = await Promise.all([server.person(), server.person(), server.person()]);
    const results = await Promise.all(
      others.map((p) => p.client.post('/api/v1/couple/join', { code: code.code })),
    );
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    expect(
      results.filter((r) => r.status === 200 || r.status === 404 || r.status === 409),
    ).toHaveLength(3);
    expect((await a.client.get('/api/v1/couple')).body.partners).toHaveLength(2);
  });
});

describe('invite codes', () => {
  it('reads codes the way people type them', () => {
    expect(normalizeInviteCode(' abcd-efgh-jkmn ')).toBe('ABCDEFGHJKMN');
    expect(normalizeInviteCode('O0IL')).toBe('0011');
  });
});

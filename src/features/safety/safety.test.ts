import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../platform/db/database.ts';
import { hashToken } from '../../platform/server/session-token.ts';
import {
  startTestServer,
  type TestPerson,
  type TestServer,
} from '../../platform/testing/test-server.ts';
import { safetyModule } from './safety.routes.server.ts';
import { signalsDanger } from './safety.schema.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ features: [safetyModule] });
});
afterAll(() => server.close());

async function couple(): Promise<[TestPerson, TestPerson, string]> {
  const a = await server.person('Ada');
  const b = await server.person('Ben');
  const coupleId = crypto.randomUUID();
  await server.db.withSystem(async (tx) => {
    await tx.execute(sql`insert into couples (id, created_by) values (${coupleId}, ${a.id})`);
    await tx.execute(
      sql`insert into memberships (couple_id, person_id) values (${coupleId}, ${a.id}), (${coupleId}, ${b.id})`,
    );
  });
  return [a, b, coupleId];
}

const sharingOpen = (person: TestPerson, coupleId: string) =>
  server.db.withUser(hashToken(person.client.cookie!), async ({ tx }) => {
    const [row] = await queryRows<{ open: boolean }>(
      tx,
      sql`select app_sharing_open(${coupleId}) as open`,
    );
    return row!.open;
  });

const calm = { humiliated: 'no', afraid: 'no', forced: 'unsaid', hurt: 'no' } as const;

describe('the private safety check', () => {
  it('reads danger from any yes or sometimes', () => {
    expect(signalsDanger(calm)).toBe(false);
    expect(signalsDanger({ ...calm, afraid: 'sometimes' })).toBe(true);
    expect(signalsDanger({ ...calm, hurt: 'yes' })).toBe(true);
  });

  it('lists my checks newest first, says when I began alone, and offers the check on Today until I take it', async () => {
    const [a] = await couple();
    const waiting = () =>
      server.db.withUser(hashToken(a.client.cookie!), (ctx) => safetyModule.waiting!(ctx), 'read');
    expect((await waiting())!.map((w) => w.kind)).toEqual(['safety.offer']);
    const first = (await a.client.post('/api/v1/safety/checks', calm)).body;
    const second = (await a.client.post('/api/v1/safety/checks', { ...calm, hurt: 'yes' })).body;
    expect(await waiting()).toEqual([]);
    const solo = await a.client.post('/api/v1/safety/solo');
    expect(solo.status).toBeLessThan(300);
    const view = (await a.client.get('/api/v1/safety')).body;
    expect(view.checks.map((c: { id: string }) => c.id)).toEqual([second.id, first.id]);
    expect(view.checks[0]).toEqual(second);
    expect(new Date(view.solo.since).toISOString()).toBe(view.solo.since);
    expect(view.offered).toBe(true);
  });

  it('is its author’s only: the partner sees nothing and cannot delete it; the author can', async () => {
    const [a, b] = await couple();
    const before = await b.client.get('/api/v1/safety');
    const res = await a.client.post('/api/v1/safety/checks', { ...calm, afraid: 'yes' });
    expect(res.status).toBe(201);
    expect(res.body.signalsDanger).toBe(true);
    expect((await a.client.get('/api/v1/safety')).body.checks).toHaveLength(1);
    expect((await b.client.get('/api/v1/safety')).text).toBe(before.text);

    const never = await b.client.delete(
      '/api/v1/safety/checks/00000000-0000-4000-8000-000000000000',
    );
    const theirs = await b.client.delete(`/api/v1/safety/checks/${res.body.id}`);
    expect(theirs.status).toBe(404);
    expect(theirs.text).toBe(never.text);
    expect((await a.client.delete(`/api/v1/safety/checks/${res.body.id}`)).status).toBe(204);
    expect((await a.client.get('/api/v1/safety')).body.checks).toEqual([]);
    const rows = await server.db.withSystem((tx) =>
      queryRows(tx, sql`select id from safety_checks where person_id = ${a.id}`),
    );
    expect(rows).toEqual([]);
  });

  it('refuses answers that are not one of the four', async () => {
    const [a] = await couple();
    expect((await a.client.post('/api/v1/safety/checks', { ...calm, hurt: 'maybe' })).status).toBe(
      400,
    );
    expect((await a.client.post('/api/v1/safety/checks', { humiliated: 'no' })).status).toBe(400);
  });

  it('is offered on Today until answered or set aside', async () => {
    const [a, b] = await couple();
    const waiting = (p: TestPerson) =>
      server.db.withUser(hashToken(p.client.cookie!), (ctx) => safetyModule.waiting!(ctx));
    expect(await waiting(a)).toEqual([
      expect.objectContaining({ kind: 'safety.offer', href: '/support/safety' }),
    ]);
    await a.client.post('/api/v1/safety/checks', calm);
    expect(await waiting(a)).toEqual([]);
    expect((await b.client.post('/api/v1/safety/offer/set-aside')).status).toBe(204);
    expect(await waiting(b)).toEqual([]);
    expect((await b.client.get('/api/v1/safety')).body.offered).toBe(true);
  });

  it('lets a person use Kintsugi alone: sharing pauses for them only, and nothing changes for the partner', async () => {
    const [a, b, coupleId] = await couple();
    const partnerBefore = await b.client.get('/api/v1/safety');
    const solo = await a.client.post('/api/v1/safety/solo');
    expect(solo.status).toBe(200);
    expect(solo.body.solo).not.toBeNull();
    expect(await sharingOpen(a, coupleId)).toBe(false);
    expect(await sharingOpen(b, coupleId)).toBe(true);
    expect((await b.client.get('/api/v1/safety')).text).toBe(partnerBefore.text);
    expect((await a.client.post('/api/v1/safety/solo')).status).toBe(200); // twice is fine

    const off = await a.client.delete('/api/v1/safety/solo');
    expect(off.body.solo).toBeNull();
    expect(await sharingOpen(a, coupleId)).toBe(true);
  });
});

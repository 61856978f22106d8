import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../platform/db/database.ts';
import { hashToken } from '../../platform/server/session-token.ts';
import {
  startTestServer,
  type TestPerson,
  type TestServer,
} from '../../platform/testing/test-server.ts';
import { promisesModule } from './promises.routes.server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ features: [promisesModule] });
});
afterAll(() => server.close());

const couple = () => server.couple(['Ama', 'Bo']);

const inHours = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();
const act = (p: TestPerson, id: string, body: Record<string, unknown>) =>
  p.client.post(`/api/v1/promises/${id}/actions`, body);
const exportOf = async (p: TestPerson) =>
  (await server.db.withUser(hashToken(p.client.cookie!), (ctx) => promisesModule.exportFor!(ctx)))!;

/** Ids and times differ between two couples by nature; everything else must be the same. */
function shape(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(shape);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => key !== 'id' && key !== 'at' && !key.endsWith('At'))
        .map(([key, v]) => [key, shape(v)]),
    );
  }
  return value;
}

/** One kept promise and ten more; in one couple the maker marks the ten missed (some repaired). */
async function tenPromises(a: TestPerson, missThem: boolean) {
  const kept = (
    await a.client.post('/api/v1/promises', { text: 'Call at lunch', dueAt: inHours(2) })
  ).body.id;
  expect((await act(a, kept, { action: 'keep', version: 1 })).status).toBe(200);
  for (let i = 0; i < 10; i++) {
    const id = (
      await a.client.post('/api/v1/promises', { text: `Promise ${i}`, dueAt: inHours(3) })
    ).body.id;
    if (!missThem) continue;
    expect(
      (
        await act(a, id, {
          action: 'miss',
          version: 1,
          ...(i % 3 === 0 ? { note: 'I am sorry.' } : {}),
        })
      ).status,
    ).toBe(200);
    if (i % 3 === 1)
      expect(
        (await act(a, id, { action: 'repair', version: 2, note: 'I will set a reminder.' })).status,
      ).toBe(200);
  }
}

async function partnerView(b: TestPerson) {
  return {
    list: (await b.client.get('/api/v1/promises')).body,
    ledger: (await b.client.get('/api/v1/promises/ledger?weeks=2')).body,
    export: await exportOf(b),
  };
}

describe('no scoreboard: misses are the maker’s to share', () => {
  it('gives the partner the same view whether the maker missed 0 or 10 promises, until the maker shares', async () => {
    const [a0, b0] = await couple();
    const [a10, b10] = await couple();
    await tenPromises(a0, false);
    await tenPromises(a10, true);

    const none = await partnerView(b0);
    const ten = await partnerView(b10);
    expect(shape(ten)).toEqual(shape(none));
    expect(ten.ledger.partner.at(-1)).toEqual(
      expect.objectContaining({ made: null, kept: 1, missed: null, missedRepaired: null }),
    );
    expect(ten.ledger.partnerSharesMisses).toBe(false);
    expect(ten.list.partner.map((p: { status: string }) => p.status)).not.toContain('missed');
    // The second lock: the rows themselves never reach the partner.
    const rows = await server.db.withUser(hashToken(b10.client.cookie!), ({ tx }) =>
      queryRows<{ n: number }>(
        tx,
        sql`select count(*)::int as n from promise_events where kind in ('missed', 'repaired')`,
      ),
    );
    expect(rows?.[0]?.n).toBe(0);
    // The maker still sees every miss of their own.
    const mine = (await a10.client.get('/api/v1/promises/ledger?weeks=2')).body;
    expect(mine.mine.at(-1)).toMatchObject({ made: 11, kept: 1, missed: 3, missedRepaired: 7 });
    expect(mine.sharingMyMisses).toBe(false);

    // Sharing is the maker's choice, and undoing it works on the very next request.
    const on = await a10.client.request('PUT', '/api/v1/promises/miss-sharing', { shared: true });
    expect(on.status).toBe(200);
    expect(on.body).toEqual({ shared: true });
    const shared = await partnerView(b10);
    expect(shared.ledger.partnerSharesMisses).toBe(true);
    expect(shared.ledger.partner.at(-1)).toMatchObject({
      made: 11,
      kept: 1,
      missed: 3,
      missedRepaired: 7,
    });
    expect(
      shared.list.partner.filter((p: { status: string }) => p.status === 'missed'),
    ).toHaveLength(10);
    expect((await a10.client.get('/api/v1/promises/ledger')).body.sharingMyMisses).toBe(true);

    expect(
      (await a10.client.request('PUT', '/api/v1/promises/miss-sharing', { shared: false })).body,
    ).toEqual({ shared: false });
    expect(shape(await partnerView(b10))).toEqual(shape(none));
  });

  it('lets nobody but the maker share their misses', async () => {
    const [a, b] = await couple();
    await tenPromises(a, true);
    // The partner turning it on shares only the partner's own misses, not the maker's.
    expect(
      (await b.client.request('PUT', '/api/v1/promises/miss-sharing', { shared: true })).status,
    ).toBe(200);
    expect((await b.client.get('/api/v1/promises/ledger')).body.partnerSharesMisses).toBe(false);
    const forged = await server.db
      .withUser(hashToken(b.client.cookie!), ({ tx }) =>
        tx.execute(sql`insert into promise_miss_sharing (person_id) values (${a.id})`),
      )
      .then(
        () => 'it succeeded',
        (e: { message: string; cause?: { message?: string } }) => e.cause?.message ?? e.message,
      );
    expect(forged).toMatch(/row-level security/);
  });

  it('refuses bad input clearly, and needs a space', async () => {
    const [a] = await couple();
    const bad = await a.client.request('PUT', '/api/v1/promises/miss-sharing', { shared: 'yes' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toHaveProperty('shared');
    expect(
      (
        await a.client.request('PUT', '/api/v1/promises/miss-sharing', {
          shared: true,
          person_id: randomUUID(),
        })
      ).status,
    ).toBe(400);
    const alone = await server.person('Alone');
    expect(
      (await alone.client.request('PUT', '/api/v1/promises/miss-sharing', { shared: true })).status,
    ).toBe(404);
  });
});

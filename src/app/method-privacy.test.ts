import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startTestServer,
  type TestPerson,
  type TestServer,
} from '../platform/testing/test-server.ts';
import { features } from './server.ts';

/**
 * The method's privacy promise across the whole app: what one partner keeps private (reflection
 * answers and notes, stance, safety checks, using Kintsugi alone) shows up in NO response to the
 * other, and the method's partner-facing answers are byte-identical with or without it.
 * What is shared shows, and disappears again on the very next request after unsharing.
 */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ features });
});
afterAll(() => server.close());

const PLANTED = 'PLANTED-PRIVATE-3f9a';
const put = (p: TestPerson, url: string, body: unknown) => p.client.request('PUT', url, body);

async function couple(): Promise<[TestPerson, TestPerson]> {
  const a = await server.person('Ada');
  const b = await server.person('Ben');
  const coupleId = crypto.randomUUID();
  await server.db.withSystem(async (tx) => {
    await tx.execute(sql`insert into couples (id, created_by) values (${coupleId}, ${a.id})`);
    await tx.execute(
      sql`insert into memberships (couple_id, person_id) values (${coupleId}, ${a.id}), (${coupleId}, ${b.id})`,
    );
  });
  return [a, b];
}

const methodViews = [
  '/api/v1/reflection',
  '/api/v1/reflection/partner',
  '/api/v1/path',
  '/api/v1/path/stages/face',
  '/api/v1/safety',
  '/api/v1/today',
  // The daily question: the partner's stance, danger answer and solo mode leave no trace (decision 151).
  '/api/v1/questions/today',
];

async function viewsOf(p: TestPerson): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const url of methodViews) out[url] = (await p.client.get(url)).text;
  return out;
}

describe("the method keeps one partner's private things from the other", () => {
  it('shows nothing private in any response to the partner, and shared things only while shared', async () => {
    const [a, b] = await couple();
    const before = await viewsOf(b);

    const answers = {
      insecurity: [5, 5, 5, 5, 5],
      distance: [4, 4, 4, 4, 4],
      secrecy: [5, 5, 5, 5, 4],
      infidelity: [1, 1, 1, 1, 1],
    };
    const notes = { insecurity: PLANTED, distance: PLANTED, secrecy: PLANTED, infidelity: PLANTED };
    let take = '';
    for (let i = 0; i < 3; i++)
      take = (await a.client.post('/api/v1/reflection/takes', { answers, notes })).body.id;
    expect(
      (await put(a, '/api/v1/reflection/stance', { stance: 'broke', shared: false })).status,
    ).toBe(200);
    expect(
      (
        await a.client.post('/api/v1/safety/checks', {
          humiliated: 'yes',
          afraid: 'yes',
          forced: 'no',
          hurt: 'sometimes',
        })
      ).status,
    ).toBe(201);
    expect((await a.client.post('/api/v1/safety/solo')).status).toBe(200);

    // Byte for byte the same for the partner, with all of that in place.
    expect(await viewsOf(b)).toEqual(before);
    // And no GET route anywhere in the app carries the planted text to the partner.
    const gets = server.routes.filter(
      (r) => r.method === 'GET' && r.url.startsWith('/api/v1/') && !r.url.includes(':'),
    );
    expect(gets.length).toBeGreaterThan(8);
    for (const route of gets) {
      const res = await b.client.get(route.url);
      expect(res.text, route.url).not.toContain(PLANTED);
      expect(res.text, route.url).not.toContain(take);
    }

    // Sharing one pattern (with notes) shows exactly that; unsharing restores the partner's view.
    await a.client.delete('/api/v1/safety/solo');
    expect(
      (
        await put(a, `/api/v1/reflection/takes/${take}/sharing`, {
          patterns: ['secrecy'],
          includeNotes: true,
        })
      ).status,
    ).toBe(200);
    const shared = (await b.client.get('/api/v1/reflection/partner')).body;
    expect(shared.patterns).toEqual([
      expect.objectContaining({ pattern: 'secrecy', level: 'strong', note: PLANTED }),
    ]);
    expect((await b.client.get('/api/v1/path')).body.focus.reason).toContain(
      'Ada shared that secrecy and lying speaks to them',
    );

    expect(
      (
        await put(a, `/api/v1/reflection/takes/${take}/sharing`, {
          patterns: [],
          includeNotes: false,
        })
      ).status,
    ).toBe(200);
    expect(await viewsOf(b)).toEqual(before);
  });
});

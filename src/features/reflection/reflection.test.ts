import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scorePattern } from '../../content/patterns.ts';
import {
  startTestServer,
  type TestPerson,
  type TestServer,
} from '../../platform/testing/test-server.ts';
import { reflectionModule } from './reflection.routes.server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ features: [reflectionModule] });
});
afterAll(() => server.close());

/** Two people in one space, made straight in the database (this feature knows no couples routes). */
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

const leave = (p: TestPerson) =>
  server.db.withSystem((tx) =>
    tx.execute(
      sql`update memberships set left_at = now() where person_id = ${p.id} and left_at is null`,
    ),
  );

const put = (who: TestPerson, url: string, body: unknown) => who.client.request('PUT', url, body);
const answers = (n: number) => [n, n, n, n, n];
const input = (notes = true) => ({
  answers: {
    insecurity: answers(5),
    distance: answers(3),
    secrecy: answers(1),
    infidelity: [4, 4, 3, 4, 4],
  },
  ...(notes ? { notes: { insecurity: 'PLANTED-PRIVATE-NOTE', distance: '  ' } } : {}),
});

describe('scoring', () => {
  it('sums five answers and reads the level from the sum', () => {
    expect(scorePattern([1, 1, 1, 1, 1])).toEqual({ score: 5, level: 'quiet' });
    expect(scorePattern([2, 2, 3, 2, 3])).toEqual({ score: 12, level: 'quiet' });
    expect(scorePattern([3, 3, 3, 2, 2])).toEqual({ score: 13, level: 'some' });
    expect(scorePattern([4, 4, 3, 3, 3])).toEqual({ score: 17, level: 'some' });
    expect(scorePattern([4, 4, 4, 3, 3])).toEqual({ score: 18, level: 'strong' });
    expect(scorePattern([5, 5, 5, 5, 5])).toEqual({ score: 25, level: 'strong' });
  });
  it('refuses anything but five answers from 1 to 5', () => {
    expect(() => scorePattern([1, 2, 3, 4])).toThrow();
    expect(() => scorePattern([0, 2, 3, 4, 5])).toThrow();
    expect(() => scorePattern([1, 2, 3, 4, 6])).toThrow();
    expect(() => scorePattern([1.5, 2, 3, 4, 5])).toThrow();
  });
});

describe('private reflection', () => {
  it('records a private take with levels and notes; retakes keep history newest first', async () => {
    const [a] = await couple();
    const first = await a.client.post('/api/v1/reflection/takes', input());
    expect(first.status).toBe(201);
    expect(
      first.body.patterns.map((p: { pattern: string; level: string }) => [p.pattern, p.level]),
    ).toEqual([
      ['insecurity', 'strong'],
      ['distance', 'some'],
      ['secrecy', 'quiet'],
      ['infidelity', 'strong'],
    ]);
    expect(first.body.patterns[0]).toMatchObject({
      note: 'PLANTED-PRIVATE-NOTE',
      shared: false,
      score: 25,
    });
    expect(first.body.patterns[1].note).toBeNull();
    const second = await a.client.post('/api/v1/reflection/takes', input(false));
    const mine = await a.client.get('/api/v1/reflection');
    expect(mine.body.takes.map((t: { id: string }) => t.id)).toEqual([
      second.body.id,
      first.body.id,
    ]);
    expect(mine.body.canShare).toBe(true);
    expect(server.logs.join('')).not.toContain('PLANTED-PRIVATE-NOTE');
  });

  it('refuses incomplete answers with a clear 400', async () => {
    const [a] = await couple();
    const res = await a.client.post('/api/v1/reflection/takes', {
      answers: {
        insecurity: [1, 2],
        distance: answers(3),
        secrecy: answers(1),
        infidelity: answers(6),
      },
    });
    expect(res.status).toBe(400);
    expect((await a.client.get('/api/v1/reflection')).body.takes).toEqual([]);
  });

  it('shows the partner exactly what is shared, nothing about the rest, and takes it back on unshare', async () => {
    const [a, b] = await couple();
    const empty = await b.client.get('/api/v1/reflection/partner');
    expect(empty.body).toEqual({ partner: { displayName: 'Ada' }, patterns: [], stance: null });

    // Many private takes and a private stance change nothing the partner sees.
    for (let i = 0; i < 5; i++) await a.client.post('/api/v1/reflection/takes', input());
    await put(a, '/api/v1/reflection/stance', { stance: 'broke', shared: false });
    const afterPrivate = await b.client.get('/api/v1/reflection/partner');
    expect(afterPrivate.text).toBe(empty.text);

    const take = (await a.client.post('/api/v1/reflection/takes', input())).body;
    const shared = await put(a, `/api/v1/reflection/takes/${take.id}/sharing`, {
      patterns: ['distance'],
      includeNotes: false,
    });
    expect(shared.status).toBe(200);
    expect(
      shared.body.patterns
        .filter((p: { shared: boolean }) => p.shared)
        .map((p: { pattern: string }) => p.pattern),
    ).toEqual(['distance']);
    const seen = await b.client.get('/api/v1/reflection/partner');
    expect(seen.body.patterns).toEqual([
      { pattern: 'distance', level: 'some', takenAt: take.takenAt, note: null },
    ]);
    expect(seen.text).not.toContain('insecurity');
    expect(seen.text).not.toContain('PLANTED-PRIVATE-NOTE');

    // The note goes only when chosen, and only with a shared pattern.
    await put(a, `/api/v1/reflection/takes/${take.id}/sharing`, {
      patterns: ['insecurity'],
      includeNotes: true,
    });
    const withNote = await b.client.get('/api/v1/reflection/partner');
    expect(withNote.body.patterns).toEqual([
      {
        pattern: 'insecurity',
        level: 'strong',
        takenAt: take.takenAt,
        note: 'PLANTED-PRIVATE-NOTE',
      },
    ]);

    // Unsharing takes effect on the very next request.
    await put(a, `/api/v1/reflection/takes/${take.id}/sharing`, {
      patterns: [],
      includeNotes: false,
    });
    expect((await b.client.get('/api/v1/reflection/partner')).text).toBe(empty.text);

    // The stance, shared and taken back.
    await put(a, '/api/v1/reflection/stance', { stance: 'hurt', shared: true });
    expect((await b.client.get('/api/v1/reflection/partner')).body.stance).toBe('hurt');
    await put(a, '/api/v1/reflection/stance', { stance: 'hurt', shared: false });
    expect((await b.client.get('/api/v1/reflection/partner')).text).toBe(empty.text);

    // My own list never includes the partner's anything.
    await put(a, `/api/v1/reflection/takes/${take.id}/sharing`, {
      patterns: ['distance', 'secrecy', 'infidelity', 'insecurity'],
      includeNotes: true,
    });
    expect((await b.client.get('/api/v1/reflection')).body.takes).toEqual([]);
  });

  it("answers 404 for the partner's or a stranger's take, byte-identical to one that never existed", async () => {
    const [a, b] = await couple();
    const stranger = await server.person();
    const take = (await a.client.post('/api/v1/reflection/takes', input())).body;
    await put(a, `/api/v1/reflection/takes/${take.id}/sharing`, {
      patterns: ['distance'],
      includeNotes: false,
    });
    const never = await b.client.delete(
      '/api/v1/reflection/takes/00000000-0000-4000-8000-000000000000',
    );
    expect(never.status).toBe(404);
    for (const who of [b, stranger]) {
      const del = await who.client.delete(`/api/v1/reflection/takes/${take.id}`);
      const share = await put(who, `/api/v1/reflection/takes/${take.id}/sharing`, {
        patterns: [],
        includeNotes: false,
      });
      expect(del.text).toBe(never.text);
      expect(share.status).toBe(404);
      expect(share.text).toBe(never.text);
    }
    expect((await b.client.get('/api/v1/reflection/partner')).body.patterns).toHaveLength(1);
    expect((await a.client.delete(`/api/v1/reflection/takes/${take.id}`)).status).toBe(204);
    expect((await b.client.get('/api/v1/reflection/partner')).body.patterns).toEqual([]);
  });

  it('needs a space to share, and a partner who left sees nothing any more', async () => {
    const alone = await server.person();
    const take = (await alone.client.post('/api/v1/reflection/takes', input())).body;
    const res = await put(alone, `/api/v1/reflection/takes/${take.id}/sharing`, {
      patterns: ['distance'],
      includeNotes: false,
    });
    expect(res.status).toBe(404);
    expect((await alone.client.get('/api/v1/reflection')).body.canShare).toBe(false);

    const [a, b] = await couple();
    const t = (await a.client.post('/api/v1/reflection/takes', input())).body;
    await put(a, `/api/v1/reflection/takes/${t.id}/sharing`, {
      patterns: ['distance'],
      includeNotes: false,
    });
    await leave(b);
    expect((await b.client.get('/api/v1/reflection/partner')).body).toEqual({
      partner: null,
      patterns: [],
      stance: null,
    });
  });
});

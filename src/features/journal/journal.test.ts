import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../platform/db/database.ts';
import {
  startTestServer,
  type TestPerson,
  type TestServer,
} from '../../platform/testing/test-server.ts';
import { journalModule } from './journal.routes.server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ features: [journalModule] });
});
afterAll(() => server.close());

async function couple(): Promise<[TestPerson, TestPerson]> {
  const a = await server.person('Ash');
  const b = await server.person('Blair');
  await server.db.withSystem((tx) =>
    queryRows(
      tx,
      sql`with c as (insert into couples (created_by) values (${a.id}) returning id)
          insert into memberships (couple_id, person_id) select c.id, p from c, unnest(array[${a.id}::uuid, ${b.id}::uuid]) p`,
    ),
  );
  return [a, b];
}

const NEVER = '00000000-0000-4000-8000-000000000000';

describe('the private journal', () => {
  it('writes, reads, changes and deletes my own entries, with a prompt and feelings', async () => {
    const [a] = await couple();
    const created = await a.client.post('/api/v1/journal', {
      body: 'Tonight was hard.',
      promptId: 'right-now',
      emotions: ['sad', 'tired', 'sad'],
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      body: 'Tonight was hard.',
      promptId: 'right-now',
      emotions: ['sad', 'tired'],
    });
    const id = created.body.id as string;
    expect((await a.client.get(`/api/v1/journal/${id}`)).body.body).toBe('Tonight was hard.');
    const changed = await a.client.patch(`/api/v1/journal/${id}`, {
      body: 'Tonight was hard, then a bit better.',
      emotions: ['hopeful'],
    });
    expect(changed.body).toMatchObject({
      body: 'Tonight was hard, then a bit better.',
      emotions: ['hopeful'],
      promptId: 'right-now',
    });
    expect(
      (await a.client.get('/api/v1/journal')).body.entries.map((e: { id: string }) => e.id),
    ).toEqual([id]);
    expect((await a.client.delete(`/api/v1/journal/${id}`)).status).toBe(204);
    expect((await a.client.get(`/api/v1/journal/${id}`)).status).toBe(404);
  });

  it('works without a shared space too', async () => {
    const alone = await server.person('Alone');
    expect((await alone.client.post('/api/v1/journal', { body: 'Just me.' })).status).toBe(201);
  });

  it('searches only my entries, case-blind, with % and _ taken literally', async () => {
    const [a, b] = await couple();
    await a.client.post('/api/v1/journal', { body: 'The Lighthouse walk helped.' });
    await a.client.post('/api/v1/journal', { body: 'Nothing about that today. 100% tired.' });
    await b.client.post('/api/v1/journal', { body: 'lighthouse, from the other side' });
    const found = await a.client.post('/api/v1/journal/search', { q: 'lighthouse' });
    expect(found.body.entries.map((e: { body: string }) => e.body)).toEqual([
      'The Lighthouse walk helped.',
    ]);
    expect(
      (await a.client.post('/api/v1/journal/search', { q: '100%' })).body.entries,
    ).toHaveLength(1);
    expect((await a.client.post('/api/v1/journal/search', { q: '%' })).body.entries).toHaveLength(
      1,
    );
    expect((await a.client.post('/api/v1/journal/search', { q: '_' })).body.entries).toHaveLength(
      0,
    );
  });

  it('refuses bad input with a clear 400 and changes nothing', async () => {
    const [a] = await couple();
    for (const body of [
      { body: '  ' },
      { body: 'x', emotions: ['furious'] },
      { body: 'x', promptId: 'nope' },
      { body: 'x', authorId: NEVER },
    ]) {
      const res = await a.client.post('/api/v1/journal', body);
      expect(res.status, JSON.stringify(body)).toBe(400);
    }
    expect((await a.client.get('/api/v1/journal')).body.entries).toEqual([]);
  });

  it('is never readable, changeable or deletable by the partner or a stranger, by any id; answers like an id that never existed', async () => {
    const [a, b] = await couple();
    const stranger = await server.person('Stranger');
    const id = (await a.client.post('/api/v1/journal', { body: 'PLANTED-SECRET-7731' })).body
      .id as string;
    for (const other of [b, stranger]) {
      const never = {
        get: await other.client.get(`/api/v1/journal/${NEVER}`),
        patch: await other.client.patch(`/api/v1/journal/${NEVER}`, { body: 'mine now' }),
        del: await other.client.delete(`/api/v1/journal/${NEVER}`),
      };
      const real = {
        get: await other.client.get(`/api/v1/journal/${id}`),
        patch: await other.client.patch(`/api/v1/journal/${id}`, { body: 'mine now' }),
        del: await other.client.delete(`/api/v1/journal/${id}`),
      };
      for (const key of ['get', 'patch', 'del'] as const) {
        expect(real[key].status).toBe(404);
        expect(real[key].text).toBe(never[key].text);
      }
      expect((await other.client.get('/api/v1/journal')).text).not.toContain('PLANTED');
      expect(
        (await other.client.post('/api/v1/journal/search', { q: 'PLANTED' })).body.entries,
      ).toEqual([]);
    }
    expect((await a.client.get(`/api/v1/journal/${id}`)).body.body).toBe('PLANTED-SECRET-7731');
    // Nothing written, searched or read shows up in the logs.
    await a.client.post('/api/v1/journal/search', { q: 'PLANTED-SECRET' });
    expect(server.logs.join('\n')).not.toContain('PLANTED');
  });

  it('gives the partner the very same answers whether I have 0 or 100 entries', async () => {
    const [a, b] = await couple();
    const look = async () => [
      (await b.client.get('/api/v1/journal')).text,
      (await b.client.post('/api/v1/journal/search', { q: 'a' })).text,
      (await b.client.get(`/api/v1/journal/${NEVER}`)).text,
    ];
    const before = await look();
    await server.db.withSystem((tx) =>
      queryRows(
        tx,
        sql`insert into journal_entries (author_id, body) select ${a.id}, 'entry ' || g from generate_series(1, 100) g`,
      ),
    );
    // A page of 30, and more behind it (decision 112).
    const mine = await a.client.get('/api/v1/journal');
    expect(mine.body.entries).toHaveLength(30);
    expect(mine.body.next).toEqual(expect.any(String));
    expect(await look()).toEqual(before);
  });

  it('RLS: as the partner, the table holds none of my rows, and a forged author is refused', async () => {
    const [a, b] = await couple();
    await a.client.post('/api/v1/journal', { body: 'only mine' });
    const seen = await server.db.withOwner(async (tx) => {
      await tx.execute(
        sql`select set_config('role', 'kintsugi_app', true), set_config('app.user_id', ${b.id}, true)`,
      );
      return queryRows<{ n: number }>(tx, sql`select count(*)::int as n from journal_entries`);
    });
    expect(seen[0]!.n).toBe(0);
    await expect(
      server.db.withOwner(async (tx) => {
        await tx.execute(
          sql`select set_config('role', 'kintsugi_app', true), set_config('app.user_id', ${b.id}, true)`,
        );
        await tx.execute(
          sql`insert into journal_entries (author_id, body) values (${a.id}, 'forged')`,
        );
      }),
    ).rejects.toThrow();
  });
});

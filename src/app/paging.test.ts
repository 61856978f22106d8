import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../platform/db/database.ts';
import { encodeCursor, PAGE_SIZE } from '../platform/db/keyset.ts';
import {
  startTestServer,
  type TestClient,
  type TestPerson,
  type TestServer,
} from '../platform/testing/test-server.ts';
import { features } from './server.ts';

// Every list pages by cursor (decision 112): walking all pages gives every item I may see exactly
// once, newest first; the partner's private items never; a cursor is only a position.

let server: TestServer;
let ash: TestPerson;
let blair: TestPerson;
let stranger: TestPerson;

type Item = { id: string };
type Page = { next: string | null } & Record<string, unknown>;

const lists: { name: string; url: string; keys: string[] }[] = [
  { name: 'journal', url: '/api/v1/journal', keys: ['entries'] },
  { name: 'conversations', url: '/api/v1/talks', keys: ['conversations'] },
  { name: 'ownership statements', url: '/api/v1/ownership', keys: ['statements'] },
  { name: 'letters', url: '/api/v1/letters', keys: ['received', 'written'] },
  { name: 'promises', url: '/api/v1/promises', keys: ['mine', 'partner'] },
];

/** Every page of a list, following `next`: the ids in the order they came, page by page. */
async function walk(client: TestClient, url: string, keys: string[]) {
  const ids: string[] = [];
  const sizes: number[] = [];
  let before: string | null = null;
  for (let pages = 0; pages < 50; pages++) {
    const res = await client.get(before ? `${url}?before=${before}` : url);
    expect(res.status).toBe(200);
    const body = res.body as Page;
    const page = keys.flatMap((k) => (body[k] as Item[]).map((i) => i.id));
    sizes.push(page.length);
    ids.push(...page);
    before = body.next;
    if (before === null) return { ids, sizes };
  }
  throw new Error('the list never ended');
}

/** What the owner of the database sees, in the list's own order: the truth to compare with. */
const truth = (query: ReturnType<typeof sql>) =>
  server.db.withOwner(async (tx) => (await queryRows<{ id: string }>(tx, query)).map((r) => r.id));

beforeAll(async () => {
  server = await startTestServer({ features });
  [ash, blair] = await server.couple(['Ash', 'Blair']);
  const [other, otherPartner] = await server.couple(['Sam', 'Kit']);
  stranger = other;
  const many = PAGE_SIZE + 7;
  for (let i = 0; i < many; i++) {
    const by = i % 2 === 0 ? ash : blair;
    const to = by === ash ? 'partner' : 'me';
    expect(
      (await by.client.post('/api/v1/talks', { ownQuestion: `Q${i}?`, firstSpeaker: to })).status,
    ).toBe(201);
    expect(
      (
        await by.client.post('/api/v1/ownership', {
          whatIDid: `I did ${i}.`,
          howItHurt: `It hurt ${i}.`,
          whatIWillDo: `I will ${i}.`,
        })
      ).status,
    ).toBe(201);
    expect(
      (await by.client.post('/api/v1/letters', { body: `Letter ${i}`, send: 'now' })).status,
    ).toBe(201);
    expect((await by.client.post('/api/v1/promises', { text: `Promise ${i}` })).status).toBe(201);
  }
  // Blair's own: drafts, a letter still to come, private promises: never Ash's to see.
  for (let i = 0; i < 5; i++) {
    await blair.client.post('/api/v1/letters', { body: `Draft ${i}`, send: 'draft' });
    await blair.client.post('/api/v1/promises', { text: `Private ${i}`, visibility: 'private' });
  }
  await blair.client.post('/api/v1/letters', {
    body: 'Next week',
    send: 'later',
    deliverAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
  });
  // The journal straight in SQL: many entries, some at the very same instant (the id decides).
  await server.db.withOwner((tx) =>
    queryRows(
      tx,
      sql`insert into journal_entries (author_id, body, created_at)
          select p, 'Entry ' || n, timestamptz '2026-01-01 12:00:00+00' + ((n / 3) * interval '1 hour')
          from generate_series(1, ${2 * PAGE_SIZE + 5}) n,
               unnest(array[${ash.id}::uuid, ${blair.id}::uuid]) p`,
    ),
  );
  await stranger.client.post('/api/v1/talks', { ownQuestion: 'Ours?', firstSpeaker: 'me' });
  await stranger.client.post('/api/v1/letters', { body: 'Theirs', send: 'now' });
  await stranger.client.post('/api/v1/journal', { body: 'Theirs' });
  await otherPartner.client.post('/api/v1/promises', { text: 'Theirs' });
}, 240_000);
afterAll(() => server.close());

describe('every list pages by cursor', () => {
  it('journal: every entry of mine exactly once, newest first, ties in id order', async () => {
    const { ids, sizes } = await walk(ash.client, '/api/v1/journal', ['entries']);
    expect(sizes).toEqual([PAGE_SIZE, PAGE_SIZE, 5]);
    expect(ids).toEqual(
      await truth(
        sql`select id from journal_entries where author_id = ${ash.id} order by created_at desc, id desc`,
      ),
    );
  });

  it('conversations: every one I am part of, the latest changed first', async () => {
    const { ids, sizes } = await walk(ash.client, '/api/v1/talks', ['conversations']);
    expect(sizes[0]).toBe(PAGE_SIZE);
    expect(ids).toEqual(
      await truth(
        sql`select id from conversations where ${ash.id} in (speaker_id, listener_id) order by updated_at desc, id desc`,
      ),
    );
    expect(ids).toHaveLength(PAGE_SIZE + 7);
  });

  it('ownership statements: mine and those to me, newest first', async () => {
    const { ids } = await walk(ash.client, '/api/v1/ownership', ['statements']);
    expect(ids).toEqual(
      await truth(
        sql`select id from ownership_statements where ${ash.id} in (author_id, recipient_id) order by created_at desc, id desc`,
      ),
    );
    expect(ids).toHaveLength(PAGE_SIZE + 7);
  });

  it("letters: both lists reach back together; never the partner's drafts or letters still to come", async () => {
    const pages: Page[] = [];
    let before: string | null = null;
    do {
      const res = await ash.client.get(`/api/v1/letters${before ? `?before=${before}` : ''}`);
      pages.push(res.body as Page);
      before = (res.body as Page).next;
    } while (before);
    const ids = pages.flatMap((p) => [...(p.received as Item[]), ...(p.written as Item[])]);
    const expected = await truth(
      sql`select id from letters where author_id = ${ash.id}
            or (recipient_id = ${ash.id} and status = 'sent' and deliver_at <= now())
          order by coalesce(deliver_at, updated_at) desc, id desc`,
    );
    expect(new Set(ids.map((l) => l.id))).toEqual(new Set(expected));
    expect(ids).toHaveLength(expected.length);
    expect(expected).toHaveLength(PAGE_SIZE + 7);
    const bodies = pages.flatMap((p) => (p.received as { body: string }[]).map((l) => l.body));
    expect(bodies.some((b) => b.startsWith('Draft') || b === 'Next week')).toBe(false);
  });

  it("promises: mine and my partner's shared ones, never their private practice", async () => {
    const { ids } = await walk(ash.client, '/api/v1/promises', ['mine', 'partner']);
    const expected = await truth(
      sql`select id from promises where author_id = ${ash.id} or (author_id = ${blair.id} and visibility = 'shared')
          order by created_at desc, id desc`,
    );
    expect(new Set(ids)).toEqual(new Set(expected));
    expect(ids).toHaveLength(expected.length);
    const privateOnes = await truth(sql`select id from promises where visibility = 'private'`);
    expect(ids.filter((id) => privateOnes.includes(id))).toEqual([]);
  });

  for (const list of lists) {
    it(`${list.name}: a malformed cursor answers 400 with a message a person can act on`, async () => {
      for (const bad of [
        'not a cursor',
        'abc',
        Buffer.from('2026-02-30T00:00:00.000000Z 00000000-0000-4000-8000-000000000000').toString(
          'base64url',
        ),
        Buffer.from("2026-01-01T00:00:00.000000Z 1' or '1'='1").toString('base64url'),
        'x'.repeat(500),
      ]) {
        const res = await ash.client.get(`${list.url}?before=${encodeURIComponent(bad)}`);
        expect(res.status).toBe(400);
        expect(res.body.error.fields.before).toMatch(/not one we gave out/);
      }
      expect((await ash.client.get(`${list.url}?after=x`)).status).toBe(400);
    });

    it(`${list.name}: another person's cursor shows me only my own items`, async () => {
      const mine = new Set((await walk(ash.client, list.url, list.keys)).ids);
      const first = (await blair.client.get(list.url)).body as Page;
      const theirs =
        first.next ?? encodeCursor({ at: '2099-01-01T00:00:00.000000Z', id: blair.id });
      const res = await stranger.client.get(`${list.url}?before=${theirs}`);
      expect(res.status).toBe(200);
      const seen = list.keys.flatMap((k) => ((res.body as Page)[k] as Item[]).map((i) => i.id));
      expect(seen.filter((id) => mine.has(id))).toEqual([]);
      const far = encodeCursor({ at: '2099-01-01T00:00:00.000000Z', id: ash.id });
      const fromFar = await walk(stranger.client, `${list.url}`, list.keys);
      const res2 = await stranger.client.get(`${list.url}?before=${far}`);
      const seen2 = list.keys.flatMap((k) => ((res2.body as Page)[k] as Item[]).map((i) => i.id));
      expect(seen2).toEqual(fromFar.ids.slice(0, seen2.length));
      expect(seen2.filter((id) => mine.has(id))).toEqual([]);
    });
  }
});

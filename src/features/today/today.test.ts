import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../platform/db/database.ts';
import type { FeatureModule } from '../../platform/server/build-server.ts';
import { localDay } from '../../platform/time/days.ts';
import {
  startTestServer,
  type TestPerson,
  type TestServer,
} from '../../platform/testing/test-server.ts';
import { todayModule } from './today.routes.server.ts';

// Stand-ins for other features' contributions to "waiting for me".
const sharedThing: FeatureModule = {
  name: 'stand-in',
  routes: () => {},
  waiting: async () => [
    {
      id: 'x1',
      kind: 'agreements.review',
      title: 'An agreement to look at again',
      href: '/agreements',
      at: '2026-01-02T00:00:00.000Z',
    },
  ],
};
const broken: FeatureModule = {
  name: 'broken',
  routes: () => {},
  waiting: async ({ tx }) => {
    await queryRows(tx, sql`select * from no_such_table`);
    return [];
  },
};
const privateThing: FeatureModule = {
  name: 'private-stand-in',
  routes: () => {},
  waiting: async () => [
    {
      id: 'j1',
      kind: 'journal.prompt',
      title: 'A prompt for you',
      href: '/journal',
      at: '2026-01-03T00:00:00.000Z',
    },
  ],
};

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ features: [todayModule, sharedThing, broken, privateThing] });
});
afterAll(() => server.close());

const put = (p: TestPerson, body: unknown) => p.client.request('PUT', '/api/v1/today/act', body);

describe('Today', () => {
  it('offers one small act, and takes done, skip and undo without any counter', async () => {
    const me = await server.person();
    const first = await me.client.get('/api/v1/today');
    expect(first.status).toBe(200);
    expect(first.body.act.text.length).toBeGreaterThan(10);
    expect(first.body.mark).toBeNull();
    expect(first.body.day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect((await me.client.get('/api/v1/today')).body.act).toEqual(first.body.act);

    const done = await put(me, { actId: first.body.act.id, outcome: 'done' });
    expect(done.status).toBe(200);
    expect(done.body.mark).toBe('done');
    const skipped = await put(me, { actId: first.body.act.id, outcome: 'skipped' });
    expect(skipped.body.mark).toBe('skipped');
    expect(skipped.body.act).toEqual(first.body.act);
    const undone = await me.client.delete('/api/v1/today/act');
    expect(undone.body.mark).toBeNull();
    expect(JSON.stringify(undone.body)).not.toMatch(/count|streak|total|percent/i);
    expect((await put(me, { actId: 'not-an-act', outcome: 'done' })).status).toBe(400);
    expect((await put(me, { actId: first.body.act.id, outcome: 'maybe' })).status).toBe(400);
  });

  it('keeps the marked act for the day, and uses the person’s own day', async () => {
    const me = await server.person();
    await server.db.withSystem((tx) =>
      tx.execute(sql`update people set time_zone = 'Pacific/Kiritimati' where id = ${me.id}`),
    );
    const view = (await me.client.get('/api/v1/today')).body;
    // UTC+14: for ten hours of every UTC day, already tomorrow there.
    expect(view.day).toBe(localDay(new Date(), 'Pacific/Kiritimati'));
    // Someone without a space gets acts for themselves: a walk on their own fits.
    await put(me, { actId: 'grieve-3', outcome: 'done' });
    expect((await me.client.get('/api/v1/today')).body.act.id).toBe('grieve-3');
    // The mark is kept on that same day of theirs, the day the answer named.
    const marks = await server.db.withSystem((tx) =>
      queryRows<{ day: string }>(
        tx,
        sql`select day::text as day from small_act_marks where person_id = ${me.id}`,
      ),
    );
    expect(marks.map((m) => m.day)).toEqual([view.day]);
  });

  it('gathers what is waiting from every feature, even when one of them fails', async () => {
    const me = await server.person();
    const view = (await me.client.get('/api/v1/today')).body;
    expect(view.waiting.map((w: { id: string }) => w.id)).toEqual(['x1', 'j1']);
    expect(view.pathLine).toBe(
      'Nothing is marked on your path yet. It is there whenever you want it.',
    );
    expect(view.solo).toBe(false);
  });

  it('hides shared things for someone using Kintsugi alone', async () => {
    const me = await server.person();
    await server.db.withSystem((tx) =>
      tx.execute(sql`insert into solo_modes (person_id) values (${me.id})`),
    );
    const view = (await me.client.get('/api/v1/today')).body;
    expect(view.solo).toBe(true);
    expect(view.waiting.map((w: { id: string }) => w.id)).toEqual(['j1']);
  });
});

describe("Today's one waiting statement (decision 111)", () => {
  // Stand-ins that contribute SQL parts, as the real features do.
  const partThing: FeatureModule = {
    name: 'part-stand-in',
    routes: () => {},
    waitingPart: {
      sql: (userId) =>
        sql`select 'letter' as kind, 'p1' as ref, timestamptz '2026-01-04T00:00:00.123456Z' as at,
          json_build_object('for', ${userId}::text) as data`,
      read: (rows, { userId }) =>
        rows
          .filter((r) => (r.data as { for: string }).for === userId)
          .map((r) => ({
            id: r.ref!,
            kind: r.kind,
            title: 'A letter',
            href: '/letters',
            at: r.at!,
          })),
    },
  };
  const brokenPart: FeatureModule = {
    name: 'broken-part',
    routes: () => {},
    waitingPart: {
      sql: () => sql`select 'x' as kind, null as ref, null as at, null as data from no_such_table`,
      read: () => [],
    },
  };
  let parts: TestServer;
  beforeAll(async () => {
    parts = await startTestServer({
      features: [todayModule, partThing, sharedThing, brokenPart, privateThing],
    });
  });
  afterAll(() => parts.close());

  it('keeps every other feature when one part fails, in reads and in writes, and names only the feature in the log', async () => {
    const me = await parts.person();
    const read = await me.client.get('/api/v1/today');
    expect(read.status).toBe(200);
    expect(read.body.waiting.map((w: { id: string }) => w.id)).toEqual(['x1', 'j1', 'p1']);
    // The part's instant comes back as a Date would give it (milliseconds).
    expect(read.body.waiting[2].at).toBe('2026-01-04T00:00:00.123Z');
    const marked = await put(me, { actId: read.body.act.id, outcome: 'done' });
    expect(marked.status).toBe(200);
    expect(marked.body.mark).toBe('done');
    expect(marked.body.waiting.map((w: { id: string }) => w.id)).toEqual(['x1', 'j1', 'p1']);
    const warned = parts.logs.filter((l) => l.includes('left out of Today'));
    expect(warned.length).toBeGreaterThan(0);
    expect(warned.every((l) => l.includes('"feature":"broken-part"'))).toBe(true);
    expect(parts.logs.join('\n')).not.toContain('no_such_table');
  });
});

import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../platform/db/database.ts';
import {
  startTestServer,
  type TestPerson,
  type TestServer,
} from '../../platform/testing/test-server.ts';
import { addDays, localDay, mondayOf } from '../../platform/time/days.ts';
import { timelineModule } from './timeline.routes.server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ features: [timelineModule] });
});
afterAll(() => server.close());

async function couple(): Promise<{ a: TestPerson; b: TestPerson; coupleId: string }> {
  const a = await server.person('Ada');
  const b = await server.person('Ben');
  const coupleId = randomUUID();
  await server.db.withSystem(async (tx) => {
    await queryRows(tx, sql`insert into couples (id, created_by) values (${coupleId}, ${a.id})`);
    await queryRows(
      tx,
      sql`insert into memberships (couple_id, person_id) values (${coupleId}, ${a.id}), (${coupleId}, ${b.id})`,
    );
  });
  return { a, b, coupleId };
}

interface Seed {
  author: string;
  coupleId: string | null;
  day: string;
  safety: number;
  trust?: number;
  connection?: number;
  emotions?: string[];
  visibility?: 'private' | 'shared';
}
const seed = (rows: Seed[]) =>
  server.db.withSystem(async (tx) => {
    for (const r of rows) {
      await queryRows(
        tx,
        sql`insert into daily_checkins (author_id, couple_id, day, safety, trust, connection, emotions, visibility)
            values (${r.author}, ${r.coupleId}, ${r.day}, ${r.safety}, ${r.trust ?? r.safety}, ${r.connection ?? r.safety},
                    ${`{${(r.emotions ?? ['calm']).join(',')}}`}, ${r.visibility ?? 'shared'})`,
      );
    }
  });
const today = localDay(new Date(), 'UTC');

describe('the healing timeline', () => {
  it('draws my days, and my partner’s only where shared and revealed', async () => {
    const { a, b, coupleId } = await couple();
    const d = (n: number) => addDays(today, -n);
    await seed([
      { author: a.id, coupleId, day: d(1), safety: 3, emotions: ['sadness', 'fear'] },
      { author: a.id, coupleId, day: d(2), safety: 5, visibility: 'private' },
      { author: a.id, coupleId, day: d(3), safety: 7 },
      { author: b.id, coupleId, day: d(1), safety: 8, emotions: ['hope'] }, // shared, both that day: revealed
      { author: b.id, coupleId, day: d(2), safety: 9, visibility: 'private' }, // private: never
      { author: b.id, coupleId, day: d(4), safety: 1 }, // shared, but A has no check-in that day
      { author: a.id, coupleId, day: d(40), safety: 2 }, // outside the month
    ]);
    const res = await a.client.get('/api/v1/timeline?range=month');
    expect(res.status).toBe(200);
    const [mine, theirs] = res.body.series;
    expect(res.body.granularity).toBe('day');
    expect(mine.points.map((p: { at: string; safety: number }) => [p.at, p.safety])).toEqual([
      [d(3), 7],
      [d(2), 5],
      [d(1), 3],
    ]);
    expect(theirs).toMatchObject({ who: 'partner', name: 'Ben' });
    expect(theirs.points.map((p: { at: string; safety: number }) => [p.at, p.safety])).toEqual([
      [d(1), 8],
    ]);
    expect(JSON.stringify(theirs.emotions)).toContain('hope');

    // B sees A's shared d(1) (B checked in that day), not A's private d(2) nor d(3) (B has none).
    const bView = (await b.client.get('/api/v1/timeline?range=quarter')).body;
    expect(bView.series[1].points.map((p: { at: string }) => p.at)).toEqual([d(1)]);
    expect(JSON.stringify(bView.series[1].emotions)).not.toContain('calm');

    const year = (await a.client.get('/api/v1/timeline?range=year')).body;
    expect(year.granularity).toBe('week');
    const weeks = new Map(
      year.series[0].points.map((p: { at: string; safety: number; days: number }) => [p.at, p]),
    );
    const expectedWeeks = new Map<string, number[]>();
    for (const [day, value] of [
      [d(1), 3],
      [d(2), 5],
      [d(3), 7],
      [d(40), 2],
    ] as const) {
      expectedWeeks.set(mondayOf(day), [...(expectedWeeks.get(mondayOf(day)) ?? []), value]);
    }
    for (const [week, values] of expectedWeeks) {
      const avg = Math.round((values.reduce((s, v) => s + v, 0) / values.length) * 10) / 10;
      expect(weeks.get(week)).toMatchObject({ safety: avg, days: values.length });
    }
    expect(year.series[1].points.map((p: { at: string; days: number }) => [p.at, p.days])).toEqual([
      [mondayOf(d(1)), 1],
    ]);
  });

  it('keeps the rollups true after edits, unsharing and deletes', async () => {
    const { a, b, coupleId } = await couple();
    const day = addDays(today, -1);
    await seed([
      { author: a.id, coupleId, day, safety: 4 },
      { author: b.id, coupleId, day, safety: 6 },
    ]);
    const partnerYear = async () =>
      (await a.client.get('/api/v1/timeline?range=year')).body.series[1].points;
    expect(await partnerYear()).toEqual([expect.objectContaining({ safety: 6, days: 1 })]);
    await server.db.withSystem((tx) =>
      queryRows(tx, sql`update daily_checkins set safety = 2 where author_id = ${b.id}`),
    );
    expect(await partnerYear()).toEqual([expect.objectContaining({ safety: 2 })]);
    const partnerAll = async () =>
      (await a.client.get('/api/v1/timeline?range=all')).body.series[1].points;
    expect(await partnerAll()).toEqual([expect.objectContaining({ safety: 2, days: 1 })]);
    await server.db.withSystem((tx) =>
      queryRows(
        tx,
        sql`update daily_checkins set visibility = 'private' where author_id = ${b.id}`,
      ),
    );
    expect(await partnerYear()).toEqual([]);
    expect(await partnerAll()).toEqual([]);
    await server.db.withSystem((tx) =>
      queryRows(tx, sql`update daily_checkins set visibility = 'shared' where author_id = ${b.id}`),
    );
    expect(await partnerYear()).toHaveLength(1);
    // If A's check-in goes, B's is no longer revealed to A.
    await server.db.withSystem((tx) =>
      queryRows(tx, sql`delete from daily_checkins where author_id = ${a.id}`),
    );
    expect(await partnerYear()).toEqual([]);
    expect((await a.client.get('/api/v1/timeline?range=year')).body.series[0].points).toEqual([]);
  });

  it('goes month by month over years, and shows only the marks I may see', async () => {
    const { a, b, coupleId } = await couple();
    await seed([
      { author: a.id, coupleId, day: addDays(today, -1000), safety: 2 },
      { author: a.id, coupleId, day: addDays(today, -999), safety: 4 },
      { author: a.id, coupleId, day: addDays(today, -2), safety: 8 },
    ]);
    await server.db.withSystem((tx) =>
      queryRows(
        tx,
        sql`insert into timeline_events (couple_id, author_id, visibility, kind, label) values
              (${coupleId}, ${a.id}, 'shared', 'agreement.active', 'An agreement'),
              (${coupleId}, ${a.id}, 'shared', 'agreement.active', 'An agreement'),
              (${coupleId}, ${b.id}, 'private', 'stage.changed', 'B-PRIVATE-MARK'),
              (${coupleId}, ${b.id}, 'shared', 'talk.done', 'A talk')`,
      ),
    );
    const all = (await a.client.get('/api/v1/timeline?range=all')).body;
    expect(all.granularity).toBe('month');
    expect(all.emotionGranularity).toBe('month');
    expect(all.series[0].points[0].at.endsWith('-01')).toBe(true);
    expect(all.series[0].points.at(-1).safety).toBe(8);
    expect(
      all.events.map((e: { label: string; count: number }) => [e.label, e.count]).sort(),
    ).toEqual([
      ['A talk', 1],
      ['An agreement', 2],
    ]);
    expect(all.events[0].at.endsWith('-01')).toBe(true);
    const month = (await a.client.get('/api/v1/timeline?range=month')).body;
    expect(month.events).toHaveLength(3);
    expect(JSON.stringify(all)).not.toContain('B-PRIVATE-MARK');
  });

  it('shows a stranger nothing of ours, and refuses an unknown range', async () => {
    const { a, coupleId } = await couple();
    await seed([{ author: a.id, coupleId, day: today, safety: 5 }]);
    const stranger = await server.person();
    const view = (await stranger.client.get('/api/v1/timeline?range=all')).body;
    expect(view.series).toHaveLength(1);
    expect(view.series[0].points).toEqual([]);
    expect(view.events).toEqual([]);
    expect((await a.client.get('/api/v1/timeline?range=decade')).status).toBe(400);
    expect((await server.client().get('/api/v1/timeline')).status).toBe(401);
  });
});

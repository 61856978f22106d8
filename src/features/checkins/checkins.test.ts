import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../platform/db/database.ts';
import {
  startTestServer,
  type TestPerson,
  type TestServer,
} from '../../platform/testing/test-server.ts';
import { checkinsModule } from './checkins.routes.server.ts';
import { addDays, dailyView, daySpan, localDay } from './reveal.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ features: [checkinsModule] });
});
afterAll(() => server.close());

async function couple(names: [string, string] = ['Ada', 'Ben']): Promise<[TestPerson, TestPerson]> {
  const a = await server.person(names[0]);
  const b = await server.person(names[1]);
  await makeCouple(a, b);
  return [a, b];
}

/** A shared space, made straight in the database (this feature doesn't own couples). */
async function makeCouple(a: TestPerson, b?: TestPerson): Promise<string> {
  const id = randomUUID();
  await server.db.withSystem(async (tx) => {
    await queryRows(tx, sql`insert into couples (id, created_by) values (${id}, ${a.id})`);
    await queryRows(
      tx,
      sql`insert into memberships (couple_id, person_id) values (${id}, ${a.id})`,
    );
    if (b)
      await queryRows(
        tx,
        sql`insert into memberships (couple_id, person_id) values (${id}, ${b.id})`,
      );
  });
  return id;
}
const coupleIdOf = async (p: TestPerson) =>
  (
    await server.db.withSystem((tx) =>
      queryRows<{ id: string }>(
        tx,
        sql`select couple_id as id from memberships where person_id = ${p.id} and left_at is null`,
      ),
    )
  )[0]!.id;

const put = (p: TestPerson, url: string, body: unknown) => p.client.request('PUT', url, body);
const checkIn = (p: TestPerson, over: Record<string, unknown> = {}) =>
  put(p, '/api/v1/checkins/today', {
    emotions: ['hope', 'fear'],
    safety: 6,
    trust: 4,
    connection: 5,
    need: 'A walk together',
    note: 'PLANTED-NOTE-9431',
    visibility: 'shared',
    ...over,
  });
const today = async (p: TestPerson) => (await p.client.get('/api/v1/checkins/today')).body;

/** Runs a query as kintsugi_app for `userId`, like a request does. */
const asApp = <T>(userId: string, query: ReturnType<typeof sql>) =>
  server.db.withOwner(async (tx) => {
    await tx.execute(
      sql`select set_config('role', 'kintsugi_app', true), set_config('app.user_id', ${userId}, true)`,
    );
    return queryRows<T>(tx, query);
  });

describe('the daily check-in and its mutual reveal', () => {
  it('shows nothing of a shared check-in to the partner until they check in too; then both see both', async () => {
    const [a, b] = await couple();
    const saved = await checkIn(a);
    expect(saved.status).toBe(200);
    expect(saved.body.mine).toMatchObject({
      emotions: ['hope', 'fear'],
      safety: 6,
      visibility: 'shared',
      showWaiting: false,
    });

    const before = await b.client.get('/api/v1/checkins/today');
    expect(before.body.partner).toEqual({ name: 'Ada', status: 'nothing', checkin: null });
    expect(before.text).not.toContain('PLANTED-NOTE');
    expect((await b.client.get('/api/v1/checkins/daily')).text).not.toContain('PLANTED-NOTE');
    // Not even the database answers, as B.
    expect(
      await asApp(b.id, sql`select note from daily_checkins where author_id = ${a.id}`),
    ).toEqual([]);

    expect((await checkIn(b, { visibility: 'private', note: 'B-PRIVATE-1' })).status).toBe(200);
    const after = await today(b);
    expect(after.partner.status).toBe('revealed');
    expect(after.partner.checkin).toMatchObject({ note: 'PLANTED-NOTE-9431', safety: 6 });
    expect(after.partner.checkin).not.toHaveProperty('visibility');
    // B's was private: A sees nothing of it, not even that it exists.
    const aView = await a.client.get('/api/v1/checkins/today');
    expect(aView.body.partner).toEqual({ name: 'Ben', status: 'nothing', checkin: null });
    expect(aView.text).not.toContain('B-PRIVATE');

    // Having seen A's, B can no longer change the answers, but can still choose to share them.
    expect((await checkIn(b, { visibility: 'shared', note: 'B-SHARED-2' })).status).toBe(409);
    expect((await checkIn(b, { visibility: 'shared', note: 'B-PRIVATE-1' })).status).toBe(200);
    expect((await today(a)).partner.checkin.note).toBe('B-PRIVATE-1');
    const recent = (await a.client.get('/api/v1/checkins/daily')).body;
    expect(recent.days[0]).toMatchObject({
      mine: { note: 'PLANTED-NOTE-9431' },
      partner: { note: 'B-PRIVATE-1' },
    });
  });

  it('tells the partner one is waiting only when the author allows it, and never what it says', async () => {
    const [a, b] = await couple();
    await checkIn(a, { showWaiting: true });
    const view = await b.client.get('/api/v1/checkins/today');
    expect(view.body.partner).toEqual({ name: 'Ada', status: 'waiting', checkin: null });
    expect(view.text).not.toContain('PLANTED-NOTE');

    const items = await server.db.withOwner(async (tx) => {
      await tx.execute(
        sql`select set_config('role', 'kintsugi_app', true), set_config('app.user_id', ${b.id}, true)`,
      );
      return checkinsModule.waiting!({ tx, userId: b.id });
    });
    expect(items.map((i) => i.title)).toContain(
      'Your partner checked in today. Check in to see each other’s.',
    );
    expect(JSON.stringify(items)).not.toContain('PLANTED');

    await checkIn(a, { showWaiting: false });
    expect((await today(b)).partner.status).toBe('nothing');
    // A private check-in never lets the hint through, whatever showWaiting says.
    await checkIn(a, { visibility: 'private', showWaiting: true });
    expect((await today(b)).partner.status).toBe('nothing');
  });

  it('answers the partner identically whether I have no check-in or a private one', async () => {
    const [a, b] = await couple();
    const none = await b.client.get('/api/v1/checkins/today');
    const noneRecent = await b.client.get('/api/v1/checkins/daily');
    await checkIn(a, { visibility: 'private', showWaiting: true });
    expect((await b.client.get('/api/v1/checkins/today')).text).toBe(none.text);
    expect((await b.client.get('/api/v1/checkins/daily')).text).toBe(noneRecent.text);
    await checkIn(b);
    const bView = await today(b);
    expect(bView.partner.status).toBe('nothing');
  });

  it('keeps my answers as written once we saw each other’s; unsharing still hides it at once', async () => {
    const [a, b] = await couple();
    await checkIn(a);
    await checkIn(b);
    expect((await today(b)).partner.checkin.safety).toBe(6);
    const changed = await checkIn(a, { safety: 2, note: 'changed later' });
    expect(changed.status).toBe(409);
    expect(changed.body.error).toMatchObject({
      code: 'daily_revealed',
      message: expect.stringMatching(/stays as you wrote it/),
    });
    expect((await a.client.delete('/api/v1/checkins/today')).status).toBe(409);
    expect((await today(b)).partner.checkin).toMatchObject({
      safety: 6,
      note: 'PLANTED-NOTE-9431',
    });
    // Before my partner checked in, I could change mine freely (the first test); choosing who sees it stays mine.
    expect((await checkIn(a, { visibility: 'private' })).status).toBe(200);
    expect((await today(b)).partner).toEqual({ name: 'Ada', status: 'nothing', checkin: null });
    expect(await asApp(b.id, sql`select id from daily_checkins where author_id = ${a.id}`)).toEqual(
      [],
    );
    expect((await checkIn(a, { visibility: 'shared' })).status).toBe(200);
    expect((await today(b)).partner.checkin).toMatchObject({ safety: 6 });
  });

  it('matches the pure rule in every combination (visibility x hint x partner answered)', async () => {
    for (const visibility of ['private', 'shared'] as const)
      for (const showWaiting of [false, true])
        for (const answered of [false, true]) {
          const [a, b] = await couple();
          await checkIn(a, { visibility, showWaiting });
          if (answered) await checkIn(b, { visibility: 'private' });
          const seen = (await today(b)).partner;
          const day = (await today(a)).day;
          const coupleId = await coupleIdOf(a);
          const rule = dailyView(
            { id: b.id, coupleId, checkedIn: answered ? [daySpan(day, 'UTC')] : [] },
            {
              authorId: a.id,
              coupleId,
              day,
              ...daySpan(day, 'UTC'),
              visibility,
              showWaiting: visibility === 'shared' && showWaiting,
            },
          );
          const expected =
            rule === 'revealed' ? 'revealed' : rule === 'waiting' ? 'waiting' : 'nothing';
          expect(seen.status, `${visibility} hint=${showWaiting} answered=${answered}`).toBe(
            expected,
          );
          expect(seen.checkin !== null).toBe(expected === 'revealed');
        }
  });

  const zoneOf = (p: TestPerson, zone: string) =>
    server.db.withSystem((tx) =>
      queryRows(tx, sql`update people set time_zone = ${zone} where id = ${p.id}`),
    );

  it('pairs two people who both answered their own today, 25 hours apart (UTC+14 and UTC-11)', async () => {
    const [a, b] = await couple();
    await zoneOf(a, 'Pacific/Kiritimati');
    await zoneOf(b, 'Pacific/Pago_Pago');
    await checkIn(a, { note: 'A-KIRITIMATI' });
    await checkIn(b, { note: 'B-PAGO' });
    const [aDay, bDay] = [(await today(a)).day, (await today(b)).day];
    expect(aDay).toBe(localDay(new Date(), 'Pacific/Kiritimati'));
    expect(bDay).toBe(localDay(new Date(), 'Pacific/Pago_Pago'));
    expect(aDay).not.toBe(bDay);
    expect((await today(a)).partner).toMatchObject({
      status: 'revealed',
      checkin: { note: 'B-PAGO' },
    });
    expect((await today(b)).partner).toMatchObject({
      status: 'revealed',
      checkin: { note: 'A-KIRITIMATI' },
    });
    expect((await b.client.get('/api/v1/checkins/daily')).text).toContain('A-KIRITIMATI');
    expect((await a.client.get('/api/v1/checkins/daily')).text).toContain('B-PAGO');
    // The same rule in the database: the rollup the timeline's partner line reads.
    const revealed = await server.db.withOwner((tx) =>
      queryRows<{ person_id: string }>(
        tx,
        sql`select person_id from checkin_weeks where scope = 'revealed' and person_id in (${a.id}, ${b.id})`,
      ),
    );
    expect(revealed.map((r) => r.person_id).sort()).toEqual([a.id, b.id].sort());
  });

  it('keeps a check-in’s day when its author travels to another time zone', async () => {
    const [a, b] = await couple();
    await zoneOf(a, 'Europe/London');
    await zoneOf(b, 'Europe/London');
    await checkIn(a, { note: 'A-BEFORE-THE-FLIGHT' });
    await zoneOf(a, 'Asia/Tokyo');
    await checkIn(b, { note: 'B-AT-HOME' });
    expect((await today(b)).partner).toMatchObject({
      status: 'revealed',
      checkin: { note: 'A-BEFORE-THE-FLIGHT' },
    });
    expect((await a.client.get('/api/v1/checkins/daily')).text).toContain('B-AT-HOME');
    // Nothing of a private check-in pairs, wherever it was written.
    const [c, d] = await couple();
    await zoneOf(c, 'Asia/Tokyo');
    await checkIn(c, { visibility: 'private', note: 'C-PRIVATE' });
    await checkIn(d);
    expect((await d.client.get('/api/v1/checkins/daily')).text).not.toContain('C-PRIVATE');
  });

  it('keeps one check-in per day, closes yesterday, and lets the author delete today’s', async () => {
    const a = await server.person();
    const first = await checkIn(a, { visibility: 'private' });
    const second = await checkIn(a, { visibility: 'private', safety: 9 });
    expect(second.body.mine.id).toBe(first.body.mine.id);
    const yesterday = addDays(first.body.day, -1);
    await server.db.withSystem((tx) =>
      queryRows(
        tx,
        sql`insert into daily_checkins (author_id, day, emotions, safety, trust, connection) values (${a.id}, ${yesterday}, '{calm}', 1, 1, 1)`,
      ),
    );
    await checkIn(a, { visibility: 'private', safety: 3 });
    const days = (await a.client.get('/api/v1/checkins/daily')).body.days;
    expect(
      days.map((d: { day: string; mine: { safety: number } }) => [d.day, d.mine.safety]),
    ).toEqual([
      [first.body.day, 3],
      [yesterday, 1],
    ]);
    expect((await a.client.delete('/api/v1/checkins/today')).status).toBe(204);
    expect((await a.client.delete('/api/v1/checkins/today')).status).toBe(404);
    expect((await today(a)).mine).toBeNull();
  });

  it('refuses sharing without a space and bad input, with clear messages', async () => {
    const alone = await server.person();
    const shared = await checkIn(alone);
    expect(shared.status).toBe(400);
    expect(shared.body.error.code).toBe('no_space');
    expect((await checkIn(alone, { visibility: 'private' })).status).toBe(200);
    for (const bad of [
      { safety: 11 },
      { trust: -1 },
      { emotions: [] },
      { emotions: ['rage'] },
      { visibility: 'public' },
      { authorId: alone.id },
      { connection: 2.5 },
    ]) {
      const res = await checkIn(alone, { visibility: 'private', ...bad });
      expect(res.status, JSON.stringify(bad)).toBe(400);
      expect(res.body.error.message).toBeTruthy();
    }
  });

  it('refuses a forged author or couple, even straight in the database', async () => {
    const [a, b] = await couple();
    const stranger = await server.person();
    const coupleId = await coupleIdOf(a);
    const forge = (who: string, author: string, coupleOf: string | null) =>
      asApp(
        who,
        sql`insert into daily_checkins (author_id, couple_id, day, safety, trust, connection) values (${author}, ${coupleOf}, '2026-01-01', 1, 1, 1)`,
      );
    await expect(forge(b.id, a.id, coupleId)).rejects.toThrow();
    await expect(forge(stranger.id, stranger.id, coupleId)).rejects.toThrow();
  });

  it('keeps a check-in when its space is removed, visible to its author only', async () => {
    const [a, b] = await couple();
    await checkIn(a, { note: 'A-KEPT' });
    await checkIn(b);
    const coupleId = await coupleIdOf(a);
    await server.db.withOwner((tx) =>
      queryRows(tx, sql`delete from couples where id = ${coupleId}`),
    );
    expect((await today(a)).mine).toMatchObject({ note: 'A-KEPT', visibility: 'shared' });
    expect(await asApp(b.id, sql`select id from daily_checkins where author_id = ${a.id}`)).toEqual(
      [],
    );
  });

  it('hides everything of mine from a partner who left', async () => {
    const [a, b] = await couple();
    await checkIn(a);
    await checkIn(b);
    expect((await today(b)).partner.status).toBe('revealed');
    await server.db.withSystem((tx) =>
      queryRows(tx, sql`update memberships set left_at = now() where person_id = ${b.id}`),
    );
    expect((await today(b)).partner).toBeNull();
    expect(await asApp(b.id, sql`select id from daily_checkins where author_id = ${a.id}`)).toEqual(
      [],
    );
    expect((await today(a)).mine.note).toBe('PLANTED-NOTE-9431');
  });
});

describe('check-ins written at the same moment', () => {
  // On server PostgreSQL these writes run at once (on PGlite, one after the other). Both
  // partners' writes rebuild the couple's rollups; the second used to meet the first's rows and
  // fail with a 500 (decision 173).
  it('answers every write of both partners at once, and the rollups count what each kept', async () => {
    const [a, b] = await couple();
    expect((await checkIn(a)).status).toBe(200);
    expect((await checkIn(b)).status).toBe(200);
    // Sharing or not is each one's own choice even after the reveal, and the rollups count it.
    const answers = await Promise.all(
      Array.from({ length: 16 }, (_, i) =>
        checkIn(i % 2 === 0 ? a : b, { visibility: i % 4 < 2 ? 'private' : 'shared' }),
      ),
    );
    expect(answers.map((r) => r.status)).toEqual(answers.map(() => 200));
    const kept = {
      [a.id]: (await today(a)).mine.visibility,
      [b.id]: (await today(b)).mine.visibility,
    };
    for (const table of ['checkin_weeks', 'checkin_months']) {
      const rows = await server.db.withOwner((tx) =>
        queryRows<{ person_id: string; scope: string; days: number; safety_sum: number }>(
          tx,
          sql`select person_id, scope, days, safety_sum from ${sql.identifier(table)}
            where person_id in (${a.id}, ${b.id}) order by scope, person_id`,
        ),
      );
      const expected = [a.id, b.id]
        .sort()
        .map((id) => ({ person_id: id, scope: 'own', days: 1, safety_sum: 6 }))
        .concat(
          [a.id, b.id]
            .filter((id) => kept[id] === 'shared')
            .sort()
            .map((id) => ({ person_id: id, scope: 'revealed', days: 1, safety_sum: 6 })),
        );
      expect(rows, table).toEqual(expected);
    }
  });
});

describe('the weekly check-in', () => {
  const answers = {
    appreciated: 'A-APPRECIATED',
    hard: 'the evenings',
    need: 'more time',
    agreements: '',
    together: 'a walk',
  };

  it('reveals nothing until both answered; then both side by side, with replies', async () => {
    const [a, b] = await couple();
    const sent = await put(a, '/api/v1/checkins/weekly', answers);
    expect(sent.status).toBe(200);
    expect(sent.body.current.mine).toMatchObject({ appreciated: 'A-APPRECIATED' });
    expect(sent.body.current.partner).toBeNull();

    const bBefore = await b.client.get('/api/v1/checkins/weekly');
    expect(bBefore.body.current).toMatchObject({ mine: null, partner: null });
    expect(bBefore.text).not.toContain('A-APPRECIATED');
    const answerId = sent.body.current.mine.id;
    const early = await b.client.post(`/api/v1/checkins/weekly/${answerId}/replies`, {
      item: 'hard',
      body: 'too soon',
    });
    const never = await b.client.post(
      '/api/v1/checkins/weekly/00000000-0000-4000-8000-000000000000/replies',
      { item: 'hard', body: 'too soon' },
    );
    expect(early.status).toBe(404);
    expect(early.text).toBe(never.text);

    // A can still change answers before the reveal.
    expect(
      (await put(a, '/api/v1/checkins/weekly', { ...answers, hard: 'the mornings' })).status,
    ).toBe(200);
    const both = await put(b, '/api/v1/checkins/weekly', { appreciated: 'B-APPRECIATED' });
    expect(both.body.current.partner).toMatchObject({
      appreciated: 'A-APPRECIATED',
      hard: 'the mornings',
    });
    const aSees = (await a.client.get('/api/v1/checkins/weekly')).body;
    expect(aSees.current.partner).toMatchObject({ appreciated: 'B-APPRECIATED', hard: '' });

    const locked = await put(a, '/api/v1/checkins/weekly', answers);
    expect(locked.status).toBe(409);
    expect(locked.body.error.code).toBe('weekly_revealed');

    const reply = await b.client.post(`/api/v1/checkins/weekly/${answerId}/replies`, {
      item: 'hard',
      body: 'Me too.',
    });
    expect(reply.status).toBe(200);
    const replies = (await a.client.get('/api/v1/checkins/weekly')).body.current.replies;
    expect(replies).toEqual([
      expect.objectContaining({ answerId, item: 'hard', body: 'Me too.', isMine: false }),
    ]);
    // Not to my own answers.
    expect(
      (
        await a.client.post(`/api/v1/checkins/weekly/${answerId}/replies`, {
          item: 'hard',
          body: 'x',
        })
      ).status,
    ).toBe(404);

    const events = await asApp<{ kind: string; label: string }>(
      a.id,
      sql`select kind, label from timeline_events`,
    );
    expect(events).toEqual([{ kind: 'checkin.weekly', label: 'Weekly check-in together' }]);
  });

  it('needs a partner, and something written', async () => {
    const alone = await server.person();
    await makeCouple(alone);
    expect((await put(alone, '/api/v1/checkins/weekly', answers)).body.error.code).toBe(
      'no_partner',
    );
    const [a] = await couple();
    const empty = await put(a, '/api/v1/checkins/weekly', { appreciated: '  ' });
    expect(empty.status).toBe(400);
  });

  it('lets the couple choose its check-in day, refusing a stale version with 409', async () => {
    const [a, b] = await couple();
    expect((await a.client.get('/api/v1/checkins/weekly')).body.setting).toEqual({
      weekday: 0,
      version: 0,
    });
    const set = await put(a, '/api/v1/checkins/weekly/settings', { weekday: 3, version: 0 });
    expect(set.body).toEqual({ weekday: 3, version: 1 });
    const stale = await put(b, '/api/v1/checkins/weekly/settings', { weekday: 5, version: 0 });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({
      code: 'stale_version',
      fields: { version: '1', weekday: '3' },
    });
    expect(
      (await put(b, '/api/v1/checkins/weekly/settings', { weekday: 5, version: 1 })).body,
    ).toEqual({ weekday: 5, version: 2 });
    const view = (await a.client.get('/api/v1/checkins/weekly')).body;
    expect(view.setting).toEqual({ weekday: 5, version: 2 });
    expect(new Date(`${view.current.weekStart}T00:00:00Z`).getUTCDay()).toBe(5);
  });

  it('puts the missing weekly answer on Today, and exports what I wrote and what was shared with me', async () => {
    const [a, b] = await couple();
    const as = <T>(p: TestPerson, fn: (ctx: { tx: never; userId: string }) => Promise<T>) =>
      server.db.withOwner(async (tx) => {
        await tx.execute(
          sql`select set_config('role', 'kintsugi_app', true), set_config('app.user_id', ${p.id}, true)`,
        );
        return fn({ tx: tx as never, userId: p.id });
      });
    expect((await as(b, checkinsModule.waiting!)).map((i) => i.kind)).toEqual(['checkin.weekly']);
    await put(b, '/api/v1/checkins/weekly', answers);
    expect(await as(b, checkinsModule.waiting!)).toEqual([]);
    await checkIn(a, { note: 'A-EXPORT', showWaiting: true });
    // My partner checked in (and let me know) and I haven't: that waits on Today, until I check in too.
    expect((await as(b, checkinsModule.waiting!)).map((i) => i.kind)).toEqual(['checkin.daily']);
    await checkIn(b, { visibility: 'private', note: 'B-EXPORT' });
    expect(await as(b, checkinsModule.waiting!)).toEqual([]);
    const exported = (await as(b, checkinsModule.exportFor!)) as {
      dailyCheckins: { mine: { note: string }[]; sharedWithMe: { note: string }[] };
      weeklyCheckins: { mine: unknown[]; sharedWithMe: unknown[] };
    };
    expect(exported.dailyCheckins.mine.map((c) => c.note)).toEqual(['B-EXPORT']);
    expect(exported.dailyCheckins.sharedWithMe.map((c) => c.note)).toEqual(['A-EXPORT']);
    expect(exported.weeklyCheckins.mine).toHaveLength(1);
    expect(exported.weeklyCheckins.sharedWithMe).toHaveLength(0);
    const aExport = JSON.stringify(await as(a, checkinsModule.exportFor!));
    expect(aExport).not.toContain('B-EXPORT');
  });
});

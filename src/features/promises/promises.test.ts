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
import { fillWeeks, mondayOf, weeksToShow } from './ledger.server.ts';
import { promisesModule } from './promises.routes.server.ts';
import {
  promisesWaiting,
  promisesWaitingPart,
  recentPromisesSql,
  withSteps,
} from './promises.server.ts';
import { passTime } from '../../platform/testing/pass-time.ts';
import { waitingFromPart } from '../../platform/server/waiting.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ features: [promisesModule] });
});
afterAll(() => server.close());

const couple = () => server.couple(['Ama', 'Bo']);

const inHours = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();
const act = (p: TestPerson, id: string, body: Record<string, unknown>) =>
  p.client.post(`/api/v1/promises/${id}/actions`, body);
const hashOf = (p: TestPerson) => hashToken(p.client.cookie!);
const thisWeek = (ledger: { week: string }[]) => ledger.at(-1)!;

/**
 * The same judge as Today's part over every one of the newest 100 promises of my space, each with
 * its steps: what the part answered before it chose in SQL (decision 171), the reference it is
 * held to.
 */
const promisesWaitingFromAll = waitingFromPart({
  sql: (userId) => sql`
    select 'promise' as kind, p.id as ref, p.created_at as at, ${withSteps(userId)} as data
      from (${recentPromisesSql(userId)}) p order by p.created_at desc`,
  read: promisesWaitingPart.read,
});

describe('promises', () => {
  it('tells the maker on Today that their partner noticed a kept promise, until they have seen it', async () => {
    const [a, b] = await couple();
    const made = await a.client.post('/api/v1/promises', { text: 'I will cook on Friday' });
    const id = made.body.id as string;
    expect((await act(a, id, { action: 'keep', version: 1 })).status).toBe(200);
    expect(await promisesWaitingFor(a)).toEqual([]);
    expect((await act(b, id, { action: 'notice', version: 2 })).status).toBe(200);
    const notice = (await promisesWaitingFor(a)).find((w) => w.kind === 'promise.noticed');
    // In the app it may name the promise: it is the maker's own.
    expect(notice).toMatchObject({
      id: `${id}:noticed`,
      title: 'Your partner noticed a promise you kept: I will cook on Friday',
      href: `/promises#promise-${id}`,
    });
    // Nothing for the one who noticed.
    expect((await promisesWaitingFor(b)).some((w) => w.kind === 'promise.noticed')).toBe(false);

    // Seen on the promises screen, up to the notice it showed: gone from Today.
    const shown = (await a.client.get('/api/v1/promises')).body.mine[0].noticed[0].at as string;
    // Only the maker's own mark: the partner's has no effect on the maker's Today.
    expect((await b.client.post('/api/v1/promises/notices/seen', { through: shown })).status).toBe(
      200,
    );
    expect((await promisesWaitingFor(a)).some((w) => w.kind === 'promise.noticed')).toBe(true);
    // A time before the notice leaves it; a time far ahead counts only up to now.
    const before = new Date(Date.parse(shown) - 1000).toISOString();
    expect((await a.client.post('/api/v1/promises/notices/seen', { through: before })).status).toBe(
      200,
    );
    expect((await promisesWaitingFor(a)).some((w) => w.kind === 'promise.noticed')).toBe(true);
    const seen = await a.client.post('/api/v1/promises/notices/seen', { through: shown });
    expect(seen.status).toBe(200);
    expect(seen.body).toEqual({ seenThrough: shown });
    expect(await promisesWaitingFor(a)).toEqual([]);
    // Never moves back.
    expect(
      (await a.client.post('/api/v1/promises/notices/seen', { through: before })).body,
    ).toEqual({ seenThrough: shown });
    expect(await promisesWaitingFor(a)).toEqual([]);
    expect(
      (await a.client.post('/api/v1/promises/notices/seen', { through: 'yesterday' })).status,
    ).toBe(400);
  });

  it('is made, kept, and noticed by the partner; every step is kept and the ledger shows it', async () => {
    const [a, b] = await couple();
    const made = await a.client.post('/api/v1/promises', {
      text: "I'll call you at lunch",
      dueAt: inHours(3),
    });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({
      visibility: 'shared',
      status: 'open',
      version: 1,
      can: { keep: true, renegotiate: true, miss: true, notice: false },
    });
    const id = made.body.id;

    const seen = await b.client.get('/api/v1/promises');
    expect(seen.body.partner).toEqual([
      expect.objectContaining({
        id,
        byMe: false,
        can: expect.objectContaining({ keep: false, notice: false }),
      }),
    ]);
    expect((await act(b, id, { action: 'keep', version: 1 })).status).toBe(409);

    const kept = await act(a, id, { action: 'keep', version: 1 });
    expect(kept.body).toMatchObject({ status: 'kept', version: 2 });
    expect((await promisesWaitingFor(b)).map((w) => w.kind)).toEqual(['promise.kept']);

    const noticed = await act(b, id, {
      action: 'notice',
      version: 2,
      note: 'Thank you, it helped.',
    });
    expect(noticed.status).toBe(200);
    expect((await a.client.get(`/api/v1/promises/${id}`)).body.noticed).toEqual([
      expect.objectContaining({ byMe: false, word: 'Thank you, it helped.' }),
    ]);
    expect(await promisesWaitingFor(b)).toEqual([]);
    expect((await act(b, id, { action: 'notice', version: 3 })).status).toBe(409);

    const ledgerA = (await a.client.get('/api/v1/promises/ledger?weeks=4')).body;
    // A space that began this week has one week to show, not four, three of them from before it.
    expect(ledgerA.mine).toHaveLength(1);
    expect(thisWeek(ledgerA.mine)).toMatchObject({ made: 1, kept: 1, missed: 0, noticed: 1 });
    expect(thisWeek((await b.client.get('/api/v1/promises/ledger')).body.partner)).toMatchObject({
      made: null,
      kept: 1,
      missed: null,
      noticed: 1,
    });
  });

  it('renegotiates only before the time, marks missed with a repair, and counts each honestly', async () => {
    const [a] = await couple();
    const id = (await a.client.post('/api/v1/promises', { text: 'Home by 7', dueAt: inHours(2) }))
      .body.id;
    const moved = await act(a, id, {
      action: 'renegotiate',
      version: 1,
      text: 'Home by 8',
      dueAt: inHours(3),
      note: 'Late meeting.',
    });
    expect(moved.body).toMatchObject({ text: 'Home by 8', renegotiations: 1, version: 2 });
    expect(
      (await act(a, id, { action: 'renegotiate', version: 2, dueAt: inHours(-1) })).status,
    ).toBe(400);

    // After its time it can no longer be renegotiated.
    await server.db.withOwner((tx) =>
      queryRows(
        tx,
        sql`update promise_events set due_at = now() - interval '1 minute' where promise_id = ${id}`,
      ),
    );
    const late = await act(a, id, { action: 'renegotiate', version: 2, text: 'Home by 9' });
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe('too_late');
    expect((await promisesWaitingFor(a)).map((w) => w.kind)).toEqual(['promise.due']);

    const missed = await act(a, id, { action: 'miss', version: 2 });
    expect(missed.body).toMatchObject({ status: 'missed', repair: null });
    expect(thisWeek((await a.client.get('/api/v1/promises/ledger')).body.mine)).toMatchObject({
      made: 1,
      renegotiated: 1,
      missed: 1,
      missedRepaired: 0,
    });
    const repaired = await act(a, id, {
      action: 'repair',
      version: 3,
      note: "I'm sorry. Next time I'll call before I'm late.",
    });
    expect(repaired.body.repair).toBe("I'm sorry. Next time I'll call before I'm late.");
    expect(thisWeek((await a.client.get('/api/v1/promises/ledger')).body.mine)).toMatchObject({
      missed: 0,
      missedRepaired: 1,
    });
    expect(repaired.body.steps.map((s: { kind: string }) => s.kind)).toEqual([
      'made',
      'renegotiated',
      'missed',
      'repaired',
    ]);
  });

  it("Today's part picks in SQL exactly the promises the judge would keep, for both of us (decision 171)", async () => {
    const [a, b] = await couple();
    const make = async (p: TestPerson, text: string, extra: Record<string, unknown> = {}) =>
      (await p.client.post('/api/v1/promises', { text, ...extra })).body.id as string;
    const dueNow = (id: string) =>
      server.db.withOwner((tx) =>
        queryRows(
          tx,
          sql`update promise_events set due_at = now() - interval '1 minute' where promise_id = ${id} and due_at is not null`,
        ),
      );
    const agoDays = (id: string, days: number) =>
      passTime(server.db, {
        table: 'promise_events',
        where: sql`promise_id = ${id}`,
        ms: days * 86_400_000,
      });
    // Mine: open and not yet due, open without a time, open and due, renegotiated and then due.
    await make(a, 'A-later', { dueAt: inHours(5) });
    await make(a, 'A-no-time');
    const due = await make(a, 'A-due', { dueAt: inHours(2) });
    await dueNow(due);
    const moved = await make(a, 'A-moved', { dueAt: inHours(2) });
    await act(a, moved, {
      action: 'renegotiate',
      version: 1,
      text: 'A-moved-2',
      dueAt: inHours(4),
    });
    await dueNow(moved);
    // Mine: missed; kept and unnoticed; kept and noticed now; kept and noticed three weeks ago.
    const missed = await make(a, 'A-missed', { dueAt: inHours(1) });
    await act(a, missed, { action: 'miss', version: 1 });
    const kept = await make(a, 'A-kept');
    await act(a, kept, { action: 'keep', version: 1 });
    const noticed = await make(a, 'A-noticed');
    await act(a, noticed, { action: 'keep', version: 1 });
    await act(b, noticed, { action: 'notice', version: 2 });
    const old = await make(a, 'A-noticed-long-ago');
    await act(a, old, { action: 'keep', version: 1 });
    await act(b, old, { action: 'notice', version: 2 });
    await agoDays(old, 21);
    // My partner's: kept now, kept three weeks ago, kept and noticed by me, private and kept, due.
    const theirs = await make(b, 'B-kept');
    await act(b, theirs, { action: 'keep', version: 1 });
    const theirsOld = await make(b, 'B-kept-long-ago');
    await act(b, theirsOld, { action: 'keep', version: 1 });
    await agoDays(theirsOld, 21);
    const answered = await make(b, 'B-answered');
    await act(b, answered, { action: 'keep', version: 1 });
    await act(a, answered, { action: 'notice', version: 2 });
    const practice = await make(b, 'B-practice', { visibility: 'private' });
    await act(b, practice, { action: 'keep', version: 1 });
    const theirsDue = await make(b, 'B-due', { dueAt: inHours(2) });
    await dueNow(theirsDue);

    const judged = async (p: TestPerson) =>
      (await server.db.withUser(hashOf(p), (ctx) => promisesWaitingFromAll(ctx)))!;
    const said = (items: { kind: string; title: string }[]) =>
      items.map((w) => `${w.kind}: ${/[AB]-[\w-]+/.exec(w.title)?.[0]}`).sort();
    const forA = await promisesWaitingFor(a);
    expect(forA).toEqual(await judged(a));
    expect(said(forA)).toEqual([
      'promise.due: A-due',
      'promise.due: A-moved-2',
      'promise.kept: B-kept',
      'promise.noticed: A-noticed',
    ]);
    const forB = await promisesWaitingFor(b);
    expect(forB).toEqual(await judged(b));
    expect(said(forB)).toEqual([
      'promise.due: B-due',
      'promise.kept: A-kept',
      'promise.noticed: B-answered',
    ]);
  });

  it('answers a stale version with 409 stale_version', async () => {
    const [a] = await couple();
    const id = (await a.client.post('/api/v1/promises', { text: 'Text you when I land' })).body.id;
    await act(a, id, { action: 'keep', version: 1 });
    const res = await act(a, id, { action: 'miss', version: 1 });
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({ code: 'stale_version', fields: { version: '2' } });
  });

  it('keeps private practice promises invisible to the partner: 404 like nothing, and identical lists and ledgers', async () => {
    const [a, b] = await couple();
    const before = {
      list: (await b.client.get('/api/v1/promises')).text,
      ledger: (await b.client.get('/api/v1/promises/ledger')).text,
    };
    const secret = await a.client.post('/api/v1/promises', {
      text: 'PLANTED-PRACTICE-7731',
      visibility: 'private',
    });
    for (let i = 0; i < 5; i++) {
      const p = await a.client.post('/api/v1/promises', {
        text: `practice ${i}`,
        visibility: 'private',
      });
      await act(a, p.body.id, { action: i % 2 ? 'keep' : 'miss', version: 1 });
    }
    expect((await b.client.get('/api/v1/promises')).text).toBe(before.list);
    expect((await b.client.get('/api/v1/promises/ledger')).text).toBe(before.ledger);
    const theirs = await b.client.get(`/api/v1/promises/${secret.body.id}`);
    const never = await b.client.get(`/api/v1/promises/${randomUUID()}`);
    expect(theirs.status).toBe(404);
    expect(theirs.text).toBe(never.text);
    expect((await act(b, secret.body.id, { action: 'notice', version: 1 })).text).toBe(
      (await act(b, randomUUID(), { action: 'notice', version: 1 })).text,
    );
    expect(server.logs.join('')).not.toContain('PLANTED-PRACTICE-7731');
    expect(thisWeek((await a.client.get('/api/v1/promises/ledger')).body.mine)).toMatchObject({
      made: 6,
      kept: 2,
      missed: 3,
    });
  });

  it('keeps every step in the database: the app cannot update or delete one', async () => {
    const [a] = await couple();
    const id = (await a.client.post('/api/v1/promises', { text: 'Walk after dinner' })).body.id;
    for (const statement of [
      sql`update promise_events set kind = 'kept' where promise_id = ${id}`,
      sql`delete from promise_events where promise_id = ${id}`,
      sql`delete from promises where id = ${id}`,
    ]) {
      const failed = await server.db
        .withUser(hashOf(a), ({ tx }) => tx.execute(statement))
        .then(
          () => 'it succeeded',
          (e: { message: string; cause?: { message?: string } }) => e.cause?.message ?? e.message,
        );
      expect(failed).toMatch(/permission denied/);
    }
  });

  it('refuses bad input with 400 and a field', async () => {
    const [a] = await couple();
    expect(
      (await a.client.post('/api/v1/promises', { text: '' })).body.error.fields,
    ).toHaveProperty('text');
    expect(
      (await a.client.post('/api/v1/promises', { text: 'x', dueAt: inHours(-2) })).body.error
        .fields,
    ).toHaveProperty('dueAt');
    expect(
      (await a.client.post('/api/v1/promises', { text: 'x', visibility: 'public' })).status,
    ).toBe(400);
    expect((await a.client.post('/api/v1/promises', { text: 'x', author_id: a.id })).status).toBe(
      400,
    );
    expect((await a.client.get('/api/v1/promises/ledger?weeks=500')).status).toBe(400);
  });

  it("exports mine and my partner's shared promises", async () => {
    const [a, b] = await couple();
    await a.client.post('/api/v1/promises', { text: 'shared one' });
    await a.client.post('/api/v1/promises', { text: 'private one', visibility: 'private' });
    const forA = (await server.db.withUser(hashOf(a), (ctx) => promisesModule.exportFor!(ctx)))!;
    const forB = (await server.db.withUser(hashOf(b), (ctx) => promisesModule.exportFor!(ctx)))!;
    expect((forA.promises as unknown[]).length).toBe(2);
    expect((forB.promises as { text: string }[]).map((p) => p.text)).toEqual(['shared one']);
  });
});

describe('ledger weeks', () => {
  it('shows no weeks from before the space began', () => {
    expect(weeksToShow('2026-11-23', '2026-11-23', 12)).toBe(1);
    expect(weeksToShow('2026-11-23', '2026-11-09', 12)).toBe(3);
    expect(weeksToShow('2026-11-23', '2025-01-06', 12)).toBe(12);
    expect(weeksToShow('2026-11-23', null, 12)).toBe(12);
  });

  it('starts weeks on Monday and fills quiet weeks with zeros', () => {
    expect(mondayOf('2026-11-23')).toBe('2026-11-23');
    expect(mondayOf('2026-11-29')).toBe('2026-11-23');
    expect(mondayOf('2026-12-01')).toBe('2026-11-30');
    const weeks = fillWeeks(
      [
        {
          week: '2026-11-16',
          made: 2,
          kept: 1,
          renegotiated: 0,
          missedRepaired: 0,
          missed: 1,
          noticed: 0,
        },
      ],
      '2026-11-23',
      3,
    );
    expect(weeks.map((w) => [w.week, w.made])).toEqual([
      ['2026-11-09', 0],
      ['2026-11-16', 2],
      ['2026-11-23', 0],
    ]);
  });
});

async function promisesWaitingFor(p: TestPerson) {
  return (await server.db.withUser(hashOf(p), (ctx) => promisesWaiting(ctx)))!;
}

import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../platform/db/database.ts';
import { hashToken } from '../../platform/server/session-token.ts';
import {
  startTestServer,
  type TestPerson,
  type TestServer,
} from '../../platform/testing/test-server.ts';
import { agreementsModule } from './agreements.routes.server.ts';
import { agreementsWaiting } from './list-agreements.server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ features: [agreementsModule] });
});
afterAll(() => server.close());

const inDays = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const draft = (over: Record<string, unknown> = {}) => ({
  title: 'Phones away at dinner',
  dailyLife: 'We both leave our phones in the hall while we eat.',
  whySafe: 'I feel you are with me.',
  reviewOn: inDays(28),
  ...over,
});

const couple = () => server.couple(['Ana', 'Ben']);

const coupleIdOf = async (p: TestPerson) =>
  (
    await server.db.withSystem((tx) =>
      queryRows<{ id: string }>(
        tx,
        sql`select couple_id as id from memberships where person_id = ${p.id} and left_at is null`,
      ),
    )
  )[0]!.id;
const leave = (p: TestPerson) =>
  server.db.withSystem((tx) =>
    queryRows(
      tx,
      sql`update memberships set left_at = now() where person_id = ${p.id} and left_at is null`,
    ),
  );

const act = (p: TestPerson, id: string, body: Record<string, unknown>) =>
  p.client.post(`/api/v1/agreements/${id}/actions`, body);

/** The healing-timeline rows of a couple, seen by the owner (RLS aside). */
const timeline = (id: string) =>
  server.db.withOwner((tx) =>
    queryRows<{ kind: string; label: string }>(
      tx,
      sql`select kind, label from timeline_events where ref_id = ${id}`,
    ),
  );

describe('agreements', () => {
  it('is active only when both accept the same version; every version and step is kept', async () => {
    const [a, b] = await couple();
    const created = await a.client.post('/api/v1/agreements', draft());
    expect(created.status).toBe(201);
    const id = created.body.id;
    expect(created.body).toMatchObject({
      status: 'proposed',
      latestVersion: 1,
      latestYes: { me: true, partner: false },
      waitingForMe: false,
    });

    const seenByB = await b.client.get(`/api/v1/agreements/${id}`);
    expect(seenByB.body).toMatchObject({
      status: 'proposed',
      waitingForMe: true,
      can: { accept: true, decline: true, proposeChange: true },
    });

    // B suggests different words: version 2, which A has not yet said yes to.
    const changed = await b.client.post(`/api/v1/agreements/${id}/versions`, {
      ...draft({ dailyLife: 'We both leave our phones in the hall at dinner, on weekdays.' }),
      baseVersion: 1,
    });
    expect(changed.status).toBe(201);
    expect(changed.body).toMatchObject({
      status: 'proposed',
      latestVersion: 2,
      latestYes: { me: true, partner: false },
    });

    // A answering the version they saw before the change: 409, never a silent overwrite.
    const stale = await act(a, id, { action: 'accept', version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({ code: 'stale_version', fields: { version: '2' } });

    const accepted = await act(a, id, { action: 'accept', version: 2 });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ status: 'active', inForce: true, agreedVersion: 2 });
    expect((await b.client.get(`/api/v1/agreements/${id}`)).body.status).toBe('active');

    const detail = (await a.client.get(`/api/v1/agreements/${id}`)).body;
    expect(
      detail.versions.map((v: { number: number; byMe: boolean }) => [v.number, v.byMe]),
    ).toEqual([
      [1, true],
      [2, false],
    ]);
    expect(
      detail.steps.map((s: { kind: string; version: number; byMe: boolean }) => [
        s.kind,
        s.version,
        s.byMe,
      ]),
    ).toEqual([
      ['proposed', 1, true],
      ['proposed', 2, false],
      ['accepted', 2, true],
    ]);

    // The timeline says it happened, without the agreement's words.
    expect(await timeline(id)).toEqual([
      { kind: 'agreement.active', label: 'An agreement became active' },
    ]);
  });

  it('lets the other decline with a note, and either ask to revisit, retire together, or withdraw alone', async () => {
    const [a, b] = await couple();
    const id = (await a.client.post('/api/v1/agreements', draft())).body.id;
    const declined = await act(b, id, {
      action: 'decline',
      version: 1,
      note: 'Not like this, but I want something.',
    });
    expect(declined.body).toMatchObject({ status: 'declined', declinedBy: 'me' });
    expect(declined.body.steps.at(-1)).toMatchObject({
      kind: 'declined',
      note: 'Not like this, but I want something.',
    });

    const v2 = await a.client.post(`/api/v1/agreements/${id}/versions`, {
      ...draft({ title: 'Phones away at dinner, both of us' }),
      baseVersion: 1,
    });
    expect(v2.body.status).toBe('proposed');
    expect((await act(b, id, { action: 'accept', version: 2 })).body.status).toBe('active');

    const revisit = await act(b, id, {
      action: 'revisit',
      version: 2,
      note: 'Weekends are harder.',
    });
    expect(revisit.body).toMatchObject({
      status: 'revisiting',
      inForce: true,
      revisitAskedBy: 'me',
    });
    expect((await a.client.get(`/api/v1/agreements/${id}`)).body.revisitAskedBy).toBe('partner');

    // Taking back my own yes needs nobody: it stops holding at once.
    const withdrawn = await act(a, id, { action: 'withdraw', version: 2 });
    expect(withdrawn.body).toMatchObject({
      status: 'revisiting',
      inForce: false,
      agreedYes: { me: false, partner: true },
    });

    expect((await act(a, id, { action: 'retire', version: 2 })).body).toMatchObject({
      status: 'revisiting',
      retireAsked: { me: true, partner: false },
    });
    const retired = await act(b, id, { action: 'retire', version: 2 });
    expect(retired.body).toMatchObject({ status: 'retired', inForce: false });
    expect((await act(b, id, { action: 'accept', version: 2 })).status).toBe(409);
    expect(retired.body.steps).toHaveLength(8);
  });

  it('lets only one of two changes sent at once from the same version through; the other answers 409', async () => {
    const [a, b] = await couple();
    const id = (await a.client.post('/api/v1/agreements', draft())).body.id;
    const results = await Promise.all([
      a.client.post(`/api/v1/agreements/${id}/versions`, {
        ...draft({ title: 'From A' }),
        baseVersion: 1,
      }),
      b.client.post(`/api/v1/agreements/${id}/versions`, {
        ...draft({ title: 'From B' }),
        baseVersion: 1,
      }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(results.find((r) => r.status === 409)!.body.error.code).toBe('stale_version');
    const after = (await a.client.get(`/api/v1/agreements/${id}`)).body;
    expect(after.versions).toHaveLength(2);
    expect(after.steps).toHaveLength(2);
  });

  it('refuses a step that is not possible now with 409 not_allowed, and bad input with 400', async () => {
    const [a] = await couple();
    const id = (await a.client.post('/api/v1/agreements', draft())).body.id;
    const own = await act(a, id, { action: 'accept', version: 1 });
    expect(own.status).toBe(409);
    expect(own.body.error.code).toBe('not_allowed');
    expect(
      (await a.client.post('/api/v1/agreements', draft({ reviewOn: inDays(0) }))).body.error.fields,
    ).toHaveProperty('reviewOn');
    expect(
      (await a.client.post('/api/v1/agreements', draft({ reviewOn: inDays(400) }))).status,
    ).toBe(400);
    expect(
      (await a.client.post('/api/v1/agreements', draft({ reviewOn: '2026-02-30' }))).status,
    ).toBe(400);
    expect(
      (await a.client.post('/api/v1/agreements', draft({ title: '  ' }))).body.error.fields,
    ).toHaveProperty('title');
    expect(
      (await a.client.post('/api/v1/agreements', { ...draft(), author_id: a.id })).status,
    ).toBe(400);
    expect(
      (await a.client.post('/api/v1/agreements', draft({ title: 'evil\u202Etxt' }))).status,
    ).toBe(400);
  });

  it('answers a stranger exactly like an agreement that never existed', async () => {
    const [a] = await couple();
    const [stranger] = await couple();
    const id = (await a.client.post('/api/v1/agreements', draft())).body.id;
    const theirs = await stranger.client.get(`/api/v1/agreements/${id}`);
    const never = await stranger.client.get(
      '/api/v1/agreements/00000000-0000-4000-8000-000000000000',
    );
    expect(theirs.status).toBe(404);
    expect(theirs.text).toBe(never.text);
    const acted = await act(stranger, id, { action: 'accept', version: 1 });
    expect(acted.status).toBe(404);
    expect((await stranger.client.get('/api/v1/agreements')).body.agreements).toEqual([]);
  });

  it('stays readable to both as history after one leaves, and takes no more steps', async () => {
    const [a, b] = await couple();
    const id = (await a.client.post('/api/v1/agreements', draft())).body.id;
    await act(b, id, { action: 'accept', version: 1 });
    await leave(b);
    for (const p of [a, b]) {
      const list = (await p.client.get('/api/v1/agreements')).body.agreements;
      expect(list).toHaveLength(1);
    }
    expect((await b.client.get(`/api/v1/agreements/${id}`)).body).toMatchObject({
      isHistory: true,
      can: { accept: false, withdraw: null },
    });
    expect((await act(b, id, { action: 'withdraw', version: 1 })).status).toBe(404); // no space any more
    expect(
      (await b.client.post(`/api/v1/agreements/${id}/versions`, { ...draft(), baseVersion: 1 }))
        .status,
    ).toBe(404);
  });

  it('asks nothing new while shared things are paused', async () => {
    const [a] = await couple();
    const coupleId = await coupleIdOf(a);
    await server.db.withSystem((tx) =>
      queryRows(
        tx,
        sql`insert into space_pauses (couple_id, started_by) values (${coupleId}, ${a.id})`,
      ),
    );
    const res = await a.client.post('/api/v1/agreements', draft());
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('sharing_paused');
  });

  it('puts due reviews and answers on Today, and never lets a due review end an agreement', async () => {
    const [a, b] = await couple();
    const id = (await a.client.post('/api/v1/agreements', draft({ title: 'Goodnight texts' }))).body
      .id;
    const waitingB = await server.db.withUser(hashOf(b), (ctx) => agreementsWaiting(ctx));
    expect(waitingB).toEqual([
      expect.objectContaining({ kind: 'agreement.answer', href: `/agreements/${id}` }),
    ]);
    expect(await server.db.withUser(hashOf(a), (ctx) => agreementsWaiting(ctx))).toEqual([]);
    await act(b, id, { action: 'accept', version: 1 });

    await server.db.withOwner((tx) =>
      queryRows(
        tx,
        sql`update agreement_versions set review_on = current_date - 3 where agreement_id = ${id}`,
      ),
    );
    const due = (await a.client.get(`/api/v1/agreements/${id}`)).body;
    expect(due).toMatchObject({ status: 'active', inForce: true, reviewDue: true });
    const waitingA = await server.db.withUser(hashOf(a), (ctx) => agreementsWaiting(ctx));
    expect(waitingA).toEqual([
      expect.objectContaining({
        kind: 'agreement.review',
        title: 'Time to look again at: Goodnight texts',
      }),
    ]);

    // Keeping it with a new date is a new version both accept; then nothing is due.
    await a.client.post(`/api/v1/agreements/${id}/versions`, {
      ...draft({ title: 'Goodnight texts' }),
      baseVersion: 1,
    });
    await act(b, id, { action: 'accept', version: 2 });
    expect((await a.client.get(`/api/v1/agreements/${id}`)).body).toMatchObject({
      status: 'active',
      reviewDue: false,
    });
  });

  it('keeps history append-only in the database: the app cannot update or delete a step', async () => {
    const [a] = await couple();
    const id = (await a.client.post('/api/v1/agreements', draft())).body.id;
    for (const statement of [
      sql`update agreement_events set kind = 'accepted' where agreement_id = ${id}`,
      sql`delete from agreement_events where agreement_id = ${id}`,
      sql`update agreement_versions set title = 'rewritten' where agreement_id = ${id}`,
      sql`delete from agreement_versions where agreement_id = ${id}`,
      sql`delete from agreements where id = ${id}`,
    ]) {
      expect(
        await failure(server.db.withUser(hashOf(a), ({ tx }) => tx.execute(statement))),
      ).toMatch(/permission denied/);
    }
    const forged = server.db.withUser(hashOf(a), ({ tx }) =>
      tx.execute(
        sql`insert into agreement_events (agreement_id, couple_id, seq, author_id, kind, version) select agreement_id, couple_id, 99, ${'00000000-0000-4000-8000-000000000000'}, 'accepted', 1 from agreement_versions where agreement_id = ${id}`,
      ),
    );
    expect(await failure(forged)).toMatch(/row-level security/);
    expect((await a.client.get(`/api/v1/agreements/${id}`)).body.steps).toHaveLength(1);
  });

  it('keeps its shape when one of its authors closes their account (decision 052)', async () => {
    const [a, b] = await couple();
    const hers = (await a.client.post('/api/v1/agreements', draft({ title: 'Hers alone' }))).body
      .id;
    const his = (await b.client.post('/api/v1/agreements', draft({ title: 'His, agreed' }))).body
      .id;
    await act(a, his, { action: 'accept', version: 1 });
    // As the deletion does: A's words are erased in A's own transaction; A's row stays a tombstone.
    await server.db.withUser(hashOf(a), ({ tx }) =>
      queryRows(tx, sql`select app_close_account('removed', 'A closed account')`),
    );
    const left = (await b.client.get('/api/v1/agreements')).body.agreements;
    expect(left.map((x: { id: string }) => x.id).sort()).toEqual([hers, his].sort());
    const agreed = (await b.client.get(`/api/v1/agreements/${his}`)).body;
    expect(agreed).toMatchObject({
      status: 'active',
      agreedVersion: 1,
      steps: [{ kind: 'proposed' }, { kind: 'accepted' }],
    });
    expect(JSON.stringify(agreed)).toContain('His, agreed');
    const unaccepted = await b.client.get(`/api/v1/agreements/${hers}`);
    expect(unaccepted.text).not.toContain('Hers alone');
    expect(unaccepted.text).toContain('removed');
    expect(
      await failure(
        server.db.withOwner((tx) => queryRows(tx, sql`delete from people where id = ${b.id}`)),
      ),
    ).toMatch(/foreign key constraint/);
  });

  it('exports every agreement I was part of', async () => {
    const [a, b] = await couple();
    await a.client.post('/api/v1/agreements', draft());
    const exported = (await server.db.withUser(hashOf(b), (ctx) =>
      agreementsModule.exportFor!(ctx),
    ))!;
    expect((exported.agreements as { versions: unknown[] }[])[0]!.versions).toHaveLength(1);
  });
});

const hashOf = (p: TestPerson) => hashToken(p.client.cookie!);

/** The database's own words for why a statement failed (the ORM wraps them). */
async function failure(run: Promise<unknown>): Promise<string> {
  try {
    await run;
    return 'it succeeded';
  } catch (error) {
    const e = error as { message: string; cause?: { message?: string } };
    return e.cause?.message ?? e.message;
  }
}

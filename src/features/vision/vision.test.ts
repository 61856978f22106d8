// Our shared future (issue 17, decision 153): proposing, answering, rewording, signing and
// versions, the revisit day, Today's items, time apart and solo mode, and what a third person sees.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../platform/db/database.ts';
import { hashToken } from '../../platform/server/session-token.ts';
import {
  startTestServer,
  type TestPerson,
  type TestServer,
} from '../../platform/testing/test-server.ts';
import { addDays } from '../../platform/time/days.ts';
import { visionModule } from './vision.routes.server.ts';
import type { VisionView } from './vision.schema.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ features: [visionModule] });
});
afterAll(() => server.close());

async function couple(): Promise<[TestPerson, TestPerson]> {
  const a = await server.person('Avery');
  const b = await server.person('Bay');
  await server.db.withSystem((tx) =>
    queryRows(
      tx,
      sql`with c as (insert into couples (created_by) values (${a.id}) returning id)
          insert into memberships (couple_id, person_id) select c.id, p from c, unnest(array[${a.id}::uuid, ${b.id}::uuid]) p`,
    ),
  );
  return [a, b];
}

const view = async (p: TestPerson) => (await p.client.get('/api/v1/vision')).body as VisionView;
const propose = (p: TestPerson, body: Record<string, unknown>) =>
  p.client.post('/api/v1/vision/lines', body);
const pendingId = async (p: TestPerson, text: string) =>
  (await view(p)).pending.find((x) => x.text === text)!.id;
/** What Today shows me of our shared future (Today asks the feature's waiting part). */
const waitingVision = async (p: TestPerson) =>
  (
    (await server.db.withUser(hashToken(p.client.cookie!), (ctx) => visionModule.waiting!(ctx))) ??
    []
  ).map((w) => w.kind);

describe('our shared future', () => {
  it('a line proposed by one is accepted only by the other; declined lines never join', async () => {
    const [a, b] = await couple();
    const empty = await view(a);
    expect(empty).toMatchObject({ hasSpace: true, canShare: true, lines: [], draft: 0 });
    expect(empty.current).toBeNull();

    const made = await propose(a, { text: 'Our home is calm on Sunday mornings.' });
    expect(made.status).toBe(201);
    expect((made.body as VisionView).pending).toEqual([
      expect.objectContaining({ kind: 'add', isMine: true, lineId: null }),
    ]);
    await propose(a, { text: 'We never go to sleep angry.' });
    expect(await waitingVision(b)).toEqual(['vision.proposal']);
    expect(await waitingVision(a)).toEqual([]);

    const calm = await pendingId(b, 'Our home is calm on Sunday mornings.');
    // Only the other partner accepts: the proposer is refused, and cannot decline either.
    expect((await a.client.post(`/api/v1/vision/proposals/${calm}/accept`)).status).toBe(403);
    expect((await a.client.post(`/api/v1/vision/proposals/${calm}/decline`)).status).toBe(403);
    // And the other cannot take it back for them.
    expect((await b.client.post(`/api/v1/vision/proposals/${calm}/withdraw`)).status).toBe(403);

    const accepted = await b.client.post(`/api/v1/vision/proposals/${calm}/accept`);
    expect(accepted.status).toBe(200);
    expect((accepted.body as VisionView).lines.map((l) => l.text)).toEqual([
      'Our home is calm on Sunday mornings.',
    ]);
    expect((accepted.body as VisionView).draft).toBe(1);
    // Answered once: a second answer is a conflict, not a second line.
    expect((await b.client.post(`/api/v1/vision/proposals/${calm}/accept`)).status).toBe(409);

    const angry = await pendingId(b, 'We never go to sleep angry.');
    expect((await b.client.post(`/api/v1/vision/proposals/${angry}/decline`)).status).toBe(200);
    const after = await view(a);
    expect(after.lines.map((l) => l.text)).toEqual(['Our home is calm on Sunday mornings.']);
    expect(after.pending).toEqual([]);
    expect(await waitingVision(b)).toEqual([]);
  });

  it('a rewording waits for the first one; a change and a removal act on the line', async () => {
    const [a, b] = await couple();
    await propose(a, { text: 'We talk about money every month.' });
    const money = await pendingId(b, 'We talk about money every month.');
    const reworded = await b.client.post(`/api/v1/vision/proposals/${money}/reword`, {
      text: 'We talk about money kindly, once a month.',
    });
    expect(reworded.status).toBe(201);
    const aSees = await view(a);
    expect(aSees.pending).toEqual([
      expect.objectContaining({
        text: 'We talk about money kindly, once a month.',
        rewordOf: 'We talk about money every month.',
        isMine: false,
      }),
    ]);
    // Bay cannot accept their own rewording; Avery can.
    const rewordId = aSees.pending[0]!.id;
    expect((await b.client.post(`/api/v1/vision/proposals/${rewordId}/accept`)).status).toBe(403);
    expect((await a.client.post(`/api/v1/vision/proposals/${rewordId}/accept`)).status).toBe(200);
    const line = (await view(b)).lines[0]!;
    expect(line.text).toBe('We talk about money kindly, once a month.');

    // New words for the line show what they replace.
    expect((await propose(b, { lineId: line.id, text: line.text })).status).toBe(400);
    await propose(b, { lineId: line.id, text: 'We talk about money kindly, when either asks.' });
    const change = (await view(a)).pending[0]!;
    expect(change).toMatchObject({ kind: 'change', before: line.text, lineId: line.id });
    await a.client.post(`/api/v1/vision/proposals/${change.id}/accept`);
    expect((await view(a)).lines).toEqual([
      { id: line.id, text: 'We talk about money kindly, when either asks.' },
    ]);

    // Taking it out: it can't be reworded, and once accepted the line is gone.
    await propose(a, { lineId: line.id, remove: true });
    const removal = (await view(b)).pending[0]!;
    expect(
      (await b.client.post(`/api/v1/vision/proposals/${removal.id}/reword`, { text: 'x' })).status,
    ).toBe(400);
    await b.client.post(`/api/v1/vision/proposals/${removal.id}/accept`);
    expect((await view(a)).lines).toEqual([]);

    // My own waiting proposal I can take back.
    await propose(a, { text: 'A trip somewhere new each year.' });
    const trip = await pendingId(a, 'A trip somewhere new each year.');
    expect((await a.client.post(`/api/v1/vision/proposals/${trip}/withdraw`)).status).toBe(200);
    expect((await view(b)).pending).toEqual([]);
  });

  it('both sign a version; it is kept, and a change makes a new one to sign', async () => {
    const [a, b] = await couple();
    expect((await a.client.post('/api/v1/vision/sign', { draft: 0 })).status).toBe(409);
    await propose(a, { text: 'We laugh at least once a day.' });
    await b.client.post(
      `/api/v1/vision/proposals/${await pendingId(b, 'We laugh at least once a day.')}/accept`,
    );
    // Signing what I did not read is refused.
    expect((await a.client.post('/api/v1/vision/sign', { draft: 0 })).status).toBe(409);
    const signedA = await a.client.post('/api/v1/vision/sign', { draft: 1 });
    expect(signedA.status).toBe(200);
    expect((signedA.body as VisionView).versions).toEqual([
      expect.objectContaining({ number: 1, signedByMe: true, signedByPartner: false, ours: false }),
    ]);
    expect((signedA.body as VisionView).current).toBeNull();
    expect(await waitingVision(b)).toEqual(['vision.sign']);

    const signedB = await b.client.post('/api/v1/vision/sign', { draft: 1 });
    expect((signedB.body as VisionView).current).toMatchObject({
      number: 1,
      ours: true,
      lines: [expect.objectContaining({ text: 'We laugh at least once a day.' })],
    });
    expect(await waitingVision(b)).toEqual([]);
    // Signing again changes nothing.
    expect((await b.client.post('/api/v1/vision/sign', { draft: 1 })).status).toBe(200);
    expect((await view(a)).versions).toHaveLength(1);
    // A mark on the timeline, without the words.
    const marks = await server.db.withUser(hashToken(b.client.cookie!), ({ tx }) =>
      queryRows<{ kind: string; label: string }>(tx, sql`select kind, label from timeline_events`),
    );
    expect(marks).toEqual([{ kind: 'vision.signed', label: 'We signed our shared future' }]);

    // A second line: version 1 stays as it was; version 2 waits for both.
    await propose(b, { text: 'We walk together after dinner.' });
    await a.client.post(
      `/api/v1/vision/proposals/${await pendingId(a, 'We walk together after dinner.')}/accept`,
    );
    await a.client.post('/api/v1/vision/sign', { draft: 2 });
    const both = await view(b);
    expect(both.versions.map((v) => [v.number, v.ours, v.lines.length])).toEqual([
      [2, false, 2],
      [1, true, 1],
    ]);
    expect(both.current?.number).toBe(1);
  });

  it('the revisit day: after today, within two years; on the day, a calm item on Today', async () => {
    const [a, b] = await couple();
    const today = (await view(a)).today;
    const put = (p: TestPerson, on: string | null) =>
      p.client.request('PUT', '/api/v1/vision/revisit', { on });
    expect((await put(a, today)).status).toBe(400);
    expect((await put(a, addDays(today, 800))).status).toBe(400);
    expect((await put(a, 'soon')).status).toBe(400);
    const set = await put(a, addDays(today, 30));
    expect(set.status).toBe(200);
    expect((await view(b)).revisit).toEqual({
      on: addDays(today, 30),
      setByMe: false,
      due: false,
    });
    expect(await waitingVision(b)).toEqual([]);
    // The day comes (moved back in the database, as time would).
    await server.db.withOwner((tx) =>
      queryRows(
        tx,
        sql`update vision_revisits set revisit_on = revisit_on - 31 where author_id = ${a.id}`,
      ),
    );
    expect((await view(b)).revisit?.due).toBe(true);
    expect(await waitingVision(b)).toEqual(['vision.revisit']);
    expect(await waitingVision(a)).toEqual(['vision.revisit']);
    expect((await put(b, null)).status).toBe(200);
    expect((await view(a)).revisit).toBeNull();
    expect(await waitingVision(a)).toEqual([]);
  });

  it('bad input answers 400 with words a person can act on', async () => {
    const [a] = await couple();
    for (const body of [
      {},
      { text: '' },
      { text: 'x'.repeat(301) },
      { text: 'two\nlines' },
      { remove: true },
      { text: 'x', extra: 1 },
      { lineId: 'nope', text: 'x' },
    ]) {
      const reply = await propose(a, body);
      expect(reply.status, JSON.stringify(body)).toBe(400);
      expect(reply.body.error.message).toBeTruthy();
    }
    const missing = '00000000-0000-4000-8000-000000000000';
    expect((await propose(a, { lineId: missing, text: 'x' })).status).toBe(404);
    expect((await a.client.post(`/api/v1/vision/proposals/${missing}/accept`)).status).toBe(404);
    expect((await a.client.post('/api/v1/vision/sign', { draft: -1 })).status).toBe(400);
  });

  it('while paused, alone or in solo mode, nothing is proposed or answered; reading still works', async () => {
    const [a, b] = await couple();
    await propose(b, { text: 'We plan one evening a week for us.' });
    await server.db.withSystem((tx) =>
      queryRows(
        tx,
        sql`insert into space_pauses (couple_id, started_by) select couple_id, person_id from memberships where person_id = ${a.id}`,
      ),
    );
    const paused = await view(a);
    expect(paused.canShare).toBe(false);
    expect(paused.pending).toHaveLength(1);
    expect((await propose(a, { text: 'More walks.' })).status).toBe(409);
    const id = paused.pending[0]!.id;
    expect((await a.client.post(`/api/v1/vision/proposals/${id}/accept`)).status).toBe(409);
    expect((await b.client.post(`/api/v1/vision/proposals/${id}/withdraw`)).status).toBe(409);
    expect((await view(a)).lines).toEqual([]);

    const alone = await server.person('Alone');
    await server.db.withSystem((tx) =>
      queryRows(
        tx,
        sql`with c as (insert into couples (created_by) values (${alone.id}) returning id) insert into memberships (couple_id, person_id) select id, ${alone.id} from c`,
      ),
    );
    expect((await view(alone)).canShare).toBe(false);
    const lonely = await propose(alone, { text: 'x' });
    expect(lonely.status).toBe(409);
    expect(lonely.body.error.message).toMatch(/partner/);

    const [c, d] = await couple();
    await server.db.withSystem((tx) =>
      queryRows(tx, sql`insert into solo_modes (person_id) values (${c.id})`),
    );
    expect((await view(c)).canShare).toBe(false);
    expect((await propose(c, { text: 'x' })).status).toBe(409);
    // The partner is never told why: their own view still says they may write.
    expect((await view(d)).canShare).toBe(true);
  });

  it('a third person sees nothing and can answer nothing (404), even in the database', async () => {
    const [a, b] = await couple();
    await propose(a, { text: 'PRIVATE-TO-THE-TWO' });
    const id = await pendingId(b, 'PRIVATE-TO-THE-TWO');
    const stranger = await server.person('Stranger');
    expect((await view(stranger)).hasSpace).toBe(false);
    expect((await stranger.client.get('/api/v1/vision')).text).not.toContain('PRIVATE');
    const [c] = await couple();
    for (const path of ['accept', 'decline', 'withdraw'])
      expect((await c.client.post(`/api/v1/vision/proposals/${id}/${path}`)).status).toBe(404);
    expect(
      (await c.client.post(`/api/v1/vision/proposals/${id}/reword`, { text: 'mine now' })).status,
    ).toBe(404);
    const direct = await server.db.withUser(hashToken(c.client.cookie!), (ctx) =>
      queryRows(ctx.tx, sql`select text from vision_proposals where id = ${id}`),
    );
    expect(direct).toEqual([]);
    expect((await view(b)).pending).toHaveLength(1);
  });

  it('deleting an account: accepted lines and signed versions stay; unanswered words go', async () => {
    const [a, b] = await couple();
    await propose(a, { text: 'A-ACCEPTED' });
    await b.client.post(`/api/v1/vision/proposals/${await pendingId(b, 'A-ACCEPTED')}/accept`);
    await a.client.post('/api/v1/vision/sign', { draft: 1 });
    await b.client.post('/api/v1/vision/sign', { draft: 1 });
    await propose(a, { text: 'A-WAITING' });
    await propose(b, { text: 'B-WAITING' });
    // A rewording of A's line by B is B's own words: it stays, without A's.
    await propose(a, { text: 'A-REWORDED' });
    await b.client.post(`/api/v1/vision/proposals/${await pendingId(b, 'A-REWORDED')}/reword`, {
      text: 'B-REWORDING',
    });
    await a.client.request('PUT', '/api/v1/vision/revisit', {
      on: addDays((await view(a)).today, 10),
    });
    // As the deletion does: in A's own transaction; A's row stays a tombstone.
    await server.db.withUser(hashToken(a.client.cookie!), ({ tx }) =>
      queryRows(tx, sql`select app_close_account('removed', 'A closed account')`),
    );
    const left = await view(b);
    expect(left.lines.map((l) => l.text)).toEqual(['A-ACCEPTED']);
    expect(left.current).toMatchObject({ number: 1, ours: true });
    expect(left.pending.map((p) => [p.text, p.rewordOf])).toEqual([
      ['B-WAITING', null],
      ['B-REWORDING', null],
    ]);
    expect(JSON.stringify(left)).not.toContain('A-WAITING');
    expect(JSON.stringify(left)).not.toContain('A-REWORDED');
    expect(left.revisit).toBeNull();
  });
});

// The daily question for two (issue 17): the reveal (in the code and in row-level security),
// letting a question go, days alone or apart, the history and the waiting item. Leaving and
// deleting an account are in partner-leaves-or-deletes.test.ts.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { questionById, questionWords as words } from '../content/questions/index.ts';
import { queryRows } from '../platform/db/database.ts';
import { hashToken } from '../platform/server/session-token.ts';
import {
  startTestServer,
  type TestPerson,
  type TestServer,
} from '../platform/testing/test-server.ts';
import { features } from './server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ features });
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

const today = (p: TestPerson) => p.client.get('/api/v1/questions/today');
const answer = (p: TestPerson, body: unknown) =>
  p.client.request('PUT', '/api/v1/questions/today', body);
/** What the database itself lets a person read of the answers, bypassing the code. */
const readable = async (p: TestPerson) =>
  (await server.db.withUser(hashToken(p.client.cookie!), (ctx) =>
    queryRows<{ author_id: string; answer: string | null }>(
      ctx.tx,
      sql`select author_id, answer from question_answers`,
    ),
  )) ?? [];
const waitingQuestion = async (p: TestPerson) =>
  ((await p.client.get('/api/v1/today')).body.waiting as { kind: string; title: string }[]).filter(
    (w) => w.kind === 'question',
  );

describe('the daily question', () => {
  it('asks both partners the same question, and shows each answer only once both answered', async () => {
    const [a, b] = await couple();
    const qa = await today(a);
    const qb = await today(b);
    expect(qa.status).toBe(200);
    expect(qa.body.together).toBe(true);
    expect(qa.body.question.id).toBe(qb.body.question.id);
    expect(questionById(qa.body.question.id)?.role).toBe('anyone');
    // Nothing is marked on the path yet: the first stage, so a light question.
    expect(questionById(qa.body.question.id)?.stages).toContain('face');
    expect(qa.body.partner).toEqual({ name: 'Bay', answered: false, answer: null });
    // Nothing nags: Today shows the question only once my partner answered it.
    expect(await waitingQuestion(a)).toEqual([]);

    const saved = await answer(a, { answer: '  AVERY-WORDS-1 ' });
    expect(saved.status).toBe(200);
    expect(saved.body.mine).toEqual({ answer: 'AVERY-WORDS-1', skipped: false, settled: false });
    expect(saved.body.partner).toEqual({ name: 'Bay', answered: false, answer: null });
    expect(await waitingQuestion(a)).toEqual([]);

    // B learns that A answered, never the words: not from the API, not from the database.
    const waiting = await today(b);
    expect(waiting.body.partner).toEqual({ name: 'Avery', answered: true, answer: null });
    expect(waiting.text).not.toContain('AVERY-WORDS');
    expect(await waitingQuestion(b)).toEqual([
      expect.objectContaining({ title: words.waitingPartnerAnswered, href: '/questions' }),
    ]);
    for (const path of ['/api/v1/questions', '/api/v1/today', '/api/v1/timeline', '/api/v1/export'])
      expect((await b.client.get(path)).text).not.toContain('AVERY-WORDS');
    expect(await readable(b)).toEqual([]);

    // A may still change hers while B has not answered.
    expect((await answer(a, { answer: 'AVERY-WORDS-2' })).status).toBe(200);

    const both = await answer(b, { answer: 'BAY-WORDS' });
    expect(both.status).toBe(200);
    expect(both.body.partner).toEqual({ name: 'Avery', answered: true, answer: 'AVERY-WORDS-2' });
    expect(both.body.mine.settled).toBe(true);
    expect((await today(a)).body.partner).toEqual({
      name: 'Bay',
      answered: true,
      answer: 'BAY-WORDS',
    });
    expect((await readable(b)).map((r) => r.answer ?? '').sort()).toEqual([
      'AVERY-WORDS-2',
      'BAY-WORDS',
    ]);

    // Shown to each other: the answers stay as written (the same words again are fine).
    const late = await answer(a, { answer: 'rewritten' });
    expect(late.status).toBe(409);
    expect(late.body.error.message).toBe(words.settledError);
    expect((await answer(a, { skip: true })).status).toBe(409);
    expect((await answer(a, { answer: 'AVERY-WORDS-2' })).status).toBe(200);

    // The history holds the day, for both; the timeline a mark without words.
    for (const [p, mine, theirs] of [
      [a, 'AVERY-WORDS-2', 'BAY-WORDS'],
      [b, 'BAY-WORDS', 'AVERY-WORDS-2'],
    ] as const) {
      const history = await p.client.get('/api/v1/questions');
      expect(history.status).toBe(200);
      expect(history.body.days).toEqual([
        expect.objectContaining({ mine, partner: theirs, question: qa.body.question.text }),
      ]);
      expect(history.body.next).toBeNull();
    }
    const marks = await server.db.withOwner((tx) =>
      queryRows<{ label: string }>(
        tx,
        sql`select label from timeline_events where kind = 'question' and author_id = ${b.id}`,
      ),
    );
    expect(marks).toEqual([{ label: words.timelineLabel }]);
    for (const p of [a, b]) {
      const timeline = await p.client.get('/api/v1/timeline');
      expect(timeline.status).toBe(200);
      expect(timeline.text).toContain(words.timelineLabel);
      expect(timeline.text).not.toContain('WORDS');
    }
  });

  it('refuses a write to another person’s row and a forged couple in the database itself', async () => {
    const [a, b] = await couple();
    const [, c] = await couple();
    await answer(a, { answer: 'mine' });
    await server.db.withUser(hashToken(b.client.cookie!), async (ctx) => {
      const changed = await queryRows(
        ctx.tx,
        sql`update question_answers set answer = 'forged' where author_id = ${a.id} returning id`,
      );
      expect(changed).toEqual([]);
    });
    const coupleOfA = await server.db.withOwner((tx) =>
      queryRows<{ couple_id: string }>(
        tx,
        sql`select couple_id from memberships where person_id = ${a.id}`,
      ),
    );
    await expect(
      server.db.withUser(hashToken(c.client.cookie!), (ctx) =>
        queryRows(
          ctx.tx,
          sql`insert into question_answers (author_id, couple_id, day, question_id, shared, answer)
              values (${c.id}, ${coupleOfA[0]!.couple_id}, current_date, 'light-me-1', true, 'x')`,
        ),
      ),
    ).rejects.toThrow();
  });

  it('lets a question go without a trace for the partner, and takes an answer after all', async () => {
    const [a, b] = await couple();
    await answer(b, { answer: 'BAY-ONLY' });
    const skipped = await answer(a, { skip: true });
    expect(skipped.status).toBe(200);
    expect(skipped.body.mine).toEqual({ answer: null, skipped: true, settled: false });
    expect(await waitingQuestion(a)).toEqual([]);
    expect((await today(b)).body.partner.answered).toBe(false);
    // A skip reveals nothing: B's answer stays hidden from A.
    expect((await today(a)).body.partner).toEqual({ name: 'Bay', answered: true, answer: null });
    expect(await readable(a)).toEqual([expect.objectContaining({ author_id: a.id, answer: null })]);
    const after = await answer(a, { answer: 'after all' });
    expect(after.body.partner.answer).toBe('BAY-ONLY');
  });

  it('refuses bad input with a message a person can act on', async () => {
    const [a] = await couple();
    for (const body of [
      {},
      { answer: '   ' },
      { answer: 'x'.repeat(2001) },
      { skip: true, answer: 'x' },
    ]) {
      const res = await answer(a, body);
      expect(res.status, JSON.stringify(body).slice(0, 40)).toBe(400);
      expect(res.body.error.message.length).toBeGreaterThan(10);
    }
    expect((await answer(a, { answer: 'x'.repeat(2000) })).status).toBe(200);
  });

  it('is just for me without a partner, in time apart and in solo mode, and the partner cannot tell solo mode', async () => {
    const alone = await server.person('Alone');
    const own = await today(alone);
    expect(own.body).toMatchObject({ together: false, ownReason: 'alone', partner: null });
    expect(questionById(own.body.question.id)?.self).toBe(true);
    expect((await answer(alone, { answer: 'for me' })).status).toBe(200);
    expect((await alone.client.get('/api/v1/questions')).body.days).toEqual([]);

    const [a, b] = await couple();
    expect((await a.client.post('/api/v1/time-apart', {})).status).toBe(201);
    for (const p of [a, b]) {
      const view = await today(p);
      expect(view.body).toMatchObject({ together: false, ownReason: 'apart', partner: null });
      expect(questionById(view.body.question.id)?.self).toBe(true);
    }
    await answer(a, { answer: 'APART-WORDS' });
    expect(await readable(b)).toEqual([]);

    const [c, d] = await couple();
    const before = await today(d);
    expect((await c.client.post('/api/v1/safety/solo')).status).toBe(200);
    const ownC = await today(c);
    expect(ownC.body).toMatchObject({ together: false, ownReason: 'private', partner: null });
    await answer(c, { answer: 'SOLO-WORDS' });
    const seenByD = await today(d);
    // D sees exactly what they saw before: the same question, C not answered.
    expect(seenByD.body).toEqual(before.body);
    await answer(d, { answer: 'D-WORDS' });
    expect((await today(d)).body.partner).toEqual({ name: 'Avery', answered: false, answer: null });
    expect(await readable(d)).toEqual([expect.objectContaining({ author_id: d.id })]);

    // After a danger answer: the same, and the same words as solo mode; nothing says why.
    const [e, f] = await couple();
    const beforeF = await today(f);
    const check = await e.client.post('/api/v1/safety/checks', {
      humiliated: 'no',
      afraid: 'yes',
      forced: 'no',
      hurt: 'no',
    });
    expect(check.status).toBe(201);
    expect((await today(e)).body).toMatchObject({ together: false, ownReason: 'private' });
    expect((await today(f)).body).toEqual(beforeF.body);
  });

  it('pages the days answered together, newest first, 30 at a time', async () => {
    const [a, b] = await couple();
    await server.db.withOwner((tx) =>
      queryRows(
        tx,
        sql`insert into question_answers (author_id, couple_id, day, question_id, shared, answer, answered_at)
            select p.id, m.couple_id, current_date - n, 'light-me-1', true,
                   case when p.id = ${a.id} then 'A-DAY-' else 'B-DAY-' end || n,
                   now() - make_interval(days => n)
              from generate_series(1, 31) n, people p
              join memberships m on m.person_id = p.id and m.left_at is null
             where p.id in (${a.id}, ${b.id})`,
      ),
    );
    const first = await a.client.get('/api/v1/questions');
    expect(first.body.days).toHaveLength(30);
    expect(first.body.days[0]).toMatchObject({ mine: 'A-DAY-1', partner: 'B-DAY-1' });
    expect(first.body.partnerName).toBe('Bay');
    expect(first.body.next).toEqual(expect.any(String));
    const second = await a.client.get(`/api/v1/questions?before=${first.body.next}`);
    expect(second.body.days).toEqual([expect.objectContaining({ mine: 'A-DAY-31' })]);
    expect(second.body.next).toBeNull();
    expect((await a.client.get('/api/v1/questions?before=not-ours')).status).toBe(400);
  });
});

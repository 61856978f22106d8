import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../platform/db/database.ts';
import {
  startTestServer,
  type Reply,
  type TestPerson,
  type TestServer,
} from '../platform/testing/test-server.ts';
import { features } from './server.ts';

// Decisions 051 and 052: whatever one partner does (leave, or close the account), every word the
// other wrote stays, unchanged. After a deletion the deleted person's own words are really gone
// from the database; inside things made together they read "removed when this account was
// closed"; an agreement both accepted keeps its words and its status.

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ features });
});
afterAll(() => server.close());

const PASSWORD = 'a long enough phrase';
const REMOVED = 'removed when this account was closed';
const inDays = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const inSeconds = (s: number) => new Date(Date.now() + s * 1000).toISOString();

async function signUp(name: string): Promise<TestPerson> {
  const client = server.client();
  const email = `${name.toLowerCase()}.${crypto.randomUUID()}@example.test`;
  const res = await client.post('/api/v1/auth/sign-up', {
    email,
    password: PASSWORD,
    displayName: name,
  });
  expect(res.status).toBe(201);
  return { id: res.body.user.id, email, displayName: name, client };
}

const ok = async (reply: Promise<Reply>) => {
  const res = await reply;
  expect(res.status, JSON.stringify(res.body)).toBeLessThan(300);
  return res.body;
};
const put = (p: TestPerson, url: string, body: unknown) => p.client.request('PUT', url, body);
/** A 1×1 JPEG, as base64. */
const TINY_JPEG =
  '/9j/2wBDAAYEBQYFBAYGBQYHBwYIChAKCgkJChQODwwQFxQYGBcUFhYaHSUfGhsjHBYWICwgIyYnKSopGR8tMC0oMCUoKSj/2wBDAQcHBwoIChMKChMoGhYaKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCj/wAARCAABAAEDASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAj/xAAUEAEAAAAAAAAAAAAAAAAAAAAA/8QAFAEBAAAAAAAAAAAAAAAAAAAAAP/EABQRAQAAAAAAAAAAAAAAAAAAAAD/2gAMAwEAAhEDEQA/AKpAB//Z';

/** Every row of every table, as text, seen by the owner: for "is it gone?" and "is it there?". */
const everything = () =>
  server.db.withOwner(async (tx) => {
    const tables = await queryRows<{ tablename: string }>(
      tx,
      sql`select tablename from pg_tables where schemaname = 'public'`,
    );
    let text = '';
    for (const { tablename } of tables) {
      const rows = await queryRows<{ row: string }>(
        tx,
        sql`select to_jsonb(t)::text as row from ${sql.identifier(tablename)} t`,
      );
      text += rows.map((r) => r.row).join('\n');
    }
    return text;
  });

interface Story {
  a: TestPerson;
  b: TestPerson;
  talkId: string;
  mineStatement: string;
  theirStatement: string;
  agreed: string;
  proposedByB: string;
  promise: string;
  letterToB: string;
  exportBefore: string;
}

/** A and B live a little of everything: each writes in every feature, each answers the other. */
async function liveTogether(tag: string): Promise<Story> {
  const a = await signUp('Ari');
  const b = await signUp('Bo');
  await ok(a.client.post('/api/v1/couple'));
  const invite = await ok(a.client.post('/api/v1/couple/invites'));
  await ok(b.client.post('/api/v1/couple/join', { code: invite.code }));

  // Letters: A's sent, scheduled and draft; B's sent to A, and B's reply.
  const letterToB = (
    await ok(a.client.post('/api/v1/letters', { body: `A-LETTER-SENT-${tag}`, send: 'now' }))
  ).id;
  await ok(
    a.client.post('/api/v1/letters', {
      body: `A-LETTER-LATER-${tag}`,
      send: 'later',
      deliverAt: inSeconds(3600),
    }),
  );
  await ok(a.client.post('/api/v1/letters', { body: `A-LETTER-DRAFT-${tag}`, send: 'draft' }));
  await ok(b.client.post('/api/v1/letters', { body: `B-LETTER-${tag}`, send: 'now' }));
  await ok(
    b.client.post('/api/v1/letters', { body: `B-REPLY-${tag}`, send: 'now', replyToId: letterToB }),
  );

  // A conversation B started with B's own question; turns from both.
  const talk = await ok(
    b.client.post('/api/v1/talks', { ownQuestion: `B-QUESTION-${tag}?`, firstSpeaker: 'partner' }),
  );
  const turn = async (p: TestPerson, kind: string, body?: string) => {
    const current = await ok(p.client.get(`/api/v1/talks/${talk.id}`));
    await ok(
      p.client.post(`/api/v1/talks/${talk.id}/turns`, {
        version: current.version,
        kind,
        ...(body ? { body } : {}),
      }),
    );
  };
  await turn(a, 'answer', `A-TURN-1-${tag}`);
  await turn(b, 'reflection', `B-TURN-2-${tag}`);
  await turn(a, 'confirm');
  await turn(b, 'answer', `B-TURN-4-${tag}`);
  await turn(a, 'reflection', `A-TURN-5-${tag}`);

  // Ownership: A's statement answered by B, and B's statement answered by A.
  const parts = (who: string) => ({
    whatIDid: `${who}-DID-${tag}`,
    howItHurt: `${who}-HURT-${tag}`,
    whatIWillDo: `${who}-WILL-${tag}`,
  });
  const mine = await ok(a.client.post('/api/v1/ownership', parts('A')));
  await ok(
    b.client.post(`/api/v1/ownership/${mine.id}/answers`, {
      versionId: mine.versions[0].id,
      landed: `B-LANDED-${tag}`,
      missing: '',
    }),
  );
  const theirs = await ok(b.client.post('/api/v1/ownership', parts('B')));
  await ok(
    a.client.post(`/api/v1/ownership/${theirs.id}/answers`, {
      versionId: theirs.versions[0].id,
      landed: `A-LANDED-${tag}`,
      missing: '',
    }),
  );

  // Agreements: one B proposed and both accepted; one B proposed that A never said yes to.
  const draft = (title: string) => ({
    title,
    dailyLife: `${title} daily`,
    whySafe: `${title} safe`,
    reviewOn: inDays(28),
  });
  const agreed = (await ok(b.client.post('/api/v1/agreements', draft(`B-AGREED-${tag}`)))).id;
  await ok(a.client.post(`/api/v1/agreements/${agreed}/actions`, { action: 'accept', version: 1 }));
  const proposedByB = (await ok(b.client.post('/api/v1/agreements', draft(`B-PROPOSED-${tag}`))))
    .id;

  // Promises: A's, kept by A and noticed by B; B's, noticed by A.
  const promise = (await ok(a.client.post('/api/v1/promises', { text: `A-PROMISE-${tag}` }))).id;
  await ok(a.client.post(`/api/v1/promises/${promise}/actions`, { action: 'keep', version: 1 }));
  await ok(
    b.client.post(`/api/v1/promises/${promise}/actions`, {
      action: 'notice',
      version: 2,
      note: `B-NOTICED-${tag}`,
    }),
  );
  const bPromise = (await ok(b.client.post('/api/v1/promises', { text: `B-PROMISE-${tag}` }))).id;
  await ok(b.client.post(`/api/v1/promises/${bPromise}/actions`, { action: 'keep', version: 1 }));
  await ok(
    a.client.post(`/api/v1/promises/${bPromise}/actions`, {
      action: 'notice',
      version: 2,
      note: `A-NOTICED-${tag}`,
    }),
  );

  // Check-ins: both daily (shared); both weekly; replies both ways.
  const daily = (who: string) => ({
    emotions: ['hope'],
    safety: 6,
    trust: 5,
    connection: 5,
    need: `${who}-NEED-${tag}`,
    note: `${who}-NOTE-${tag}`,
    visibility: 'shared',
  });
  await ok(put(a, '/api/v1/checkins/today', daily('A')));
  await ok(put(b, '/api/v1/checkins/today', daily('B')));
  const weekA = await ok(put(a, '/api/v1/checkins/weekly', { appreciated: `A-WEEKLY-${tag}` }));
  const weekB = await ok(put(b, '/api/v1/checkins/weekly', { appreciated: `B-WEEKLY-${tag}` }));
  await ok(
    a.client.post(`/api/v1/checkins/weekly/${weekB.current.mine.id}/replies`, {
      item: 'appreciated',
      body: `A-REPLY-${tag}`,
    }),
  );
  await ok(
    b.client.post(`/api/v1/checkins/weekly/${weekA.current.mine.id}/replies`, {
      item: 'appreciated',
      body: `B-WREPLY-${tag}`,
    }),
  );

  // Private things: journal and reflection; a path mark each.
  await ok(a.client.post('/api/v1/journal', { body: `A-JOURNAL-${tag}` }));
  await ok(b.client.post('/api/v1/journal', { body: `B-JOURNAL-${tag}` }));
  const reflection = {
    answers: {
      insecurity: [3, 3, 3, 3, 3],
      distance: [2, 2, 2, 2, 2],
      secrecy: [1, 1, 1, 1, 1],
      infidelity: [1, 1, 1, 1, 1],
    },
  };
  await ok(
    a.client.post('/api/v1/reflection/takes', {
      ...reflection,
      notes: { insecurity: `A-REFLECT-${tag}` },
    }),
  );
  await ok(
    b.client.post('/api/v1/reflection/takes', {
      ...reflection,
      notes: { insecurity: `B-REFLECT-${tag}` },
    }),
  );
  await ok(put(a, '/api/v1/path/stages/face', { status: 'working', version: 0 }));

  // Waves (issue 17): each sends one with a note of their own, and writes their part of the plan.
  await ok(a.client.post('/api/v1/waves', { need: 'held', note: `A-WAVE-${tag}` }));
  await ok(b.client.post('/api/v1/waves', { note: `B-WAVE-${tag}` }));
  await ok(put(a, '/api/v1/waves/plan', { helps: `A-WAVEPLAN-${tag}`, ask: '', avoid: '' }));
  await ok(put(b, '/api/v1/waves/plan', { helps: `B-WAVEPLAN-${tag}`, ask: '', avoid: '' }));
  // The daily question (issue 17): both answer today's, so each has read the other's.
  await ok(put(a, '/api/v1/questions/today', { answer: `A-DAILYQ-${tag}` }));
  await ok(put(b, '/api/v1/questions/today', { answer: `B-DAILYQ-${tag}` }));

  // Our shared future (issue 17): a line from each, accepted by the other, signed by both; then
  // one more line from each, still waiting for an answer.
  const line = async (by: TestPerson, to: TestPerson, text: string) => {
    const made = await ok(by.client.post('/api/v1/vision/lines', { text }));
    const id = (made.pending as { id: string; text: string }[]).find((p) => p.text === text)!.id;
    return { accept: () => ok(to.client.post(`/api/v1/vision/proposals/${id}/accept`)) };
  };
  await (await line(a, b, `A-VISION-${tag}`)).accept();
  await (await line(b, a, `B-VISIONOK-${tag}`)).accept();
  await ok(a.client.post('/api/v1/vision/sign', { draft: 2 }));
  await ok(b.client.post('/api/v1/vision/sign', { draft: 2 }));
  await line(a, b, `A-VISIONWAIT-${tag}`);
  await line(b, a, `B-VISIONWAIT-${tag}`);
  // Memories (issue 17): one B planned and A said yes to, from yesterday, with a line each and
  // A's photo; a plan of B's that A never answered; a plan of A's that B never answered.
  const together = await ok(
    b.client.post('/api/v1/memories', { title: `B-MEMORY-${tag}`, on: inDays(-1) }),
  );
  const memoryId = together.memory.id as string;
  await ok(a.client.post(`/api/v1/memories/${memoryId}/confirm`));
  await ok(put(a, `/api/v1/memories/${memoryId}/line`, { text: `A-KEEP-${tag}` }));
  await ok(put(b, `/api/v1/memories/${memoryId}/line`, { text: `B-KEEP-${tag}` }));
  await ok(put(a, `/api/v1/memories/${memoryId}/photo`, { image: TINY_JPEG }));
  await ok(b.client.post('/api/v1/memories', { title: `B-MEMPLAN-${tag}`, on: inDays(5) }));
  await ok(a.client.post('/api/v1/memories', { title: `A-MEMPLAN-${tag}`, on: inDays(6) }));
  const exportBefore = (await a.client.get('/api/v1/export')).text;
  return {
    a,
    b,
    talkId: talk.id,
    mineStatement: mine.id,
    theirStatement: theirs.id,
    agreed,
    proposedByB,
    promise,
    letterToB,
    exportBefore,
  };
}

/** What A wrote, as text that must still be in the database and in A's export. */
const aWrote = (tag: string) =>
  [
    'LETTER-SENT',
    'LETTER-LATER',
    'LETTER-DRAFT',
    'TURN-1',
    'TURN-5',
    'DID',
    'LANDED',
    'PROMISE',
    'NOTICED',
    'NOTE',
    'WEEKLY',
    'REPLY',
    'JOURNAL',
    'REFLECT',
    'WAVE',
    'WAVEPLAN',
    'DAILYQ',
    'VISION',
    'VISIONWAIT',
    'KEEP',
    'MEMPLAN',
  ].map((what) => `A-${what}-${tag}`);

for (const mode of ['leave', 'delete'] as const) {
  describe(`when B ${mode === 'leave' ? 'leaves the space' : 'deletes the account'}, A keeps every word`, () => {
    const tag = `${mode}${Math.random().toString(36).slice(2, 8)}`;
    let s: Story;
    beforeAll(async () => {
      s = await liveTogether(tag);
      if (mode === 'leave') await ok(s.b.client.post('/api/v1/couple/leave'));
      else await ok(s.b.client.post('/api/v1/me/delete', { password: PASSWORD }));
    }, 60_000);

    it('everything A wrote is still in the database, unchanged', async () => {
      const all = await everything();
      for (const words of aWrote(tag)) expect(all, words).toContain(words);
    });

    it('waves: A reads her own waves, her note and her part of the plan; none of B’s', async () => {
      const view = await ok(s.a.client.get('/api/v1/waves'));
      const text = JSON.stringify(view);
      expect(text).toContain(`A-WAVE-${tag}`);
      expect(text).toContain(`A-WAVEPLAN-${tag}`);
      expect(text).not.toContain(`B-WAVE-${tag}`);
      expect(text).not.toContain(`B-WAVEPLAN-${tag}`);
    });

    it('the daily question: A keeps her answers in her export; B’s are no longer shown', async () => {
      const text = (await s.a.client.get('/api/v1/export')).text;
      expect(text).toContain(`A-DAILYQ-${tag}`);
      expect(text).not.toContain(`B-DAILYQ-${tag}`);
      const seen = JSON.stringify([
        await ok(s.a.client.get('/api/v1/questions')),
        await ok(s.a.client.get('/api/v1/questions/today')),
      ]);
      expect(seen).not.toContain(`B-DAILYQ-${tag}`);
    });

    it('our shared future: A reads the lines both accepted and the version both signed, and her own waiting line', async () => {
      const view = await ok(s.a.client.get('/api/v1/vision'));
      expect(view.lines.map((l: { text: string }) => l.text)).toEqual([
        `A-VISION-${tag}`,
        `B-VISIONOK-${tag}`,
      ]);
      expect(view.current).toMatchObject({ number: 1, ours: true });
      expect(view.current.lines).toHaveLength(2);
      expect(view.canShare).toBe(false);
      const waiting = view.pending.map((p: { text: string }) => p.text);
      expect(waiting).toContain(`A-VISIONWAIT-${tag}`);
      // B's unanswered line: readable history after leaving, gone with B's account.
      if (mode === 'leave') expect(waiting).toContain(`B-VISIONWAIT-${tag}`);
      else expect(waiting).not.toContain(`B-VISIONWAIT-${tag}`);
    });

    it('memories: A reads the one made together, her line and photo, her own plan; B’s words by the rules', async () => {
      const view = await ok(s.a.client.get('/api/v1/memories'));
      const text = JSON.stringify(view);
      // The title both said yes to is joint: it stays, like agreed wording (decision 052).
      expect(text).toContain(`B-MEMORY-${tag}`);
      expect(text).toContain(`A-KEEP-${tag}`);
      expect(text).toContain(`A-MEMPLAN-${tag}`);
      const together = (view.memories as { title: string; photo: unknown }[]).find(
        (m) => m.title === `B-MEMORY-${tag}`,
      );
      expect(together?.photo).toMatchObject({ byMe: true });
      // Leaving erases nothing; a closed account's own line and unanswered plan go.
      if (mode === 'leave') {
        expect(text).toContain(`B-KEEP-${tag}`);
        expect(text).toContain(`B-MEMPLAN-${tag}`);
      } else {
        expect(text).not.toContain(`B-KEEP-${tag}`);
        expect(text).not.toContain(`B-MEMPLAN-${tag}`);
      }
      // The space is closed: read-only now.
      expect(view.canShare).toBe(false);
    });

    it('letters: A reads every letter A wrote, sent, scheduled and draft', async () => {
      const letters = await ok(s.a.client.get('/api/v1/letters'));
      const bodies = JSON.stringify(letters.written);
      for (const what of ['SENT', 'LATER', 'DRAFT'])
        expect(bodies).toContain(`A-LETTER-${what}-${tag}`);
    });

    it('conversations: A’s turns stay in order; B’s read as a plain line only after a deletion', async () => {
      const talk = await ok(s.a.client.get(`/api/v1/talks/${s.talkId}`));
      const bodies = talk.turns.map((t: { body: string }) => t.body);
      const b = (words: string) => (mode === 'delete' ? REMOVED : words);
      expect(bodies).toEqual([
        `A-TURN-1-${tag}`,
        b(`B-TURN-2-${tag}`),
        '',
        b(`B-TURN-4-${tag}`),
        `A-TURN-5-${tag}`,
      ]);
      expect(JSON.stringify(talk)).toContain(b(`B-QUESTION-${tag}?`));
      // The space closed, so the conversation ended then: to read, with no step left for anyone.
      expect(talk).toMatchObject({ next: null, pause: null, endedAt: expect.any(String) });
      const listed = (await ok(s.a.client.get('/api/v1/talks'))).conversations;
      expect(listed).toEqual([
        expect.objectContaining({ id: s.talkId, isEnded: true, isMyTurn: false }),
      ]);
    });

    it('ownership: A reads A’s statement; A’s answers stay in the database', async () => {
      const mine = await ok(s.a.client.get(`/api/v1/ownership/${s.mineStatement}`));
      expect(JSON.stringify(mine)).toContain(`A-DID-${tag}`);
      expect(await everything()).toContain(`A-LANDED-${tag}`);
    });

    it('agreements: the one both accepted keeps its words and its status, read-only', async () => {
      const agreed = await ok(s.a.client.get(`/api/v1/agreements/${s.agreed}`));
      expect(agreed).toMatchObject({ status: 'active', agreedVersion: 1 });
      expect(JSON.stringify(agreed)).toContain(`B-AGREED-${tag}`);
      expect(agreed.can).not.toMatchObject({ accept: true });
      const proposed = await ok(s.a.client.get(`/api/v1/agreements/${s.proposedByB}`));
      expect(JSON.stringify(proposed).includes(`B-PROPOSED-${tag}`)).toBe(mode === 'leave');
    });

    it('promises and “I noticed”: A’s are still A’s, in A’s export', async () => {
      const exported = (await s.a.client.get('/api/v1/export')).text;
      expect(exported).toContain(`A-PROMISE-${tag}`);
      expect(exported).toContain(`A-NOTICED-${tag}`);
    });

    it('check-ins: A’s daily and weekly answers and replies stay A’s', async () => {
      const daily = await ok(s.a.client.get('/api/v1/checkins/today'));
      expect(JSON.stringify(daily.mine)).toContain(`A-NOTE-${tag}`);
      // The weekly screen is about the space's week; A's answers and replies stay in A's export.
      const exported = (await s.a.client.get('/api/v1/export')).text;
      expect(exported).toContain(`A-WEEKLY-${tag}`);
      expect(exported).toContain(`A-REPLY-${tag}`);
    });

    it('journal, reflection and path: A’s own are untouched', async () => {
      expect(JSON.stringify(await ok(s.a.client.get('/api/v1/journal')))).toContain(
        `A-JOURNAL-${tag}`,
      );
      expect(JSON.stringify(await ok(s.a.client.get('/api/v1/reflection')))).toContain(
        `A-REFLECT-${tag}`,
      );
      const all = await everything();
      expect(all).toMatch(new RegExp(`"status": "working"`));
    });

    it('notices: A is told calmly, never why', async () => {
      const notices = (await ok(s.a.client.get('/api/v1/notices'))).notices;
      expect(notices).toEqual([
        expect.objectContaining({ kind: mode === 'leave' ? 'partner_left' : 'partner_deleted' }),
      ]);
    });

    it('the export of the one who stays holds everything A wrote', async () => {
      const exported = (await s.a.client.get('/api/v1/export')).text;
      for (const words of aWrote(tag)) expect(exported, words).toContain(words);
      expect(exported).toContain(`A-TURN-1-${tag}`);
      expect(exported).toContain(`A-DID-${tag}`);
      expect(exported).toContain(`A-LANDED-${tag}`);
    });

    if (mode === 'delete') {
      it('B’s own words are really gone from the database', async () => {
        const all = await everything();
        expect(all).not.toContain(`B-`.concat('LETTER-', tag));
        for (const what of [
          'LETTER',
          'REPLY',
          'TURN-2',
          'TURN-4',
          'QUESTION',
          'DID',
          'HURT',
          'WILL',
          'LANDED',
          'PROPOSED',
          'PROMISE',
          'NOTICED',
          'NOTE',
          'NEED',
          'WEEKLY',
          'WREPLY',
          'JOURNAL',
          'REFLECT',
          'WAVE',
          'WAVEPLAN',
          'DAILYQ',
          'VISIONWAIT',
          'KEEP',
          'MEMPLAN',
        ]) {
          expect(all, `B-${what}`).not.toContain(`B-${what}-${tag}`);
        }
        expect(all).not.toContain(s.b.email);
        // The words both agreed to are joint, not B's alone.
        expect(all).toContain(`B-AGREED-${tag}`);
        expect(all).toContain(`B-VISIONOK-${tag}`);
      });
    }
  });
}

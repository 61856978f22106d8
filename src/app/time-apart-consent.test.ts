import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startTestServer,
  type TestPerson,
  type TestServer,
} from '../platform/testing/test-server.ts';
import { features } from './server.ts';

/**
 * Time apart across the app (issue 12): the other partner's Today says it is on and until when
 * (never why); every shared area refuses what would move toward the partner with a clear 409;
 * what is one's own goes on; the end date ends it by itself.
 */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ features });
});
afterAll(() => server.close());

const couple = () => server.couple(['Ada', 'Ben']);

const put = (p: TestPerson, url: string, body: unknown) => p.client.request('PUT', url, body);
const agreement = {
  title: 'Phones away at dinner',
  dailyLife: 'We both leave our phones in the hall.',
  reviewOn: new Date(Date.now() + 28 * 86_400_000).toISOString().slice(0, 10),
};
const checkin = { emotions: ['calm'], safety: 5, trust: 5, connection: 5 };

describe('time apart across the app', () => {
  it("tells the other's Today until when, refuses shared writes clearly, and ends by itself", async () => {
    const [a, b, coupleId] = await couple();
    // Things already under way before the pause.
    const proposed = (await a.client.post('/api/v1/agreements', agreement)).body.id;
    const promised = (await a.client.post('/api/v1/promises', { text: 'Call at lunch' })).body.id;
    const practice = (
      await a.client.post('/api/v1/promises', { text: 'Breathe first', visibility: 'private' })
    ).body.id;
    const talk = (
      await a.client.post('/api/v1/talks', { topicId: 'hurt-most', firstSpeaker: 'me' })
    ).body.id;
    expect((await b.client.get('/api/v1/today')).body.timeApart).toBeNull();

    const endsAt = new Date(Date.now() + 3 * 86_400_000).toISOString();
    expect((await a.client.post('/api/v1/time-apart', { endsAt })).status).toBe(201);

    const theirs = (await b.client.get('/api/v1/today')).body;
    expect(theirs.timeApart).toEqual({ startedByMe: false, endsAt: expect.any(String) });
    expect(Date.parse(theirs.timeApart.endsAt)).toBe(Date.parse(endsAt));
    expect((await a.client.get('/api/v1/today')).body.timeApart).toMatchObject({
      startedByMe: true,
    });

    const refusals = [
      await b.client.post(`/api/v1/agreements/${proposed}/actions`, {
        action: 'accept',
        version: 1,
      }),
      await a.client.post('/api/v1/agreements', agreement),
      await a.client.post(`/api/v1/promises/${promised}/actions`, { action: 'keep', version: 1 }),
      await b.client.post('/api/v1/promises', { text: 'Text when I land' }),
      await a.client.post(`/api/v1/talks/${talk}/turns`, {
        version: 1,
        kind: 'answer',
        body: 'In my words.',
      }),
      await b.client.post('/api/v1/talks', { topicId: 'hurt-most', firstSpeaker: 'me' }),
      await b.client.post('/api/v1/letters', { body: 'Dear you', send: 'now' }),
      await put(b, '/api/v1/checkins/today', { ...checkin, visibility: 'shared' }),
      await put(b, '/api/v1/path/stages/grieve', { status: 'working', version: 0 }),
    ];
    for (const refused of refusals) {
      expect(refused.status).toBe(409);
      expect(refused.body.error).toMatchObject({
        code: 'sharing_paused',
        message: expect.stringMatching(/paused/),
      });
    }
    // Nothing half-written: the agreement is still only proposed, the promise still open.
    expect((await a.client.get(`/api/v1/promises/${promised}`)).body).toMatchObject({
      status: 'open',
      version: 1,
    });

    // What is one's own goes on, and stepping back stays open.
    expect(
      (await a.client.post(`/api/v1/promises/${practice}/actions`, { action: 'keep', version: 1 }))
        .status,
    ).toBe(200);
    expect(
      (await put(b, '/api/v1/checkins/today', { ...checkin, visibility: 'private' })).status,
    ).toBe(200);
    expect(
      (await b.client.post('/api/v1/letters', { body: 'Not yet', send: 'draft' })).status,
    ).toBe(201);
    expect(
      (
        await a.client.post(`/api/v1/agreements/${proposed}/actions`, {
          action: 'withdraw',
          version: 1,
        })
      ).status,
    ).toBe(200);
    expect((await b.client.post(`/api/v1/talks/${talk}/end`, { version: 1 })).status).toBe(200);

    // The end date ends it by itself: nothing runs, nobody presses anything.
    await server.db.withSystem((tx) =>
      tx.execute(
        sql`update space_pauses set ends_at = now() - interval '1 second' where couple_id = ${coupleId}`,
      ),
    );
    expect((await b.client.get('/api/v1/today')).body.timeApart).toBeNull();
    expect((await a.client.get('/api/v1/today')).body.timeApart).toBeNull();
    expect(
      (await a.client.post(`/api/v1/promises/${promised}/actions`, { action: 'keep', version: 1 }))
        .status,
    ).toBe(200);
  });
});

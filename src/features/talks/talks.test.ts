import { request as httpRequest, type IncomingMessage } from 'node:http';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../platform/db/database.ts';
import { passTime } from '../../platform/testing/pass-time.ts';
import {
  startTestServer,
  type TestPerson,
  type TestServer,
} from '../../platform/testing/test-server.ts';
import { talksModule } from './talks.routes.server.ts';

let server: TestServer;
let base: string;
beforeAll(async () => {
  server = await startTestServer({ features: [talksModule] });
  base = await server.app.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(() => server.close());

async function couple(): Promise<[TestPerson, TestPerson, string]> {
  const a = await server.person('Ari');
  const b = await server.person('Bo');
  const [row] = await server.db.withSystem((tx) =>
    queryRows<{ id: string }>(
      tx,
      sql`with c as (insert into couples (created_by) values (${a.id}) returning id),
               m as (insert into memberships (couple_id, person_id) select c.id, p from c, unnest(array[${a.id}::uuid, ${b.id}::uuid]) p)
          select id from c`,
    ),
  );
  return [a, b, row!.id];
}

const NEVER = '00000000-0000-4000-8000-000000000000';
const inSeconds = (s: number) => new Date(Date.now() + s * 1000).toISOString();

async function start(
  a: TestPerson,
  body: Record<string, unknown> = { topicId: 'hurt-most', firstSpeaker: 'me' },
) {
  const res = await a.client.post('/api/v1/talks', body);
  expect(res.status).toBe(201);
  return res.body as { id: string; version: number };
}

async function act(p: TestPerson, id: string, path: string, body: Record<string, unknown>) {
  const current = await p.client.get(`/api/v1/talks/${id}`);
  return p.client.post(`/api/v1/talks/${id}/${path}`, { version: current.body.version, ...body });
}

describe('hard conversations', () => {
  it('walks a full round: answer, reflect, clarify, reflect again, confirm; then roles switch', async () => {
    const [a, b] = await couple();
    const talk = await start(a);
    const seen = (await b.client.get(`/api/v1/talks/${talk.id}`)).body;
    expect(seen).toMatchObject({
      topicId: 'hurt-most',
      phase: 'speak',
      speakerId: a.id,
      listenerId: b.id,
      round: 1,
    });
    expect(seen.next).toEqual({ personId: a.id, does: 'answer', isMe: false });

    expect((await act(b, talk.id, 'turns', { kind: 'answer', body: 'me first' })).status).toBe(409);
    expect(
      (await act(a, talk.id, 'turns', { kind: 'answer', body: 'The lying hurt most.' })).status,
    ).toBe(200);
    expect(
      (
        await act(b, talk.id, 'turns', {
          kind: 'reflection',
          body: 'What I heard is the lies hurt.',
        })
      ).status,
    ).toBe(200);
    expect(
      (await act(a, talk.id, 'turns', { kind: 'clarify', body: 'The lying to my face.' })).body
        .phase,
    ).toBe('reflect');
    expect(
      (await act(b, talk.id, 'turns', { kind: 'reflection', body: 'Lying to your face.' })).status,
    ).toBe(200);
    const switched = (await act(a, talk.id, 'turns', { kind: 'confirm' })).body;
    expect(switched).toMatchObject({ phase: 'speak', speakerId: b.id, listenerId: a.id, round: 2 });
    expect(switched.turns.map((t: { kind: string }) => t.kind)).toEqual([
      'answer',
      'reflection',
      'clarify',
      'reflection',
      'confirm',
    ]);
    expect((await a.client.get('/api/v1/talks')).body.conversations).toEqual([
      expect.objectContaining({ id: talk.id, isMyTurn: false, isEnded: false }),
    ]);
    expect((await b.client.get('/api/v1/talks')).body.conversations[0].isMyTurn).toBe(true);
  });

  it('refuses a stale version with 409 stale_version and the current version', async () => {
    const [a] = await couple();
    const talk = await start(a);
    await a.client.post(`/api/v1/talks/${talk.id}/turns`, {
      version: talk.version,
      kind: 'answer',
      body: 'one',
    });
    const again = await a.client.post(`/api/v1/talks/${talk.id}/pause`, {
      version: talk.version,
      until: inSeconds(60),
    });
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({
      code: 'stale_version',
      fields: { version: String(talk.version + 1) },
    });
  });

  it('a pause blocks the other until its time; only the one who asked ends it early', async () => {
    const [a, b] = await couple();
    const talk = await start(a);
    const paused = await act(b, talk.id, 'pause', { until: inSeconds(900) });
    expect(paused.status).toBe(200);
    expect(paused.body.pause).toMatchObject({ byId: b.id, isMine: true });
    const seenByA = (await a.client.get(`/api/v1/talks/${talk.id}`)).body;
    expect(seenByA.pause).toMatchObject({ byId: b.id, isMine: false });
    expect(seenByA.next).toBeNull();
    const blocked = await act(a, talk.id, 'turns', { kind: 'answer', body: 'pushing on' });
    expect(blocked.status).toBe(409);
    expect(blocked.body.error.code).toBe('paused');
    expect((await act(a, talk.id, 'resume', {})).body.error.code).toBe('not_your_pause');
    expect((await act(a, talk.id, 'end', {})).body.error.code).toBe('paused');
    expect((await act(a, talk.id, 'pause', { until: inSeconds(60) })).body.error.code).toBe(
      'paused',
    );
    expect((await act(b, talk.id, 'resume', {})).status).toBe(200);
    expect((await act(a, talk.id, 'turns', { kind: 'answer', body: 'thank you' })).status).toBe(
      200,
    );
  });

  it('a pause ends by itself at its time', async () => {
    const [a, b] = await couple();
    const talk = await start(a);
    await act(b, talk.id, 'pause', { until: inSeconds(3600) });
    expect((await act(a, talk.id, 'turns', { kind: 'answer', body: 'x' })).status).toBe(409);
    // An hour and a minute pass (the conversation's times move back; nothing sleeps or runs).
    await passTime(server.db, {
      table: 'conversations',
      where: sql`id = ${talk.id}`,
      ms: 3_660_000,
    });
    expect((await act(a, talk.id, 'turns', { kind: 'answer', body: 'x' })).status).toBe(200);
  });

  it('finishing marks the timeline without private words; the conversation stays readable after leaving', async () => {
    const [a, b, coupleId] = await couple();
    const talk = await start(a, { ownQuestion: 'PRIVATE-QUESTION-42?', firstSpeaker: 'partner' });
    expect((await a.client.get(`/api/v1/talks/${talk.id}`)).body.speakerId).toBe(b.id);
    await act(b, talk.id, 'turns', { kind: 'answer', body: 'PRIVATE-ANSWER' });
    expect((await act(a, talk.id, 'end', {})).body.endedAt).not.toBeNull();
    expect((await act(b, talk.id, 'turns', { kind: 'answer', body: 'more' })).body.error.code).toBe(
      'conversation_ended',
    );
    const events = await server.db.withOwner((tx) =>
      queryRows<{ kind: string; label: string }>(
        tx,
        sql`select kind, label from timeline_events where couple_id = ${coupleId}`,
      ),
    );
    expect(events).toEqual([{ kind: 'talk.held', label: 'You had a hard conversation' }]);
    expect(server.logs.join('\n')).not.toMatch(/PRIVATE-/);

    await server.db.withSystem((tx) =>
      queryRows(tx, sql`update memberships set left_at = now() where person_id = ${b.id}`),
    );
    const history = await b.client.get(`/api/v1/talks/${talk.id}`);
    expect(history.status).toBe(200);
    expect(history.body.turns[0].body).toBe('PRIVATE-ANSWER');
  });

  it('a stranger gets the same 404 as an id that never existed, for every route', async () => {
    const [a] = await couple();
    const stranger = await server.person('Stranger');
    const talk = await start(a);
    for (const [method, path, body] of [
      ['GET', '', undefined],
      ['GET', '/live', undefined],
      ['POST', '/turns', { version: 1, kind: 'answer', body: 'x' }],
      ['POST', '/pause', { version: 1, until: inSeconds(60) }],
      ['POST', '/resume', { version: 1 }],
      ['POST', '/end', { version: 1 }],
    ] as const) {
      const real = await stranger.client.request(method, `/api/v1/talks/${talk.id}${path}`, body);
      const never = await stranger.client.request(method, `/api/v1/talks/${NEVER}${path}`, body);
      expect(real.status, path).toBe(404);
      expect(real.text, path).toBe(never.text);
    }
  });

  it('needs a partner and a real question', async () => {
    const [a] = await couple();
    expect((await a.client.post('/api/v1/talks', { firstSpeaker: 'me' })).status).toBe(400);
    expect(
      (await a.client.post('/api/v1/talks', { topicId: 'nope', firstSpeaker: 'me' })).status,
    ).toBe(400);
    expect(
      (
        await a.client.post('/api/v1/talks', {
          topicId: 'hurt-most',
          ownQuestion: 'both?',
          firstSpeaker: 'me',
        })
      ).status,
    ).toBe(400);
    const alone = await server.person('Alone');
    await server.db.withSystem((tx) =>
      queryRows(
        tx,
        sql`with c as (insert into couples (created_by) values (${alone.id}) returning id) insert into memberships (couple_id, person_id) select id, ${alone.id} from c`,
      ),
    );
    expect(
      (await alone.client.post('/api/v1/talks', { topicId: 'hurt-most', firstSpeaker: 'me' })).body
        .error.code,
    ).toBe('no_partner');
  });
});

/** Opens an event stream as `p` and collects its events. */
function openStream(p: TestPerson, id: string) {
  const events: { event: string; data: string }[] = [];
  let response: IncomingMessage | undefined;
  const ready = new Promise<number>((resolve, reject) => {
    const req = httpRequest(
      `${base}/api/v1/talks/${id}/live`,
      {
        headers: { accept: 'text/event-stream', cookie: `${server.cookieName}=${p.client.cookie}` },
      },
      (res) => {
        response = res;
        let buffer = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          buffer += chunk;
          let cut;
          while ((cut = buffer.indexOf('\n\n')) >= 0) {
            const block = buffer.slice(0, cut);
            buffer = buffer.slice(cut + 2);
            const event = /^event: (.*)$/m.exec(block)?.[1];
            const data = /^data: (.*)$/m.exec(block)?.[1];
            if (event) events.push({ event, data: data ?? '' });
          }
        });
        resolve(res.statusCode ?? 0);
      },
    );
    req.on('error', reject);
    req.end();
  });
  const waitFor = async (test: (e: { event: string; data: string }[]) => boolean) => {
    for (let i = 0; i < 100 && !test(events); i++) await new Promise((r) => setTimeout(r, 50));
    return events;
  };
  return {
    ready,
    events,
    waitFor,
    close: () => response?.destroy(),
    headers: () => response?.headers,
  };
}

describe('live updates', () => {
  it("tell the other partner's open screen the new version, through LISTEN/NOTIFY, with no text", async () => {
    const [a, b] = await couple();
    const talk = await start(a);
    const stream = openStream(b, talk.id);
    expect(await stream.ready).toBe(200);
    expect(stream.headers()?.['content-type']).toContain('text/event-stream');
    expect(stream.headers()?.['cache-control']).toBe('no-store');
    await stream.waitFor((e) => e.length >= 1);
    expect(stream.events[0]).toEqual({ event: 'change', data: JSON.stringify({ version: 1 }) });
    await act(a, talk.id, 'turns', { kind: 'answer', body: 'SECRET-WORDS' });
    await stream.waitFor((e) => e.some((x) => x.data.includes('"version":2')));
    expect(stream.events.at(-1)).toEqual({ event: 'change', data: JSON.stringify({ version: 2 }) });
    expect(JSON.stringify(stream.events)).not.toContain('SECRET');
    stream.close();
  });

  it('checks access again before telling anything: a signed-out listener gets "gone" and the stream ends', async () => {
    const [a, b] = await couple();
    const talk = await start(a);
    const stream = openStream(b, talk.id);
    await stream.ready;
    await stream.waitFor((e) => e.length >= 1);
    await server.db.withSystem((tx) =>
      queryRows(tx, sql`delete from sessions where person_id = ${b.id}`),
    );
    await act(a, talk.id, 'turns', { kind: 'answer', body: 'x' });
    await stream.waitFor((e) => e.some((x) => x.event === 'gone'));
    expect(stream.events.map((e) => e.event)).toEqual(['change', 'gone']);
  });

  it('ends the stream of a listener whose session the app lock closed (decision 132)', async () => {
    const [a, b] = await couple();
    const talk = await start(a);
    const stream = openStream(b, talk.id);
    await stream.ready;
    await stream.waitFor((e) => e.length >= 1);
    await server.db.withSystem((tx) =>
      queryRows(tx, sql`update sessions set locked_at = now() where person_id = ${b.id}`),
    );
    await act(a, talk.id, 'turns', { kind: 'answer', body: 'x' });
    await stream.waitFor((e) => e.some((x) => x.event === 'gone'));
    expect(stream.events.map((e) => e.event)).toEqual(['change', 'gone']);
  });

  it('lets one person hold a few streams at most, then answers 429 until one closes; the partner is not counted', async () => {
    const [a, b] = await couple();
    const talk = await start(a);
    const streams = Array.from({ length: 6 }, () => openStream(b, talk.id));
    expect(await Promise.all(streams.map((s) => s.ready))).toEqual(Array(6).fill(200));
    const extra = openStream(b, talk.id);
    expect(await extra.ready).toBe(429);
    expect(await openStream(a, talk.id).ready).toBe(200);
    streams[0]!.close();
    let again = 0;
    for (let i = 0; i < 40 && again !== 200; i++) {
      await new Promise((r) => setTimeout(r, 50));
      const next = openStream(b, talk.id);
      again = await next.ready;
      if (again === 200) streams.push(next);
    }
    expect(again).toBe(200);
    for (const s of streams) s.close();
  });

  it('refuses a stream to a stranger and to nobody; without the event-stream header answers a snapshot', async () => {
    const [a, b] = await couple();
    const talk = await start(a);
    const stranger = await server.person('Stranger');
    expect(await openStream(stranger, talk.id).ready).toBe(404);
    expect((await server.client().get(`/api/v1/talks/${talk.id}/live`)).status).toBe(401);
    expect((await b.client.get(`/api/v1/talks/${talk.id}/live`)).body).toEqual({ version: 1 });
  });
});

describe('ownership statements', () => {
  const parts = {
    whatIDid: 'I lied about the trips.',
    howItHurt: 'You stopped feeling safe.',
    whatIWillDo: 'I will tell you where I am.',
  };

  it('sent, answered by the partner, then a new version; every version and answer kept', async () => {
    const [a, b] = await couple();
    const created = await a.client.post('/api/v1/ownership', parts);
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    expect((await b.client.get('/api/v1/ownership')).body.statements).toEqual([
      expect.objectContaining({
        id,
        isMine: false,
        awaitsMyAnswer: true,
        latestVersion: 1,
        authorName: 'Ari',
      }),
    ]);
    const v1 = created.body.versions[0].id as string;
    expect(
      (
        await a.client.post(`/api/v1/ownership/${id}/answers`, {
          versionId: v1,
          landed: 'x',
          missing: '',
        })
      ).status,
    ).toBe(404);
    const answered = await b.client.post(`/api/v1/ownership/${id}/answers`, {
      versionId: v1,
      landed: 'That you named the trips.',
      missing: 'Why.',
    });
    expect(answered.status).toBe(201);
    expect(
      (
        await b.client.post(`/api/v1/ownership/${id}/answers`, {
          versionId: v1,
          landed: 'again',
          missing: '',
        })
      ).body.error.code,
    ).toBe('already_answered');
    expect((await b.client.post(`/api/v1/ownership/${id}/versions`, parts)).status).toBe(404);
    const v2 = await a.client.post(`/api/v1/ownership/${id}/versions`, {
      ...parts,
      whatIDid: 'I lied about the trips, for a year.',
    });
    expect(v2.status).toBe(201);
    const seen = (await b.client.get(`/api/v1/ownership/${id}`)).body;
    expect(
      seen.versions.map((v: { number: number; answer: unknown }) => [v.number, v.answer !== null]),
    ).toEqual([
      [1, true],
      [2, false],
    ]);
    expect(seen.versions[0].answer).toMatchObject({
      landed: 'That you named the trips.',
      missing: 'Why.',
    });
    expect((await b.client.get('/api/v1/ownership')).body.statements[0].awaitsMyAnswer).toBe(true);
  });

  it('a stranger cannot read or answer it; an empty answer is refused', async () => {
    const [a, b] = await couple();
    const stranger = await server.person('Stranger');
    const created = (await a.client.post('/api/v1/ownership', parts)).body;
    const real = await stranger.client.get(`/api/v1/ownership/${created.id}`);
    const never = await stranger.client.get(`/api/v1/ownership/${NEVER}`);
    expect(real.status).toBe(404);
    expect(real.text).toBe(never.text);
    expect(
      (
        await b.client.post(`/api/v1/ownership/${created.id}/answers`, {
          versionId: created.versions[0].id,
          landed: ' ',
          missing: '',
        })
      ).status,
    ).toBe(400);
  });

  it('Today: my turn in a conversation and a statement to answer are waiting, without private text', async () => {
    const [a, b] = await couple();
    const talk = await start(a, { topicId: 'hurt-most', firstSpeaker: 'partner' });
    await a.client.post('/api/v1/ownership', parts);
    const waiting = await server.db.withOwner(async (tx) => {
      await tx.execute(
        sql`select set_config('role', 'kintsugi_app', true), set_config('app.user_id', ${b.id}, true)`,
      );
      return talksModule.waiting!({ tx, userId: b.id });
    });
    expect(waiting.map((w) => w.kind).sort()).toEqual(['ownership', 'talk']);
    expect(waiting.find((w) => w.kind === 'talk')?.href).toBe(`/talk/${talk.id}`);
    expect(JSON.stringify(waiting)).not.toContain('trips');
  });
});

// Waves (issue 17) across the features they touch: Today's waiting list, the timeline, live screens.
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../platform/db/database.ts';
import { hashToken } from '../platform/server/session-token.ts';
import {
  startTestServer,
  type TestPerson,
  type TestServer,
} from '../platform/testing/test-server.ts';
import { features } from './server.ts';

let server: TestServer;
let base: string;
beforeAll(async () => {
  server = await startTestServer({ features });
  base = await server.app.listen({ port: 0, host: '127.0.0.1' });
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

const NEVER = '00000000-0000-4000-8000-000000000000';
const waitingWaves = async (p: TestPerson) =>
  ((await p.client.get('/api/v1/today')).body.waiting as { kind: string; id: string }[]).filter(
    (w) => w.kind.startsWith('wave'),
  );

describe('waves', () => {
  it('one tap reaches the partner: a waiting item on their Today, no note, cleared by "I\'m here"', async () => {
    const [a, b] = await couple();
    const sent = await a.client.post('/api/v1/waves', {
      need: 'reassurance',
      note: 'NOTE-ONLY-FOR-AVERY',
    });
    expect(sent.status).toBe(201);
    expect(sent.body.wave).toMatchObject({
      isMine: true,
      need: 'reassurance',
      note: 'NOTE-ONLY-FOR-AVERY',
      private: false,
      seenAt: null,
    });
    const id = sent.body.wave.id as string;

    const waiting = await waitingWaves(b);
    expect(waiting).toEqual([expect.objectContaining({ id, kind: 'wave', href: '/waves' })]);
    const seenByB = await b.client.get('/api/v1/waves');
    expect(seenByB.body.waves).toEqual([
      expect.objectContaining({ id, isMine: false, need: 'reassurance', note: null }),
    ]);
    expect(seenByB.body.partnerName).toBe('Avery');
    for (const path of ['/api/v1/waves', '/api/v1/today', '/api/v1/timeline', '/api/v1/waves/plan'])
      expect((await b.client.get(path)).text).not.toContain('NOTE-ONLY');
    // The note is in its own table; even the database refuses it to the partner.
    const direct = await server.db.withUser(hashToken(b.client.cookie!), (ctx) =>
      queryRows(ctx.tx, sql`select note from wave_notes`),
    );
    expect(direct).toEqual([]);

    // The sender never appears on their own Today for it, and cannot answer their own wave.
    expect(await waitingWaves(a)).toEqual([]);
    expect((await a.client.post(`/api/v1/waves/${id}/here`)).status).toBe(404);

    const here = await b.client.post(`/api/v1/waves/${id}/here`);
    expect(here.status).toBe(200);
    expect(here.body.seenAt).not.toBeNull();
    expect((await b.client.post(`/api/v1/waves/${id}/here`)).status).toBe(200);
    expect(await waitingWaves(b)).toEqual([]);
    const mine = await a.client.get('/api/v1/waves');
    expect(mine.body.waves[0]).toMatchObject({ id, seenAt: here.body.seenAt });
  });

  it("a private wave stays with its sender: not on the partner's Today, list or timeline", async () => {
    const [a, b] = await couple();
    const sent = await a.client.post('/api/v1/waves', { private: true, note: 'MINE' });
    expect(sent.status).toBe(201);
    const id = sent.body.wave.id as string;
    expect(await waitingWaves(b)).toEqual([]);
    expect((await b.client.get('/api/v1/waves')).body.waves).toEqual([]);
    const real = await b.client.post(`/api/v1/waves/${id}/here`);
    const never = await b.client.post(`/api/v1/waves/${NEVER}/here`);
    expect(real.status).toBe(404);
    expect(real.text).toBe(never.text);
    const theirs = (await b.client.get('/api/v1/timeline')).body.events;
    expect(theirs.filter((e: { kind: string }) => e.kind === 'wave')).toEqual([]);
    const own = (await a.client.get('/api/v1/timeline')).body.events;
    expect(own.filter((e: { kind: string }) => e.kind === 'wave')).toEqual([
      expect.objectContaining({ label: 'A wave', isMine: true }),
    ]);
  });

  it('marks the timeline with no words: no need, no note', async () => {
    const [a, b] = await couple();
    await a.client.post('/api/v1/waves', { need: 'space', note: 'WORDS-OF-MINE' });
    const events = (await b.client.get('/api/v1/timeline')).body.events as { kind: string }[];
    const marks = events.filter((e) => e.kind === 'wave');
    expect(marks).toEqual([expect.objectContaining({ label: 'A wave', isMine: false })]);
    expect(JSON.stringify(marks)).not.toMatch(/space|WORDS/i);
  });

  it('shows the guidance to the partner who said they broke the trust, and only to them', async () => {
    const [a, b] = await couple();
    await server.db.withSystem((tx) =>
      queryRows(
        tx,
        sql`insert into reflection_stances (author_id, stance, visibility) values (${b.id}, 'broke', 'private')`,
      ),
    );
    expect((await b.client.get('/api/v1/waves')).body.guidance).toBe(true);
    expect((await a.client.get('/api/v1/waves')).body.guidance).toBe(false);
  });

  it('while paused or alone, nothing is shared: the wave can only be kept private', async () => {
    const [a, b] = await couple();
    await server.db.withSystem((tx) =>
      queryRows(
        tx,
        sql`insert into space_pauses (couple_id, started_by) select couple_id, person_id from memberships where person_id = ${a.id}`,
      ),
    );
    expect((await a.client.get('/api/v1/waves')).body.canShare).toBe(false);
    const shared = await a.client.post('/api/v1/waves', { need: 'held' });
    expect(shared.status).toBe(409);
    expect(shared.body.error.reason ?? shared.body.error.code).toBeTruthy();
    expect(await waitingWaves(b)).toEqual([]);
    expect((await a.client.post('/api/v1/waves', { private: true })).status).toBe(201);
    const plan = await a.client.request('PUT', '/api/v1/waves/plan', {
      helps: 'x',
      ask: '',
      avoid: '',
    });
    expect(plan.status).toBe(409);

    const alone = await server.person('Alone');
    await server.db.withSystem((tx) =>
      queryRows(
        tx,
        sql`with c as (insert into couples (created_by) values (${alone.id}) returning id) insert into memberships (couple_id, person_id) select id, ${alone.id} from c`,
      ),
    );
    const lonely = await alone.client.post('/api/v1/waves', {});
    expect(lonely.status).toBe(409);
    expect(lonely.body.error.message).toMatch(/partner/);
    expect((await alone.client.post('/api/v1/waves', { private: true })).status).toBe(201);
  });

  it('the plan: each writes their own part, a new version keeps the old, the partner sees the current one', async () => {
    const [a, b] = await couple();
    const first = await a.client.request('PUT', '/api/v1/waves/plan', {
      helps: 'A walk',
      ask: 'Stay near',
      avoid: 'Explaining',
    });
    expect(first.status).toBe(200);
    const second = await a.client.request('PUT', '/api/v1/waves/plan', {
      helps: 'A walk together',
      ask: 'Stay near',
      avoid: 'Explaining',
    });
    expect(second.body.mine.map((p: { helps: string }) => p.helps)).toEqual([
      'A walk together',
      'A walk',
    ]);
    const bSees = await b.client.get('/api/v1/waves/plan');
    expect(bSees.body.partner).toMatchObject({ helps: 'A walk together', ask: 'Stay near' });
    expect(bSees.body.mine).toEqual([]);
    expect(JSON.stringify(bSees.body)).not.toContain('"A walk"');
    expect(
      (await a.client.request('PUT', '/api/v1/waves/plan', { helps: ' ', ask: '', avoid: '' }))
        .status,
    ).toBe(400);
    // The partner can't write into someone else's part: only their own rows exist.
    await b.client.request('PUT', '/api/v1/waves/plan', { helps: 'Quiet', ask: '', avoid: '' });
    expect((await a.client.get('/api/v1/waves')).body.plan.partner).toMatchObject({
      helps: 'Quiet',
    });
  });

  it('using Kintsugi alone (solo mode), a wave stays private; the export holds my note, never theirs', async () => {
    const [a, b] = await couple();
    await b.client.post('/api/v1/waves', { note: 'BEN-NOTE-ONLY' });
    await a.client.post('/api/v1/waves', { need: 'space', note: 'AVERY-NOTE' });
    await server.db.withSystem((tx) =>
      queryRows(tx, sql`insert into solo_modes (person_id) values (${a.id})`),
    );
    expect((await a.client.get('/api/v1/waves')).body.canShare).toBe(false);
    expect((await a.client.post('/api/v1/waves', {})).status).toBe(409);
    expect((await a.client.post('/api/v1/waves', { private: true })).status).toBe(201);
    const exported = (await a.client.get('/api/v1/export')).text;
    expect(exported).toContain('AVERY-NOTE');
    expect(exported).not.toContain('BEN-NOTE-ONLY');
  });

  it('the export holds every wave, not only the newest the screen shows', async () => {
    const [a] = await couple();
    for (let i = 0; i < 52; i++)
      expect(
        (await a.client.post('/api/v1/waves', { private: true, note: `W${i}-NOTE` })).status,
      ).toBe(201);
    expect((await a.client.get('/api/v1/waves')).body.waves).toHaveLength(50);
    const exported = (await a.client.get('/api/v1/export')).text;
    expect(exported).toContain('W0-NOTE');
    expect(exported).toContain('W51-NOTE');
  });

  it('a stranger sees nothing and cannot answer', async () => {
    const [a] = await couple();
    const id = (await a.client.post('/api/v1/waves', { note: 'N' })).body.wave.id as string;
    const stranger = await server.person('Stranger');
    expect((await stranger.client.post(`/api/v1/waves/${id}/here`)).status).toBe(404);
    expect((await stranger.client.get('/api/v1/waves')).body.waves).toEqual([]);
  });
});

function openStream(p: TestPerson) {
  const events: { event: string; data: string }[] = [];
  let response: IncomingMessage | undefined;
  const ready = new Promise<number>((resolve, reject) => {
    const req = httpRequest(
      `${base}/api/v1/waves/live`,
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
  return { ready, events, waitFor, close: () => response?.destroy() };
}

describe('live', () => {
  it("tells the partner's open screen at once, with no words; a private wave tells no one", async () => {
    const [a, b] = await couple();
    const stream = openStream(b);
    expect(await stream.ready).toBe(200);
    await stream.waitFor((e) => e.length >= 1);
    expect(stream.events).toEqual([{ event: 'change', data: JSON.stringify({ version: 0 }) }]);
    await a.client.post('/api/v1/waves', { private: true, note: 'SECRET' });
    await a.client.post('/api/v1/waves', { need: 'held', note: 'SECRET' });
    await stream.waitFor((e) => e.length >= 2);
    expect(stream.events).toHaveLength(2);
    expect(stream.events[1]!.event).toBe('change');
    const latest = JSON.parse(stream.events[1]!.data) as { version: number };
    expect(latest.version).toBeGreaterThan(0);
    expect((await b.client.get('/api/v1/waves/live')).body).toEqual(latest);
    expect(JSON.stringify(stream.events)).not.toMatch(/SECRET|held/);
    stream.close();
  });

  it('tells the sender when the partner says "I\'m here"', async () => {
    const [a, b] = await couple();
    const id = (await a.client.post('/api/v1/waves', {})).body.wave.id as string;
    const stream = openStream(a);
    await stream.ready;
    await stream.waitFor((e) => e.length >= 1);
    await b.client.post(`/api/v1/waves/${id}/here`);
    await stream.waitFor((e) => e.length >= 2);
    expect(stream.events.map((e) => e.event)).toEqual(['change', 'change']);
    stream.close();
  });
});

// Memories (issue 17): plan, confirm or suggest another time, a line each after the day, one
// photo with no metadata, the calendar file, Today's waiting item, the timeline, time apart.
import { sql } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../platform/db/database.ts';
import { hashToken } from '../platform/server/session-token.ts';
import {
  startTestServer,
  TEST_ORIGIN,
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

const NEVER = '00000000-0000-4000-8000-000000000000';
const day = (offsetDays: number) =>
  new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
const waitingMemories = async (p: TestPerson) =>
  ((await p.client.get('/api/v1/today')).body.waiting as { kind: string; id: string }[]).filter(
    (w) => w.kind.startsWith('memory'),
  );

/** A planned, confirmed memory whose day has come. */
async function pastMemory(a: TestPerson, b: TestPerson, title = 'A short walk') {
  const made = await a.client.post('/api/v1/memories', { title, on: day(-1) });
  expect(made.status).toBe(201);
  const id = made.body.memory.id as string;
  expect((await b.client.post(`/api/v1/memories/${id}/confirm`)).status).toBe(200);
  return id;
}

/** A JPEG made here with EXIF: a GPS position, a camera maker and model, a comment. */
async function photoWithExif(width = 800, height = 600) {
  return sharp({ create: { width, height, channels: 3, background: { r: 180, g: 120, b: 60 } } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'SECRET-MAKER', Model: 'SECRET-PHONE', ImageDescription: 'SECRET-PLACE' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '51/1 30/1 0/1',
        GPSLongitudeRef: 'W',
        GPSLongitude: '0/1 7/1 0/1',
      },
    })
    .toBuffer();
}

async function download(p: TestPerson, url: string) {
  const res = await server.app.inject({
    method: 'GET',
    url,
    headers: { cookie: `${server.cookieName}=${p.client.cookie}` },
  });
  return { status: res.statusCode, headers: res.headers, bytes: res.rawPayload, text: res.body };
}

describe('memories', () => {
  it('one plans, the other suggests another time, the first confirms; Today tells whose turn it is', async () => {
    const [a, b] = await couple();
    const made = await a.client.post('/api/v1/memories', {
      title: 'A short walk',
      on: day(3),
      ideaId: 'short-walk',
    });
    expect(made.status).toBe(201);
    const id = made.body.memory.id as string;
    expect(made.body.memory).toMatchObject({
      title: 'A short walk',
      ideaId: 'short-walk',
      on: day(3),
      allDay: true,
      status: 'proposed',
      plannedByMe: true,
      proposedBy: 'me',
      waitingForMe: false,
      happened: false,
    });

    // B's Today has it waiting, with no title; A's has nothing.
    const waiting = await waitingMemories(b);
    expect(waiting).toEqual([expect.objectContaining({ id, kind: 'memory', href: '/memories' })]);
    expect(JSON.stringify(waiting)).not.toContain('short walk');
    expect(await waitingMemories(a)).toEqual([]);
    // A cannot confirm their own time.
    expect((await a.client.post(`/api/v1/memories/${id}/confirm`)).status).toBe(409);

    const at = new Date(Date.now() + 4 * 86_400_000);
    at.setUTCHours(17, 30, 0, 0);
    const suggested = await b.client.post(`/api/v1/memories/${id}/suggest`, {
      on: at.toISOString(),
    });
    expect(suggested.status).toBe(200);
    expect(suggested.body).toMatchObject({
      on: at.toISOString(),
      allDay: false,
      proposedBy: 'me',
      plannedByMe: false,
    });
    expect(await waitingMemories(b)).toEqual([]);
    expect(await waitingMemories(a)).toEqual([expect.objectContaining({ id })]);
    // Twice in a row is not B's turn any more.
    expect((await b.client.post(`/api/v1/memories/${id}/suggest`, { on: day(5) })).status).toBe(
      409,
    );

    const confirmed = await a.client.post(`/api/v1/memories/${id}/confirm`);
    expect(confirmed.status).toBe(200);
    expect(confirmed.body).toMatchObject({ status: 'confirmed', waitingForMe: false });
    expect(await waitingMemories(a)).toEqual([]);
    expect((await b.client.get(`/api/v1/memories/${id}`)).body.status).toBe('confirmed');
    expect((await a.client.post(`/api/v1/memories/${id}/confirm`)).status).toBe(409);
    // Not yet happened: no line yet.
    expect(
      (await a.client.request('PUT', `/api/v1/memories/${id}/line`, { text: 'Too soon' })).status,
    ).toBe(409);
  });

  it('refuses bad input with messages a person can act on', async () => {
    const [a] = await couple();
    for (const [body, field] of [
      [{ title: '', on: day(1) }, 'title'],
      [{ title: 'x'.repeat(121), on: day(1) }, 'title'],
      [{ title: 'Walk', on: '2026-02-30' }, 'on'],
      [{ title: 'Walk', on: 'tomorrow' }, 'on'],
      [{ title: 'Walk', on: '2026-12-01T18:00:00' }, 'on'],
      [{ title: 'Walk', on: day(6 * 366) }, 'on'],
      [{ title: 'Walk', on: day(1), ideaId: 'no-such-idea' }, 'ideaId'],
    ] as const) {
      const res = await a.client.post('/api/v1/memories', body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.fields?.[field], JSON.stringify(body)).toEqual(expect.any(String));
    }
  });

  it('after the day each keeps one line, only their own; the timeline marks it with no words', async () => {
    const [a, b] = await couple();
    const id = await pastMemory(a, b);
    const mine = await a.client.request('PUT', `/api/v1/memories/${id}/line`, {
      text: 'LINE-A: the light on the water',
    });
    expect(mine.status).toBe(200);
    expect(mine.body.lines).toEqual({ mine: 'LINE-A: the light on the water', partner: null });
    await b.client.request('PUT', `/api/v1/memories/${id}/line`, { text: 'LINE-B: your laugh' });
    const seenByA = await a.client.get(`/api/v1/memories/${id}`);
    expect(seenByA.body).toMatchObject({
      happened: true,
      lines: { mine: 'LINE-A: the light on the water', partner: 'LINE-B: your laugh' },
    });
    // Changing mine leaves B's line as it was; the database refuses B's hand on mine.
    await a.client.request('PUT', `/api/v1/memories/${id}/line`, { text: 'LINE-A2' });
    expect((await b.client.get(`/api/v1/memories/${id}`)).body.lines).toEqual({
      mine: 'LINE-B: your laugh',
      partner: 'LINE-A2',
    });
    const forged = await server.db.withUser(hashToken(b.client.cookie!), (ctx) =>
      queryRows(
        ctx.tx,
        sql`update memory_lines set text = 'FORGED' where author_id = ${a.id} returning 1`,
      ),
    );
    expect(forged).toEqual([]);
    // Once there are words in it, its time stays.
    expect((await a.client.post(`/api/v1/memories/${id}/suggest`, { on: day(2) })).status).toBe(
      409,
    );

    const marks = (await b.client.get('/api/v1/timeline')).body.events as {
      kind: string;
      label: string;
    }[];
    const memoryMarks = marks.filter((e) => e.kind.startsWith('memory'));
    expect(memoryMarks.map((m) => m.label).sort()).toEqual([
      'Time together',
      'Time together',
      'Time together, planned',
    ]);
    expect(JSON.stringify(memoryMarks)).not.toMatch(/walk|LINE/i);
  });

  it('keeps a photo with no EXIF or GPS left, decodable, for the two only; refuses too big and not a photo', async () => {
    const [a, b] = await couple();
    const id = await pastMemory(a, b);
    const original = await photoWithExif(2400, 1800);
    expect((await sharp(original).metadata()).exif).toBeDefined();
    expect(original.toString('latin1')).toContain('SECRET-PHONE');

    const added = await a.client.request('PUT', `/api/v1/memories/${id}/photo`, {
      image: `data:image/jpeg;base64,${original.toString('base64')}`,
    });
    expect(added.status, added.text).toBe(200);
    expect(added.body.photo).toMatchObject({ byMe: true, width: 1600, height: 1200 });

    const got = await download(b, `/api/v1/memories/${id}/photo`);
    expect(got.status).toBe(200);
    expect(got.headers['content-type']).toBe('image/jpeg');
    expect(got.headers['cache-control']).toBe('private, no-store');
    const meta = await sharp(got.bytes).metadata();
    expect(meta).toMatchObject({ format: 'jpeg', width: 1600, height: 1200 });
    expect(meta.exif).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
    expect(meta.iptc).toBeUndefined();
    expect(meta.icc).toBeUndefined();
    const raw = got.bytes.toString('latin1');
    for (const secret of ['SECRET', 'Exif', 'GPS']) expect(raw).not.toContain(secret);
    const { info } = await sharp(got.bytes).raw().toBuffer({ resolveWithObject: true });
    expect(info.width).toBe(1600);

    // B may not replace A's photo nor remove it; a stranger reads nothing.
    expect(
      (
        await b.client.request('PUT', `/api/v1/memories/${id}/photo`, {
          image: original.toString('base64'),
        })
      ).status,
    ).toBe(409);
    expect((await b.client.delete(`/api/v1/memories/${id}/photo`)).status).toBe(403);
    const stranger = await server.person('Stranger');
    const theirs = await download(stranger, `/api/v1/memories/${id}/photo`);
    const none = await download(stranger, `/api/v1/memories/${NEVER}/photo`);
    expect(theirs.status).toBe(404);
    expect(theirs.text).toBe(none.text);

    // Not a photo: a 400 that says so. Over 5 MB: a 413 that says so. Nothing changes.
    const notPhoto = await a.client.request('PUT', `/api/v1/memories/${id}/photo`, {
      image: Buffer.from('just some words, not a picture at all').toString('base64'),
    });
    expect(notPhoto.status).toBe(400);
    expect(notPhoto.body.error.message).toMatch(/photo/);
    const big = Buffer.alloc(5 * 1024 * 1024 + 10, 7).toString('base64');
    const tooBig = await a.client.request('PUT', `/api/v1/memories/${id}/photo`, { image: big });
    expect(tooBig.status).toBe(413);
    expect(tooBig.body.error.message).toMatch(/5 MB/);
    const huge = await a.client.request('PUT', `/api/v1/memories/${id}/photo`, {
      image: 'A'.repeat(9 * 1024 * 1024),
    });
    expect(huge.status).toBe(413);
    expect((await download(a, `/api/v1/memories/${id}/photo`)).bytes.equals(got.bytes)).toBe(true);

    // The export carries it as a data URL.
    const exported = (await b.client.get('/api/v1/export')).body.sections.memories.memories;
    expect(exported[0].photo.dataUrl).toMatch(/^data:image\/jpeg;base64,\/9j\//);

    // The readable export shows it inline, allowed by its own policy (data: images, no requests).
    const page = await b.client.get('/api/v1/export/html');
    expect(page.text).toMatch(
      /<img src="data:image\/jpeg;base64,\/9j\/[^"]+" width="1600" height="1200"/,
    );
    expect(String(page.headers['content-security-policy'])).toContain('img-src data:;');
    expect(page.text).toContain('The photo Avery added.');

    // A removes it; then B may add one.
    expect((await a.client.delete(`/api/v1/memories/${id}/photo`)).status).toBe(200);
    const small = await photoWithExif(300, 200);
    const bAdds = await b.client.request('PUT', `/api/v1/memories/${id}/photo`, {
      image: small.toString('base64'),
    });
    expect(bAdds.body.photo).toMatchObject({ byMe: true, width: 300, height: 200 });
  });

  it('answers a calendar file for either partner, neutral by default, with the right date', async () => {
    const [a, b] = await couple();
    const made = await a.client.post('/api/v1/memories', {
      title: 'PRIVATE-TITLE dinner',
      on: '2027-03-14',
      ideaId: 'restaurant',
    });
    const id = made.body.memory.id as string;
    for (const who of [a, b]) {
      const file = await download(who, `/api/v1/memories/${id}/calendar`);
      expect(file.status).toBe(200);
      expect(file.headers['content-type']).toBe('text/calendar; charset=utf-8');
      expect(String(file.headers['content-disposition'])).toMatch(
        /^attachment; filename="[\w-]+\.ics"$/,
      );
      expect(file.text).toMatch(/BEGIN:VCALENDAR[\s\S]*BEGIN:VEVENT[\s\S]*END:VEVENT/);
      expect(file.text).toContain('DTSTART;VALUE=DATE:20270314');
      expect(file.text).toContain('DTEND;VALUE=DATE:20270315');
      expect(file.text).toContain('SUMMARY:Time together');
      expect(file.text).not.toMatch(/PRIVATE|Avery|Bay|kintsugi/i);
    }
    const titled = await download(a, `/api/v1/memories/${id}/calendar?with=title`);
    expect(titled.text).toContain('SUMMARY:PRIVATE-TITLE dinner');
    expect((await download(a, `/api/v1/memories/${id}/calendar?with=all`)).status).toBe(400);

    const at = '2027-03-20T18:30:00.000Z';
    await b.client.post(`/api/v1/memories/${id}/suggest`, { on: at });
    const timed = await download(b, `/api/v1/memories/${id}/calendar`);
    expect(timed.text).toContain('DTSTART:20270320T183000Z');
    expect(timed.text).toContain('DURATION:PT150M'); // the idea takes an evening
    expect(timed.text).toContain(`UID:${id}`);
    const stranger = await server.person('Stranger');
    expect((await download(stranger, `/api/v1/memories/${id}/calendar`)).status).toBe(404);
  });

  it('a third person gets 404 everywhere, like a missing one, and RLS hides every row', async () => {
    const [a, b] = await couple();
    const id = await pastMemory(a, b, 'SECRET-TITLE');
    await a.client.request('PUT', `/api/v1/memories/${id}/line`, { text: 'SECRET-LINE' });
    const stranger = await server.person('Stranger');
    for (const [method, path, body] of [
      ['GET', '', undefined],
      ['POST', '/confirm', undefined],
      ['POST', '/suggest', { on: day(1) }],
      ['PUT', '/line', { text: 'x' }],
      ['DELETE', '', undefined],
      ['DELETE', '/photo', undefined],
    ] as const) {
      const real = await stranger.client.request(method, `/api/v1/memories/${id}${path}`, body);
      const never = await stranger.client.request(method, `/api/v1/memories/${NEVER}${path}`, body);
      expect(real.status, `${method} ${path}`).toBe(404);
      expect(real.text).toBe(never.text);
    }
    expect((await stranger.client.get('/api/v1/memories')).body.memories).toEqual([]);
    const rows = await server.db.withUser(hashToken(stranger.client.cookie!), (ctx) =>
      queryRows(
        ctx.tx,
        sql`select (select count(*) from memories)::int as m, (select count(*) from memory_lines)::int as l, (select count(*) from memory_photos)::int as p`,
      ),
    );
    expect(rows).toEqual([{ m: 0, l: 0, p: 0 }]);
  });

  it('the planner calls it off with nothing of the partner’s in it; not once the partner wrote a line', async () => {
    const [a, b] = await couple();
    const plan = await a.client.post('/api/v1/memories', { title: 'Cinema', on: day(2) });
    const id = plan.body.memory.id as string;
    expect((await b.client.delete(`/api/v1/memories/${id}`)).status).toBe(403);
    expect((await a.client.delete(`/api/v1/memories/${id}`)).status).toBe(204);
    expect((await b.client.get(`/api/v1/memories/${id}`)).status).toBe(404);
    const marks = (await a.client.get('/api/v1/timeline')).body.events as { kind: string }[];
    expect(marks.filter((m) => m.kind.startsWith('memory'))).toEqual([]);

    const kept = await pastMemory(a, b);
    await b.client.request('PUT', `/api/v1/memories/${kept}/line`, { text: 'B keeps this' });
    const refused = await a.client.delete(`/api/v1/memories/${kept}`);
    expect(refused.status).toBe(409);
    expect((await b.client.get(`/api/v1/memories/${kept}`)).body.lines.mine).toBe('B keeps this');
  });

  it('while paused, in solo mode or alone nothing shared is planned or sent; the partner cannot tell solo mode', async () => {
    const [a, b] = await couple();
    const id = (await a.client.post('/api/v1/memories', { title: 'Tea', on: day(2) })).body.memory
      .id as string;
    await server.db.withSystem((tx) =>
      queryRows(
        tx,
        sql`insert into space_pauses (couple_id, started_by) select couple_id, person_id from memberships where person_id = ${a.id}`,
      ),
    );
    expect((await a.client.get('/api/v1/memories')).body.canShare).toBe(false);
    const paused = await a.client.post('/api/v1/memories', { title: 'Walk', on: day(3) });
    expect(paused.status).toBe(409);
    expect(paused.body.error.message).toMatch(/paused/);
    expect((await b.client.post(`/api/v1/memories/${id}/confirm`)).status).toBe(409);
    // Today keeps shared items out while paused.
    expect(await waitingMemories(b)).toEqual([]);
    await server.db.withSystem((tx) =>
      queryRows(tx, sql`update space_pauses set ended_at = now() where ended_at is null`),
    );

    // B uses Kintsugi alone: B cannot plan, and A's view of B is the same as before.
    const before = (await a.client.get('/api/v1/memories')).body;
    await server.db.withSystem((tx) =>
      queryRows(tx, sql`insert into solo_modes (person_id) values (${b.id})`),
    );
    expect((await b.client.post('/api/v1/memories', { title: 'Walk', on: day(3) })).status).toBe(
      409,
    );
    expect((await b.client.get('/api/v1/memories')).body.canShare).toBe(false);
    expect((await a.client.get('/api/v1/memories')).body).toEqual(before);

    const alone = await server.person('Alone');
    await alone.client.post('/api/v1/couple');
    const lonely = await alone.client.post('/api/v1/memories', { title: 'Walk', on: day(3) });
    expect(lonely.status).toBe(409);
    expect(lonely.body.error.message).toMatch(/partner/);
  });

  it('pages by cursor, newest first, and the export holds every one', async () => {
    const [a] = await couple();
    for (let i = 0; i < 32; i++)
      expect(
        (await a.client.post('/api/v1/memories', { title: `M${i}-TITLE`, on: day(1) })).status,
      ).toBe(201);
    const first = await a.client.get('/api/v1/memories');
    expect(first.body.memories).toHaveLength(30);
    expect(first.body.memories[0].title).toBe('M31-TITLE');
    const second = await a.client.get(`/api/v1/memories?before=${first.body.next}`);
    expect(second.body.memories.map((m: { title: string }) => m.title)).toEqual([
      'M1-TITLE',
      'M0-TITLE',
    ]);
    expect(second.body.next).toBeNull();
    expect((await a.client.get('/api/v1/memories?before=nonsense!')).status).toBe(400);
    const exported = (await a.client.get('/api/v1/export')).text;
    expect(exported).toContain('M0-TITLE');
    expect(exported).toContain('M31-TITLE');
  });

  it('refuses a photo route call from another site, and keeps private words out of the logs', async () => {
    const [a, b] = await couple();
    const id = await pastMemory(a, b, 'LOG-SECRET title');
    const res = await server.app.inject({
      method: 'PUT',
      url: `/api/v1/memories/${id}/photo`,
      headers: {
        origin: 'https://evil.example',
        cookie: `${server.cookieName}=${a.client.cookie}`,
        'content-type': 'application/json',
      },
      payload: JSON.stringify({ image: (await photoWithExif(10, 10)).toString('base64') }),
    });
    expect(res.statusCode).toBe(403);
    expect(TEST_ORIGIN).not.toBe('https://evil.example');
    await a.client.request('PUT', `/api/v1/memories/${id}/line`, { text: 'LOG-SECRET line' });
    expect(server.logs.join('')).not.toContain('LOG-SECRET');
  });
});

import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getToday } from '../features/today/get-today.server.ts';
import { queryRows } from '../platform/db/database.ts';
import { hashToken } from '../platform/server/session-token.ts';
import { dayWords, oneDayOfUse, type Call } from '../platform/testing/day-of-use.ts';
import {
  startTestServer,
  TestClient,
  type TestPerson,
  type TestServer,
} from '../platform/testing/test-server.ts';
import { features } from './server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ features });
});
afterAll(() => server.close());

const PASSWORD = 'a long enough phrase';

/** A person signed up through the API, so they have a real password. */
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

async function pair(a: TestPerson, b: TestPerson): Promise<string> {
  const created = await a.client.post('/api/v1/couple');
  const invite = await a.client.post('/api/v1/couple/invites');
  expect((await b.client.post('/api/v1/couple/join', { code: invite.body.code })).status).toBe(200);
  return created.body.id;
}

/** A healing-timeline mark written as `person` under their own RLS, like a feature would. */
const mark = (
  person: TestPerson,
  coupleId: string,
  label: string,
  visibility: 'private' | 'shared',
) =>
  server.db.withUser(hashToken(person.client.cookie!), ({ tx, userId }) =>
    tx.execute(
      sql`insert into timeline_events (couple_id, author_id, visibility, kind, label) values (${coupleId}, ${userId}, ${visibility}, 'test', ${label})`,
    ),
  );
const marksSeenBy = async (person: TestPerson): Promise<string[]> =>
  (await server.db.withUser(hashToken(person.client.cookie!), async ({ tx }) =>
    (await queryRows<{ label: string }>(tx, sql`select label from timeline_events`)).map(
      (r) => r.label,
    ),
  )) ?? [];
const coupleIdsOf = (person: TestPerson) =>
  server.db.withUser(hashToken(person.client.cookie!), async ({ tx }) => ({
    now: (await queryRows<{ id: string }>(tx, sql`select app_my_couple_ids() as id`)).map(
      (r) => r.id,
    ),
    ever: (await queryRows<{ id: string }>(tx, sql`select app_my_any_couple_ids() as id`)).map(
      (r) => r.id,
    ),
  }));

/** Every row of every table in public, as text, seen by the owner: for "is it gone?". */
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

describe('leaving a couple', () => {
  it('splits the data: nothing of mine for the former partner, each keeps their own, history stays, a calm notice', async () => {
    const a = await server.person('Ari');
    const b = await server.person('Bo');
    const coupleId = await pair(a, b);
    await mark(a, coupleId, 'ari shared', 'shared');
    await mark(a, coupleId, 'ari private', 'private');
    await mark(b, coupleId, 'bo shared', 'shared');
    expect((await marksSeenBy(b)).sort()).toEqual(['ari shared', 'bo shared']);

    expect((await b.client.post('/api/v1/couple/leave')).status).toBe(204);

    // The very next request: neither reads what the other shared; each keeps their own.
    expect((await marksSeenBy(a)).sort()).toEqual(['ari private', 'ari shared']);
    expect(await marksSeenBy(b)).toEqual(['bo shared']);
    // The space closed for both; what was made together stays readable as history.
    expect(await coupleIdsOf(a)).toEqual({ now: [], ever: [coupleId] });
    expect(await coupleIdsOf(b)).toEqual({ now: [], ever: [coupleId] });
    expect((await a.client.get('/api/v1/couple')).status).toBe(404);
    // Nobody can be let into that history, and no new shared thing can be added to it.
    const added = await server.db
      .withUser(hashToken(a.client.cookie!), ({ tx, userId }) =>
        tx.execute(
          sql`insert into timeline_events (couple_id, author_id, kind, label) values (${coupleId}, ${userId}, 'test', 'after')`,
        ),
      )
      .then(
        () => 'inserted',
        () => 'refused',
      );
    expect(added).toBe('refused');

    // The one who stays gets a plain notice without reasons; the one who left gets none.
    const notices = await a.client.get('/api/v1/notices');
    expect(notices.body.notices).toEqual([
      expect.objectContaining({
        kind: 'partner_left',
        message: 'Your partner left the shared space.',
      }),
    ]);
    expect((await b.client.get('/api/v1/notices')).body.notices).toEqual([]);
    const waiting = await server.db.withUser(hashToken(a.client.cookie!), (ctx) =>
      features.find((f) => f.name === 'dataRights')!.waiting!(ctx),
    );
    expect(waiting).toEqual([
      expect.objectContaining({ title: 'Your partner left the shared space.', href: '/space' }),
    ]);
    expect(
      (await b.client.post(`/api/v1/notices/${notices.body.notices[0].id}/dismiss`)).status,
    ).toBe(404);
    expect(
      (await a.client.post(`/api/v1/notices/${notices.body.notices[0].id}/dismiss`)).status,
    ).toBe(204);
    expect((await a.client.get('/api/v1/notices')).body.notices).toEqual([]);

    // Coming back together needs a new space and a new invitation.
    const fresh = await pair(a, b);
    expect(fresh).not.toBe(coupleId);
    expect((await marksSeenBy(b)).sort()).toEqual(['bo shared']);
  });

  it('ends the former partner’s reach on every route that reads couple data', async () => {
    const a = await server.person('Ari');
    const b = await server.person('Bo');
    await pair(a, b);
    await b.client.post('/api/v1/couple/leave');
    for (const route of server.routes.filter(
      (r) => r.method === 'GET' && /couple|time-apart/.test(r.url),
    )) {
      const res = await b.client.get(route.url.replace(':id', crypto.randomUUID()));
      // The app's own question "am I in a space?" answers no rather than 404 (decision 121).
      if (route.url === '/api/v1/couple/current') expect(res.body).toEqual({ couple: null });
      else expect([404], route.url).toContain(res.status);
    }
  });
});

describe('time apart on Today', () => {
  it('quiets shared reminders for both while the space is paused', async () => {
    const a = await server.person('Ari');
    const b = await server.person('Bo');
    await pair(a, b);
    const shared = {
      id: 's1',
      kind: 'agreements.review',
      title: 'An agreement to look at again',
      href: '/agreements',
    };
    const today = features.find((f) => f.name === 'today')!;
    const module = { name: 'stand-in', routes: () => {}, waiting: async () => [shared] };
    const view = async (person: TestPerson) => {
      return server.db.withUser(hashToken(person.client.cookie!), ({ tx, userId, viewer }) =>
        getToday({ tx, userId, timeZone: viewer.timeZone, modules: [module, today] }),
      );
    };
    expect((await view(b))!.waiting.map((w) => w.id)).toEqual(['s1']);
    expect((await a.client.post('/api/v1/time-apart', {})).status).toBe(201);
    expect((await view(a))!.waiting).toEqual([]);
    expect((await view(b))!.waiting).toEqual([]);
    // Only the one who asked ends it early (decision 076).
    expect((await b.client.post('/api/v1/time-apart/end')).status).toBe(403);
    expect((await view(b))!.waiting).toEqual([]);
    await a.client.post('/api/v1/time-apart/end');
    expect((await view(b))!.waiting.map((w) => w.id)).toEqual(['s1']);
  });
});

describe('the export', () => {
  it('holds what I wrote and what was shared with me, never my partner’s private items', async () => {
    const a = await signUp('Ari');
    const b = await signUp('Bo');
    const coupleId = await pair(a, b);
    await a.client.patch('/api/v1/me', { displayName: 'Ari <script>alert(1)</script>' });
    await mark(a, coupleId, 'MINE-private-7a1', 'private');
    await mark(b, coupleId, 'PARTNER-shared-5c2', 'shared');
    await mark(b, coupleId, 'PARTNER-private-9f3', 'private');

    const json = await a.client.get('/api/v1/export');
    expect(json.status).toBe(200);
    expect(json.headers['content-disposition']).toMatch(
      /^attachment; filename="kintsugi-export-\d{4}-\d{2}-\d{2}\.json"$/,
    );
    expect(json.body).toMatchObject({ format: 'kintsugi-export', version: 1 });
    for (const feature of features.filter((f) => f.exportFor))
      expect(json.body.sections).toHaveProperty(feature.name);
    expect(json.body.sections.accounts.me.email).toBe(a.email);
    expect(json.text).toContain('MINE-private-7a1');
    expect(json.text).toContain('PARTNER-shared-5c2');
    expect(json.text).not.toContain('PARTNER-private-9f3');
    expect(json.text).not.toContain(b.email);

    const html = await a.client.get('/api/v1/export/html');
    expect(html.status).toBe(200);
    expect(html.headers['content-type']).toMatch(/^text\/html/);
    expect(html.headers['content-disposition']).toMatch(
      /^attachment; filename="kintsugi-export-.*\.html"$/,
    );
    const csp = String(html.headers['content-security-policy']);
    expect(csp).toMatch(/default-src 'none'/);
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(csp).not.toMatch(/script-src|unsafe-inline/);
    expect(html.headers['x-content-type-options']).toBe('nosniff');
    expect(html.text).toContain('<title>Your Kintsugi export</title>');
    expect(html.text).toContain('MINE-private-7a1');
    expect(html.text).toContain('PARTNER-shared-5c2');
    expect(html.text).not.toContain('PARTNER-private-9f3');
    expect(html.text).not.toContain('<script');
    expect(html.text).toContain('Ari &lt;script&gt;alert(1)&lt;/script&gt;');

    // After leaving, my own data is intact and exportable; the partner's shared items are not mine.
    await b.client.post('/api/v1/couple/leave');
    const after = await a.client.get('/api/v1/export');
    expect(after.text).toContain('MINE-private-7a1');
    expect(after.text).not.toContain('PARTNER-shared-5c2');
    expect((await server.client().get('/api/v1/export')).status).toBe(401);
  });
});

describe('our shared future in the export', () => {
  it('holds the lines, what waits and every version, in JSON and in sentences', async () => {
    const a = await signUp('Ari');
    const b = await signUp('Bo');
    await pair(a, b);
    const made = await a.client.post('/api/v1/vision/lines', { text: 'VISION-LINE <b>kind</b>' });
    await b.client.post(`/api/v1/vision/proposals/${made.body.pending[0].id}/accept`);
    await a.client.post('/api/v1/vision/sign', { draft: 1 });
    await b.client.post('/api/v1/vision/sign', { draft: 1 });
    await b.client.post('/api/v1/vision/lines', { text: 'VISION-WAITING' });

    const json = (await a.client.get('/api/v1/export')).body.sections.vision;
    expect(json.lines).toEqual([expect.objectContaining({ text: 'VISION-LINE <b>kind</b>' })]);
    expect(json.pending).toEqual([expect.objectContaining({ text: 'VISION-WAITING' })]);
    expect(json.versions).toEqual([expect.objectContaining({ number: 1, ours: true })]);
    const html = (await a.client.get('/api/v1/export/html')).text;
    expect(html).toContain('Our shared future');
    expect(html).toContain('Version 1, signed by you both');
    expect(html).toContain('VISION-LINE &lt;b&gt;kind&lt;/b&gt;');
    expect(html).toContain('VISION-WAITING');
    expect(html).not.toContain('<b>kind');
  });
});

describe('the readable export after a day of use', () => {
  const caller =
    (person: TestPerson): Call =>
    (method, url, body) =>
      person.client.request(method, url, body);

  it('reads as sentences in my own words, escaped, without my partner’s private items', async () => {
    const [ana, ben] = await server.couple(['Ana', 'Ben']);
    await oneDayOfUse(caller(ana), caller(ben));
    const res = await ana.client.get('/api/v1/export/html');
    expect(res.status).toBe(200);
    const html = res.text;
    // My words, in sentences and as letters, conversations and statements.
    expect(html).toContain('This speaks to you strongly.');
    expect(html).toContain(dayWords.reflectionNote);
    expect(html).toContain('You said you broke the trust.');
    expect(html).toContain('From Ana to Ben');
    expect(html).toContain('<p dir="auto">I keep thinking about the bench by the river.</p>');
    expect(html).toContain('From Ben to Ana');
    expect(html).toContain(dayWords.letterBack);
    expect(html).toContain('You said');
    expect(html).toContain('Ben reflected back');
    expect(html).toContain('Your statement to Ben');
    expect(html).toContain(dayWords.ownershipWill);
    expect(html).toContain('The words you both said yes to');
    expect(html).toContain('Ben said yes to version 1');
    expect(html).toContain(dayWords.promise);
    expect(html).toContain('Face it and own it:</span> Working on it');
    expect(html).toContain(dayWords.checkinNeed);
    expect(html).toMatch(/<svg class="chart"/);
    expect(html).toContain('Your safety check (only yours)');
    expect(html).toContain('Nothing Ben kept private is here');
    // Not a data dump.
    for (const raw of [
      'Pattern distance',
      'Level some',
      'Answers',
      '2 3 2 4 3',
      'Created at',
      'Is mine',
      'Latest yes',
    ])
      expect(html, raw).not.toContain(raw);
    // Never the partner's private items.
    expect(html).not.toContain(dayWords.partnerPrivateJournal);
    expect(html).not.toContain(dayWords.partnerPrivateCheckinNote);
    // Ben's own export has his private journal and Ana's letter, never her journal.
    const his = (await ben.client.get('/api/v1/export/html')).text;
    expect(his).toContain(dayWords.partnerPrivateJournal);
    expect(his).toContain('From Ana to Ben');
    expect(his).not.toContain('The kitchen was quiet');
    // What Ana shared of her reflection reads to him in words about her.
    expect(his).toContain('What Ana shared with you');
    expect(his).toContain('This speaks to them strongly.');
    expect(his).toContain(dayWords.reflectionNote);
  });
});

describe('deleting an account', () => {
  it('needs the password, removes everything I wrote at once, keeps my partner’s, and tells them calmly', async () => {
    const a = await signUp('Ari');
    const b = await signUp('Bo');
    const coupleId = await pair(a, b);
    await mark(a, coupleId, 'PLANTED-ari-private-31', 'private');
    await mark(a, coupleId, 'PLANTED-ari-shared-32', 'shared');
    await mark(b, coupleId, 'bo keeps this', 'private');
    const second = new TestClient(server);
    await second.post('/api/v1/auth/sign-in', { email: a.email, password: PASSWORD });

    const wrong = await a.client.post('/api/v1/me/delete', { password: 'not my password' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.fields).toHaveProperty('password');
    expect(await everything()).toContain('PLANTED-ari-private-31');

    const done = await a.client.post('/api/v1/me/delete', { password: PASSWORD });
    expect(done.status).toBe(204);
    const all = await everything();
    expect(all).not.toContain('PLANTED-ari');
    expect(all).not.toContain(a.email);
    // The id stays only as a tombstone that names nobody (decision 052).
    const tombstone = await server.db.withOwner((tx) =>
      queryRows<{
        email: string;
        display_name: string;
        password_hash: string;
        closed_at: string | null;
      }>(
        tx,
        sql`select email, display_name, password_hash, closed_at from people where id = ${a.id}`,
      ),
    );
    expect(tombstone).toEqual([
      {
        email: `closed-${a.id}@closed.invalid`,
        display_name: 'A closed account',
        password_hash: '',
        closed_at: expect.anything(),
      },
    ]);
    expect((await a.client.get('/api/v1/me')).status).toBe(401);
    expect((await second.get('/api/v1/me')).status).toBe(401);
    expect(
      (await server.client().post('/api/v1/auth/sign-in', { email: a.email, password: PASSWORD }))
        .status,
    ).toBe(401);

    expect(await marksSeenBy(b)).toEqual(['bo keeps this']);
    expect((await b.client.get('/api/v1/notices')).body.notices).toEqual([
      expect.objectContaining({
        kind: 'partner_deleted',
        message: expect.stringMatching(/closed their Kintsugi account/),
      }),
    ]);
    expect(await coupleIdsOf(b)).toEqual({ now: [], ever: [coupleId] });
  });
});

describe('account safety', () => {
  it('keeps an activity log for its owner only and shows what is new since last time', async () => {
    const a = await signUp('Ari');
    const phone = new TestClient(server);
    const signIn = await phone.request(
      'POST',
      '/api/v1/auth/sign-in',
      { email: a.email, password: PASSWORD },
      { 'user-agent': 'Mozilla/5.0 (Linux; Android 14) Chrome/120.0' },
    );
    expect(signIn.status).toBe(200);
    expect(
      (
        await phone.post('/api/v1/me/password', {
          currentPassword: PASSWORD,
          newPassword: 'a brand new phrase',
        })
      ).status,
    ).toBe(200);
    await phone.post('/api/v1/auth/sign-out');

    // The first device was signed out by the password change; signing in again shows what happened.
    expect((await a.client.get('/api/v1/me')).status).toBe(401);
    await a.client.post('/api/v1/auth/sign-in', { email: a.email, password: 'a brand new phrase' });
    const activity = await a.client.get('/api/v1/me/activity');
    expect(activity.status).toBe(200);
    const items = activity.body.items as {
      kind: string;
      device: string;
      isNew: boolean;
      isThisDevice: boolean;
    }[];
    expect(items.map((i) => i.kind)).toEqual([
      'signed_in',
      'signed_out',
      'password_changed',
      // The phone is a browser this account had not used: a new device (decision 085).
      'new_device_signed_in',
      'account_created',
    ]);
    // Making the account was this person, here: it is the log's first line, never "new".
    expect(items.map((i) => i.isNew)).toEqual([false, true, true, true, false]);
    expect(items[0]!.isThisDevice).toBe(true);
    expect(items[3]!.device).toBe('Chrome on Android');
    expect(JSON.stringify(activity.body)).not.toMatch(/127\.0\.0\.1|::1|ip/i);

    expect((await a.client.post('/api/v1/me/activity/seen')).status).toBe(204);
    expect(
      (await a.client.get('/api/v1/me/activity')).body.items.some(
        (i: { isNew: boolean }) => i.isNew,
      ),
    ).toBe(false);

    const stranger = await server.person('Stranger');
    expect((await stranger.client.get('/api/v1/me/activity')).body.items).toEqual([]);
  });

  it('starts the log with the account being made, on this device, so it is never empty', async () => {
    const a = await signUp('Ari');
    const items = (await a.client.get('/api/v1/me/activity')).body.items;
    expect(items).toEqual([
      expect.objectContaining({ kind: 'account_created', isNew: false, isThisDevice: true }),
    ]);
  });

  it('changes the email only with the current password, and never to another account’s', async () => {
    const a = await signUp('Ari');
    const b = await signUp('Bo');
    const fresh = `new.${crypto.randomUUID()}@example.test`;
    const wrong = await a.client.post('/api/v1/me/email', {
      currentPassword: 'not it',
      newEmail: fresh,
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.code).toBe('wrong_password');
    expect((await a.client.get('/api/v1/me')).body.email).toBe(a.email);
    expect(
      (
        await a.client.post('/api/v1/me/email', {
          currentPassword: PASSWORD,
          newEmail: b.email.toUpperCase(),
        })
      ).status,
    ).toBe(409);
    const ok = await a.client.post('/api/v1/me/email', {
      currentPassword: PASSWORD,
      newEmail: fresh,
    });
    expect(ok.status).toBe(200);
    expect(ok.body.email).toBe(fresh);
    expect(
      (await server.client().post('/api/v1/auth/sign-in', { email: fresh, password: PASSWORD }))
        .status,
    ).toBe(200);
    const kinds = (await a.client.get('/api/v1/me/activity')).body.items.map(
      (i: { kind: string }) => i.kind,
    );
    expect(kinds).toContain('email_changed');
  });
});

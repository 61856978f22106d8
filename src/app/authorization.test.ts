import { createECDH, createHash, randomBytes, randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../platform/db/database.ts';
import { SoftAuthenticator } from '../platform/testing/soft-authenticator.ts';
import {
  startTestServer,
  TEST_ORIGIN,
  TestClient,
  type TestPerson,
  type TestServer,
} from '../platform/testing/test-server.ts';
import { features } from './server.ts';
import { deviceIdFromDigest } from '../features/reminders/reminders.schema.ts';

/**
 * Walks every route as four people: nobody, the owner of the thing, the owner's partner, and a
 * stranger from another couple. A route without an expectation here fails the suite.
 *
 * A world: owner and partner share a space; the stranger has a space of their own (and an open
 * invite). A route that needs something to exist makes it in `setup` (as the owner, through the
 * API or the database) and returns ids for `url` and `body`; a write runs `setup` again for
 * every actor, so each acts on a thing of its own.
 *
 * Worlds cost requests, so they are shared where nothing can spoil them (decision 163): every
 * read walks one world made once for the file; every write gets one world of its own, which its
 * four actors share in the order anonymous, stranger, partner, owner. A write whose actors would
 * change what the next one sees (`worldPerActor`) gets a fresh world for each actor, as before.
 * A shared world is checked whole (both partners in their space, no session locked) before the
 * partner acts, so a partner's `404` can never pass because the partner had already left.
 */
type Actor = 'anonymous' | 'owner' | 'partner' | 'stranger';
interface World {
  server: TestServer;
  owner: TestPerson;
  partner: TestPerson;
  stranger: TestPerson;
  coupleId: string;
  strangerInviteCode: string;
}
type Ids = Record<string, string>;
interface Expectation {
  expect: Record<Actor, number>;
  setup?: (world: World) => Promise<Ids>;
  url?: (ids: Ids, world: World) => string;
  body?: (ids: Ids, world: World) => unknown;
  /** The route's own actors would change what the next one sees: a fresh world for each. */
  worldPerActor?: true;
}

const all = (status: number) => ({
  anonymous: status,
  owner: status,
  partner: status,
  stranger: status,
});
const signedIn = (status: number, others: Partial<Record<Actor, number>> = {}) => ({
  anonymous: 401,
  owner: status,
  partner: status,
  stranger: status,
  ...others,
});

/** A well-formed passkey answer to a challenge nobody made. */
function softAssertion() {
  const authenticator = new SoftAuthenticator(TEST_ORIGIN);
  authenticator.create({ challenge: 'AAAA', rp: { id: 'localhost' }, user: { id: 'AAAA' } });
  return authenticator.get({ challenge: 'AAAA', rpId: 'localhost' });
}

const agreementDraft = {
  title: 'Phones away at dinner',
  dailyLife: 'We both leave our phones in the hall.',
  reviewOn: new Date(Date.now() + 28 * 86_400_000).toISOString().slice(0, 10),
};

const ownershipParts = {
  whatIDid: 'I lied about where I was.',
  howItHurt: 'You stopped feeling safe.',
  whatIWillDo: 'I will tell you where I am.',
};

/** A browser's push subscription, as `PushSubscription.toJSON()` gives it. */
function pushDevice() {
  const ecdh = createECDH('prime256v1');
  return {
    endpoint: `http://127.0.0.1:9/push/${randomUUID()}`,
    keys: {
      p256dh: ecdh.generateKeys().toString('base64url'),
      auth: randomBytes(16).toString('base64url'),
    },
  };
}

/** A line the owner proposed to the partner in their shared future. */
async function visionProposal(w: World): Promise<Ids> {
  const made = await w.owner.client.post('/api/v1/vision/lines', { text: 'Slow mornings.' });
  return { id: made.body.pending[0].id };
}

/** A day some days from now (negative: ago), as YYYY-MM-DD. */
const dayFromNow = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
/** A 1×1 JPEG, as base64. */
const TINY_JPEG =
  '/9j/2wBDAAYEBQYFBAYGBQYHBwYIChAKCgkJChQODwwQFxQYGBcUFhYaHSUfGhsjHBYWICwgIyYnKSopGR8tMC0oMCUoKSj/2wBDAQcHBwoIChMKChMoGhYaKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCj/wAARCAABAAEDASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAj/xAAUEAEAAAAAAAAAAAAAAAAAAAAA/8QAFAEBAAAAAAAAAAAAAAAAAAAAAP/EABQRAQAAAAAAAAAAAAAAAAAAAAD/2gAMAwEAAhEDEQA/AKpAB//Z';
/** The owner plans a time together, some days from now. */
async function plannedMemory(w: World, days: number): Promise<string> {
  const made = await w.owner.client.post('/api/v1/memories', {
    title: 'A short walk',
    on: dayFromNow(days),
  });
  return made.body.memory.id as string;
}
/** A memory from yesterday both said yes to; with the owner's photo when asked. */
async function rememberedMemory(w: World, photo = false): Promise<string> {
  const id = await plannedMemory(w, -1);
  await w.partner.client.post(`/api/v1/memories/${id}/confirm`);
  if (photo)
    await w.owner.client.request('PUT', `/api/v1/memories/${id}/photo`, { image: TINY_JPEG });
  return id;
}

const expectations: Record<string, Expectation> = {
  'GET /api/health': { expect: all(200) },
  'GET /api/openapi.json': { expect: all(200) },
  'POST /api/v1/auth/sign-up': {
    expect: all(201),
    body: () => ({
      email: `new.${randomUUID()}@example.test`,
      password: 'a long enough phrase',
      displayName: 'New',
    }),
  },
  'POST /api/v1/auth/sign-in': {
    expect: all(401),
    body: (_ids, w) => ({ email: w.owner.email, password: 'wrong password' }),
  },
  'POST /api/v1/auth/sign-out': { expect: all(204) },
  // Anyone may ask for a link for any address (the mail goes only to that address).
  'POST /api/v1/auth/forgot-password': {
    expect: all(202),
    body: (_ids, w) => ({ email: w.owner.email }),
  },
  'POST /api/v1/auth/reset-password': {
    expect: all(400),
    body: () => ({ token: 'A'.repeat(43), newPassword: 'another long phrase' }),
  },
  // A made-up link changes nothing, for anyone (decision 085).
  'POST /api/v1/auth/confirm-email': {
    expect: all(400),
    body: () => ({ token: 'A'.repeat(43) }),
  },
  // The same answer whether or not this browser started a sign-up.
  'POST /api/v1/auth/sign-up/resend': { expect: all(202) },
  'GET /api/v1/session': { expect: all(200) },
  'GET /api/v1/me': { expect: signedIn(200) },
  'GET /api/v1/me/reminders': { expect: signedIn(200) },
  'PATCH /api/v1/me/reminders': {
    expect: signedIn(200),
    body: () => ({ kinds: { letter: true } }),
  },
  // My first steps are mine alone: only the owner's row is read or changed.
  'GET /api/v1/me/first-week': { expect: signedIn(200) },
  'PATCH /api/v1/me/first-week': {
    expect: signedIn(200),
    body: () => ({ step: { id: 'reflection', setAside: true } }),
  },
  // A mail app's one click: no session; an unknown token changes nothing and answers the same.
  'POST /api/v1/reminders/unsubscribe': {
    expect: all(200),
    url: () => `/api/v1/reminders/unsubscribe?token=${'A'.repeat(43)}`,
  },
  // Push: the key to subscribe with, and my own devices (the endpoint is on loopback: tests only).
  'GET /api/v1/push/key': { expect: signedIn(200) },
  'POST /api/v1/me/push-subscriptions': { expect: signedIn(201), body: () => pushDevice() },
  'DELETE /api/v1/me/push-subscriptions/:id': {
    expect: { anonymous: 401, owner: 204, partner: 404, stranger: 404 },
    setup: async (w) => {
      const device = pushDevice();
      await w.owner.client.post('/api/v1/me/push-subscriptions', device);
      return { id: deviceIdFromDigest(createHash('sha256').update(device.endpoint).digest()) };
    },
    url: (ids) => `/api/v1/me/push-subscriptions/${ids.id}`,
  },
  // The same address pasted into a browser: a page that asks first, whoever opens it.
  'GET /api/v1/reminders/unsubscribe': {
    expect: all(303),
    url: () => `/api/v1/reminders/unsubscribe?token=${'A'.repeat(43)}`,
  },
  'PATCH /api/v1/me': { expect: signedIn(200), body: () => ({ displayName: 'Renamed' }) },
  'POST /api/v1/me/password': {
    expect: signedIn(400),
    body: () => ({ currentPassword: 'not the password', newPassword: 'another long phrase' }),
  },
  'GET /api/v1/me/sessions': { expect: signedIn(200) },
  // The app lock (decision 132). Test people have no password hash, so the password checks fail.
  'GET /api/v1/me/app-lock': { expect: signedIn(200) },
  'PUT /api/v1/me/app-lock': {
    expect: signedIn(400),
    body: () => ({ currentPassword: 'not the password', secret: '482916' }),
  },
  'PATCH /api/v1/me/app-lock': { expect: signedIn(409), body: () => ({ idleMinutes: 5 }) },
  'POST /api/v1/me/app-lock/remove': {
    expect: signedIn(400),
    body: () => ({ currentPassword: 'not the password' }),
  },
  'POST /api/v1/lock': { expect: signedIn(409) },
  'POST /api/v1/lock/unlock': { expect: signedIn(409), body: () => ({ secret: '482916' }) },
  'DELETE /api/v1/me/sessions/:id': {
    expect: { anonymous: 401, owner: 204, partner: 404, stranger: 404 },
    setup: async (w) => ({
      id: (await w.owner.client.get('/api/v1/me/sessions')).body.sessions[0].id,
    }),
    url: (ids) => `/api/v1/me/sessions/${ids.id}`,
  },
  'POST /api/v1/me/sessions/end-others': { expect: signedIn(200) },
  'POST /api/v1/couple': { expect: signedIn(409) },
  'GET /api/v1/couple': { expect: signedIn(200) },
  'GET /api/v1/couple/current': { expect: signedIn(200) },
  'POST /api/v1/couple/invites': { expect: signedIn(409, { stranger: 201 }) },
  'GET /api/v1/couple/invites': { expect: signedIn(200) },
  'DELETE /api/v1/couple/invites/:id': {
    expect: { anonymous: 401, owner: 204, partner: 204, stranger: 404 },
    setup: async (w) =>
      w.server.db.withSystem(async (tx) => {
        const [row] = await queryRows<{ id: string }>(
          tx,
          sql`insert into invites (couple_id, created_by, code_hash, expires_at) values (${w.coupleId}, ${w.owner.id}, ${randomUUID()}, now() + interval '1 day') returning id`,
        );
        return { id: row!.id };
      }),
    url: (ids) => `/api/v1/couple/invites/${ids.id}`,
  },
  'POST /api/v1/couple/join': {
    expect: signedIn(409),
    body: (_ids, w) => ({ code: w.strangerInviteCode }),
  },
  'POST /api/v1/couple/leave': {
    // Once the partner has left, the owner's leaving is not the same request (404).
    worldPerActor: true,
    expect: signedIn(204),
  },
  'GET /api/v1/checkins/today': { expect: signedIn(200) },
  'PUT /api/v1/checkins/today': {
    expect: signedIn(200),
    body: () => ({ emotions: ['calm'], safety: 5, trust: 5, connection: 5, visibility: 'private' }),
  },
  'DELETE /api/v1/checkins/today': {
    expect: { anonymous: 401, owner: 204, partner: 404, stranger: 404 },
    setup: async (w) => {
      await w.owner.client.request('PUT', '/api/v1/checkins/today', {
        emotions: ['calm'],
        safety: 5,
        trust: 5,
        connection: 5,
        visibility: 'shared',
      });
      return {};
    },
  },
  'GET /api/v1/checkins/daily': { expect: signedIn(200) },
  'GET /api/v1/checkins/weekly': { expect: signedIn(200) },
  'PUT /api/v1/checkins/weekly': {
    expect: signedIn(200, { stranger: 409 }),
    body: () => ({ appreciated: 'the walk' }),
  },
  'POST /api/v1/checkins/weekly/:id/replies': {
    // Once the partner has replied, the owner's setup cannot write this week's answer again.
    worldPerActor: true,
    expect: { anonymous: 401, owner: 404, partner: 200, stranger: 404 },
    setup: async (w) => {
      const mine = await w.owner.client.request('PUT', '/api/v1/checkins/weekly', {
        appreciated: 'the walk',
      });
      await w.partner.client.request('PUT', '/api/v1/checkins/weekly', { hard: 'the evenings' });
      return { id: mine.body.current.mine.id };
    },
    url: (ids) => `/api/v1/checkins/weekly/${ids.id}/replies`,
    body: () => ({ item: 'appreciated', body: 'Me too.' }),
  },
  'PUT /api/v1/checkins/weekly/settings': {
    // The partner's change moves the settings past the version the owner sends (409).
    worldPerActor: true,
    expect: signedIn(200),
    body: () => ({ weekday: 2, version: 0 }),
  },
  'GET /api/v1/timeline': { expect: signedIn(200) },
  // The method: reflection, path, safety, Today (issue 3).
  'GET /api/v1/reflection': { expect: signedIn(200) },
  'POST /api/v1/reflection/takes': {
    expect: signedIn(201),
    body: () => ({
      answers: {
        insecurity: [1, 2, 3, 4, 5],
        distance: [3, 3, 3, 3, 3],
        secrecy: [1, 1, 1, 1, 1],
        infidelity: [5, 5, 5, 5, 5],
      },
    }),
  },
  'PUT /api/v1/reflection/takes/:id/sharing': {
    expect: { anonymous: 401, owner: 200, partner: 404, stranger: 404 },
    setup: async (w) => {
      const take = await w.owner.client.post('/api/v1/reflection/takes', {
        answers: {
          insecurity: [1, 2, 3, 4, 5],
          distance: [3, 3, 3, 3, 3],
          secrecy: [1, 1, 1, 1, 1],
          infidelity: [5, 5, 5, 5, 5],
        },
      });
      return { id: take.body.id };
    },
    url: (ids) => `/api/v1/reflection/takes/${ids.id}/sharing`,
    body: () => ({ patterns: ['distance'], includeNotes: false }),
  },
  'DELETE /api/v1/reflection/takes/:id': {
    expect: { anonymous: 401, owner: 204, partner: 404, stranger: 404 },
    setup: async (w) => {
      const take = await w.owner.client.post('/api/v1/reflection/takes', {
        answers: {
          insecurity: [1, 2, 3, 4, 5],
          distance: [3, 3, 3, 3, 3],
          secrecy: [1, 1, 1, 1, 1],
          infidelity: [5, 5, 5, 5, 5],
        },
      });
      await w.owner.client.request('PUT', `/api/v1/reflection/takes/${take.body.id}/sharing`, {
        patterns: ['distance'],
        includeNotes: false,
      });
      return { id: take.body.id };
    },
    url: (ids) => `/api/v1/reflection/takes/${ids.id}`,
  },
  'PUT /api/v1/reflection/stance': {
    expect: signedIn(200),
    body: () => ({ stance: 'both', shared: true }),
  },
  'GET /api/v1/reflection/partner': { expect: signedIn(200) },
  'GET /api/v1/path': { expect: signedIn(200) },
  'GET /api/v1/path/stages/:stage': {
    expect: signedIn(200),
    url: () => '/api/v1/path/stages/grieve',
  },
  'PUT /api/v1/path/stages/:stage': {
    expect: signedIn(200),
    url: () => '/api/v1/path/stages/grieve',
    body: () => ({ status: 'working', version: 0 }),
  },
  'GET /api/v1/safety': { expect: signedIn(200) },
  'POST /api/v1/safety/checks': {
    expect: signedIn(201),
    body: () => ({ humiliated: 'no', afraid: 'no', forced: 'no', hurt: 'unsaid' }),
  },
  'DELETE /api/v1/safety/checks/:id': {
    expect: { anonymous: 401, owner: 204, partner: 404, stranger: 404 },
    setup: async (w) => {
      const check = await w.owner.client.post('/api/v1/safety/checks', {
        humiliated: 'no',
        afraid: 'no',
        forced: 'no',
        hurt: 'no',
      });
      return { id: check.body.id };
    },
    url: (ids) => `/api/v1/safety/checks/${ids.id}`,
  },
  'POST /api/v1/safety/offer/set-aside': { expect: signedIn(204) },
  'POST /api/v1/safety/solo': { expect: signedIn(200) },
  'DELETE /api/v1/safety/solo': { expect: signedIn(200) },
  'GET /api/v1/today': { expect: signedIn(200) },
  'PUT /api/v1/today/act': {
    expect: signedIn(200),
    body: () => ({ actId: 'face-1', outcome: 'done' }),
  },
  'DELETE /api/v1/today/act': { expect: signedIn(200) },
  // Safety and data rights (issue 7)
  'POST /api/v1/me/email': {
    expect: signedIn(400),
    body: () => ({
      currentPassword: 'not the password',
      newEmail: `n.${randomUUID()}@example.test`,
    }),
  },
  'POST /api/v1/me/delete': {
    expect: signedIn(400),
    body: () => ({ password: 'not the password' }),
  },
  'GET /api/v1/me/activity': { expect: signedIn(200) },
  'POST /api/v1/me/activity/seen': { expect: signedIn(204) },
  // Passkeys and the second step of a sign-in (decisions 130, 131).
  'POST /api/v1/auth/passkey/options': { expect: all(200) },
  'POST /api/v1/auth/passkey': {
    expect: all(400),
    body: () => ({ challengeId: randomUUID(), credential: softAssertion() }),
  },
  'POST /api/v1/auth/second-factor/totp': {
    expect: all(401),
    body: () => ({ pendingToken: 'A'.repeat(43), code: '123456' }),
  },
  'POST /api/v1/auth/second-factor/recovery-code': {
    expect: all(401),
    body: () => ({ pendingToken: 'A'.repeat(43), recoveryCode: 'abcd-efgh-jkmn-pqrs' }),
  },
  'POST /api/v1/auth/second-factor/passkey/options': {
    expect: all(401),
    body: () => ({ pendingToken: 'A'.repeat(43) }),
  },
  'POST /api/v1/auth/second-factor/passkey': {
    expect: all(401),
    body: () => ({
      pendingToken: 'A'.repeat(43),
      challengeId: randomUUID(),
      credential: softAssertion(),
    }),
  },
  'GET /api/v1/me/second-factors': { expect: signedIn(200) },
  'POST /api/v1/me/recheck': {
    expect: signedIn(400),
    body: () => ({ password: 'not the password' }),
  },
  'POST /api/v1/me/passkeys/options': { expect: signedIn(200) },
  'POST /api/v1/me/passkeys': {
    // A challenge that was never made (or was someone else's) answers alike.
    expect: signedIn(400),
    body: () => ({
      challengeId: randomUUID(),
      name: 'My phone',
      credential: new SoftAuthenticator(TEST_ORIGIN).create({
        challenge: 'AAAA',
        rp: { id: 'localhost' },
        user: { id: 'AAAA' },
      }),
    }),
  },
  'DELETE /api/v1/me/passkeys/:id': {
    expect: { anonymous: 401, owner: 204, partner: 404, stranger: 404 },
    setup: async (w) => {
      const options = await w.owner.client.post('/api/v1/me/passkeys/options');
      const added = await w.owner.client.post('/api/v1/me/passkeys', {
        challengeId: options.body.challengeId,
        name: 'My phone',
        credential: new SoftAuthenticator(TEST_ORIGIN).create(options.body.options),
      });
      return { id: added.body.passkey.id };
    },
    url: (ids) => `/api/v1/me/passkeys/${ids.id}`,
  },
  'POST /api/v1/me/totp': { expect: signedIn(200) },
  'POST /api/v1/me/totp/confirm': { expect: signedIn(400), body: () => ({ code: '000000' }) },
  'DELETE /api/v1/me/totp': { expect: signedIn(404) },
  'POST /api/v1/me/recovery-codes': { expect: signedIn(409) },
  'GET /api/v1/time-apart': { expect: signedIn(200) },
  'POST /api/v1/time-apart': {
    // Once the partner has asked for time apart, the space is already apart (409).
    worldPerActor: true,
    expect: signedIn(201),
    body: () => ({}),
  },
  'POST /api/v1/time-apart/end': {
    // Only the one who asked ends it early; the other partner is told so (issue 12).
    expect: { anonymous: 401, owner: 204, partner: 403, stranger: 404 },
    setup: async (w) => {
      await w.owner.client.post('/api/v1/time-apart', {});
      return {};
    },
  },
  'GET /api/v1/notices': { expect: signedIn(200) },
  'POST /api/v1/notices/:id/dismiss': {
    expect: { anonymous: 401, owner: 204, partner: 404, stranger: 404 },
    setup: async (w) =>
      w.server.db.withSystem(async (tx) => {
        const [row] = await queryRows<{ id: string }>(
          tx,
          sql`insert into couple_notices (couple_id, person_id, kind) values (${w.coupleId}, ${w.owner.id}, 'partner_left') returning id`,
        );
        return { id: row!.id };
      }),
    url: (ids) => `/api/v1/notices/${ids.id}/dismiss`,
  },
  'GET /api/v1/export': { expect: signedIn(200) },
  'GET /api/v1/export/html': { expect: signedIn(200) },
  // Journal, letters, conversations and ownership statements (issue 6).
  'GET /api/v1/journal': { expect: signedIn(200) },
  'POST /api/v1/journal/search': { expect: signedIn(200), body: () => ({ q: 'x' }) },
  'POST /api/v1/journal': { expect: signedIn(201), body: () => ({ body: 'Only mine.' }) },
  'GET /api/v1/journal/:id': {
    expect: { anonymous: 401, owner: 200, partner: 404, stranger: 404 },
    setup: async (w) => ({
      id: (await w.owner.client.post('/api/v1/journal', { body: 'Only mine.' })).body.id,
    }),
    url: (ids) => `/api/v1/journal/${ids.id}`,
  },
  'PATCH /api/v1/journal/:id': {
    expect: { anonymous: 401, owner: 200, partner: 404, stranger: 404 },
    setup: async (w) => ({
      id: (await w.owner.client.post('/api/v1/journal', { body: 'Only mine.' })).body.id,
    }),
    url: (ids) => `/api/v1/journal/${ids.id}`,
    body: () => ({ body: 'Still only mine.' }),
  },
  'DELETE /api/v1/journal/:id': {
    expect: { anonymous: 401, owner: 204, partner: 404, stranger: 404 },
    setup: async (w) => ({
      id: (await w.owner.client.post('/api/v1/journal', { body: 'Only mine.' })).body.id,
    }),
    url: (ids) => `/api/v1/journal/${ids.id}`,
  },
  'GET /api/v1/letters': { expect: signedIn(200) },
  'POST /api/v1/letters': {
    expect: signedIn(201, { stranger: 409 }),
    body: () => ({ body: 'Dear you', send: 'draft' }),
  },
  'GET /api/v1/letters/:id': {
    expect: { anonymous: 401, owner: 200, partner: 200, stranger: 404 },
    setup: async (w) => ({
      id: (await w.owner.client.post('/api/v1/letters', { body: 'Dear you', send: 'now' })).body.id,
    }),
    url: (ids) => `/api/v1/letters/${ids.id}`,
  },
  'PATCH /api/v1/letters/:id': {
    expect: { anonymous: 401, owner: 200, partner: 404, stranger: 404 },
    setup: async (w) => ({
      id: (await w.owner.client.post('/api/v1/letters', { body: 'Dear you', send: 'draft' })).body
        .id,
    }),
    url: (ids) => `/api/v1/letters/${ids.id}`,
    body: () => ({ body: 'Dear you, again', send: 'draft' }),
  },
  'DELETE /api/v1/letters/:id': {
    expect: { anonymous: 401, owner: 204, partner: 404, stranger: 404 },
    setup: async (w) => ({
      id: (await w.owner.client.post('/api/v1/letters', { body: 'Dear you', send: 'draft' })).body
        .id,
    }),
    url: (ids) => `/api/v1/letters/${ids.id}`,
  },
  'POST /api/v1/letters/:id/read': {
    expect: { anonymous: 401, owner: 404, partner: 204, stranger: 404 },
    setup: async (w) => ({
      id: (await w.owner.client.post('/api/v1/letters', { body: 'Dear you', send: 'now' })).body.id,
    }),
    url: (ids) => `/api/v1/letters/${ids.id}/read`,
  },
  // Waves (issue 17): the stranger's space has no partner, so a shared wave has nowhere to go.
  'GET /api/v1/waves': { expect: signedIn(200) },
  'POST /api/v1/waves': {
    expect: signedIn(201, { stranger: 409 }),
    body: () => ({ need: 'space', note: 'Only mine.' }),
  },
  'POST /api/v1/waves/:id/here': {
    expect: { anonymous: 401, owner: 404, partner: 200, stranger: 404 },
    setup: async (w) => ({
      id: (await w.owner.client.post('/api/v1/waves', { need: 'held' })).body.wave.id,
    }),
    url: (ids) => `/api/v1/waves/${ids.id}/here`,
  },
  'GET /api/v1/waves/plan': { expect: signedIn(200) },
  'PUT /api/v1/waves/plan': {
    expect: signedIn(200),
    body: () => ({ helps: 'A walk', ask: 'Stay near', avoid: 'Explaining' }),
  },
  'GET /api/v1/waves/live': { expect: signedIn(200) },
  // The daily question (issue 17): each reads and answers their own day; the stranger, alone in
  // their space, gets a question just for them. Nobody can reach another's answer by id.
  'GET /api/v1/questions/today': { expect: signedIn(200) },
  'PUT /api/v1/questions/today': {
    expect: signedIn(200),
    body: () => ({ answer: 'A walk after dinner.' }),
  },
  'GET /api/v1/questions': { expect: signedIn(200) },
  'GET /api/v1/questions/live': { expect: signedIn(200) },
  // Our shared future (issue 17): the stranger's space has no partner, so nothing is sent from it;
  // someone else's proposal answers 404 before anything about the stranger's own space.
  'GET /api/v1/vision': { expect: signedIn(200) },
  'POST /api/v1/vision/lines': {
    expect: signedIn(201, { stranger: 409 }),
    body: () => ({ text: 'Sunday mornings are slow.' }),
  },
  ...Object.fromEntries(
    (
      [
        ['accept', 200, 403],
        ['decline', 200, 403],
        ['withdraw', 403, 200],
      ] as const
    ).map(([action, partner, owner]) => [
      `POST /api/v1/vision/proposals/:id/${action}`,
      {
        expect: { anonymous: 401, owner, partner, stranger: 404 },
        setup: visionProposal,
        url: (ids: Ids) => `/api/v1/vision/proposals/${ids.id}/${action}`,
      },
    ]),
  ),
  'POST /api/v1/vision/proposals/:id/reword': {
    expect: { anonymous: 401, owner: 403, partner: 201, stranger: 404 },
    setup: visionProposal,
    url: (ids) => `/api/v1/vision/proposals/${ids.id}/reword`,
    body: () => ({ text: 'Sunday mornings are slow and kind.' }),
  },
  'POST /api/v1/vision/sign': {
    expect: signedIn(200, { stranger: 409 }),
    // Each actor's setup adds and accepts a line, so the draft to sign is 1 only in a fresh world.
    worldPerActor: true,
    setup: async (w) => {
      const { id } = await visionProposal(w);
      await w.partner.client.post(`/api/v1/vision/proposals/${id}/accept`);
      return {};
    },
    body: () => ({ draft: 1 }),
  },
  'PUT /api/v1/vision/revisit': {
    expect: signedIn(200, { stranger: 409 }),
    body: () => ({ on: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10) }),
  },
  // Memories (issue 17): the stranger's space has no partner to plan with.
  'GET /api/v1/memories': { expect: signedIn(200) },
  'POST /api/v1/memories': {
    expect: signedIn(201, { stranger: 409 }),
    body: () => ({ title: 'A short walk', on: dayFromNow(3) }),
  },
  'GET /api/v1/memories/:id': {
    expect: { anonymous: 401, owner: 200, partner: 200, stranger: 404 },
    setup: async (w) => ({ id: await plannedMemory(w, 3) }),
    url: (ids) => `/api/v1/memories/${ids.id}`,
  },
  'POST /api/v1/memories/:id/confirm': {
    expect: { anonymous: 401, owner: 409, partner: 200, stranger: 404 },
    setup: async (w) => ({ id: await plannedMemory(w, 3) }),
    url: (ids) => `/api/v1/memories/${ids.id}/confirm`,
  },
  'POST /api/v1/memories/:id/suggest': {
    expect: { anonymous: 401, owner: 409, partner: 200, stranger: 404 },
    setup: async (w) => ({ id: await plannedMemory(w, 3) }),
    url: (ids) => `/api/v1/memories/${ids.id}/suggest`,
    body: () => ({ on: dayFromNow(4) }),
  },
  'PUT /api/v1/memories/:id/line': {
    expect: { anonymous: 401, owner: 200, partner: 200, stranger: 404 },
    setup: async (w) => ({ id: await rememberedMemory(w) }),
    url: (ids) => `/api/v1/memories/${ids.id}/line`,
    body: () => ({ text: 'The light on the water' }),
  },
  'PUT /api/v1/memories/:id/photo': {
    expect: { anonymous: 401, owner: 200, partner: 200, stranger: 404 },
    setup: async (w) => ({ id: await rememberedMemory(w) }),
    url: (ids) => `/api/v1/memories/${ids.id}/photo`,
    body: () => ({ image: TINY_JPEG }),
  },
  'GET /api/v1/memories/:id/photo': {
    expect: { anonymous: 401, owner: 200, partner: 200, stranger: 404 },
    setup: async (w) => ({ id: await rememberedMemory(w, true) }),
    url: (ids) => `/api/v1/memories/${ids.id}/photo`,
  },
  'DELETE /api/v1/memories/:id/photo': {
    expect: { anonymous: 401, owner: 200, partner: 403, stranger: 404 },
    setup: async (w) => ({ id: await rememberedMemory(w, true) }),
    url: (ids) => `/api/v1/memories/${ids.id}/photo`,
  },
  'DELETE /api/v1/memories/:id': {
    expect: { anonymous: 401, owner: 204, partner: 403, stranger: 404 },
    setup: async (w) => ({ id: await plannedMemory(w, 3) }),
    url: (ids) => `/api/v1/memories/${ids.id}`,
  },
  'GET /api/v1/memories/:id/calendar': {
    expect: { anonymous: 401, owner: 200, partner: 200, stranger: 404 },
    setup: async (w) => ({ id: await plannedMemory(w, 3) }),
    url: (ids) => `/api/v1/memories/${ids.id}/calendar`,
  },
  'GET /api/v1/talks': { expect: signedIn(200) },
  'POST /api/v1/talks': {
    expect: signedIn(201, { stranger: 409 }),
    body: () => ({ topicId: 'hurt-most', firstSpeaker: 'me' }),
  },
  'GET /api/v1/talks/:id': {
    expect: { anonymous: 401, owner: 200, partner: 200, stranger: 404 },
    setup: async (w) => ({
      id: (await w.owner.client.post('/api/v1/talks', { topicId: 'hurt-most', firstSpeaker: 'me' }))
        .body.id,
    }),
    url: (ids) => `/api/v1/talks/${ids.id}`,
  },
  'GET /api/v1/talks/:id/live': {
    expect: { anonymous: 401, owner: 200, partner: 200, stranger: 404 },
    setup: async (w) => ({
      id: (await w.owner.client.post('/api/v1/talks', { topicId: 'hurt-most', firstSpeaker: 'me' }))
        .body.id,
    }),
    url: (ids) => `/api/v1/talks/${ids.id}/live`,
  },
  'POST /api/v1/talks/:id/turns': {
    expect: { anonymous: 401, owner: 200, partner: 409, stranger: 404 },
    setup: async (w) => ({
      id: (await w.owner.client.post('/api/v1/talks', { topicId: 'hurt-most', firstSpeaker: 'me' }))
        .body.id,
    }),
    url: (ids) => `/api/v1/talks/${ids.id}/turns`,
    body: () => ({ version: 1, kind: 'answer', body: 'In my words.' }),
  },
  'POST /api/v1/talks/:id/pause': {
    expect: { anonymous: 401, owner: 200, partner: 200, stranger: 404 },
    setup: async (w) => ({
      id: (await w.owner.client.post('/api/v1/talks', { topicId: 'hurt-most', firstSpeaker: 'me' }))
        .body.id,
    }),
    url: (ids) => `/api/v1/talks/${ids.id}/pause`,
    body: () => ({ version: 1, until: new Date(Date.now() + 3_600_000).toISOString() }),
  },
  'POST /api/v1/talks/:id/resume': {
    expect: { anonymous: 401, owner: 200, partner: 409, stranger: 404 },
    setup: async (w) => {
      const id = (
        await w.owner.client.post('/api/v1/talks', { topicId: 'hurt-most', firstSpeaker: 'me' })
      ).body.id;
      await w.owner.client.post(`/api/v1/talks/${id}/pause`, {
        version: 1,
        until: new Date(Date.now() + 3_600_000).toISOString(),
      });
      return { id };
    },
    url: (ids) => `/api/v1/talks/${ids.id}/resume`,
    body: () => ({ version: 2 }),
  },
  'POST /api/v1/talks/:id/end': {
    expect: { anonymous: 401, owner: 200, partner: 200, stranger: 404 },
    setup: async (w) => ({
      id: (await w.owner.client.post('/api/v1/talks', { topicId: 'hurt-most', firstSpeaker: 'me' }))
        .body.id,
    }),
    url: (ids) => `/api/v1/talks/${ids.id}/end`,
    body: () => ({ version: 1 }),
  },
  'GET /api/v1/ownership': { expect: signedIn(200) },
  'POST /api/v1/ownership': {
    expect: signedIn(201, { stranger: 409 }),
    body: () => ownershipParts,
  },
  'GET /api/v1/ownership/:id': {
    expect: { anonymous: 401, owner: 200, partner: 200, stranger: 404 },
    setup: async (w) => ({
      id: (await w.owner.client.post('/api/v1/ownership', ownershipParts)).body.id,
    }),
    url: (ids) => `/api/v1/ownership/${ids.id}`,
  },
  'POST /api/v1/ownership/:id/versions': {
    expect: { anonymous: 401, owner: 201, partner: 404, stranger: 404 },
    setup: async (w) => ({
      id: (await w.owner.client.post('/api/v1/ownership', ownershipParts)).body.id,
    }),
    url: (ids) => `/api/v1/ownership/${ids.id}/versions`,
    body: () => ownershipParts,
  },
  'POST /api/v1/ownership/:id/answers': {
    expect: { anonymous: 401, owner: 404, partner: 201, stranger: 404 },
    setup: async (w) => {
      const created = (await w.owner.client.post('/api/v1/ownership', ownershipParts)).body;
      return { id: created.id, versionId: created.versions[0].id };
    },
    url: (ids) => `/api/v1/ownership/${ids.id}/answers`,
    body: (ids) => ({ versionId: ids.versionId, landed: 'That you said it plainly.', missing: '' }),
  },
  // Agreements and promises (issue 5).
  'GET /api/v1/agreements': { expect: signedIn(200) },
  'POST /api/v1/agreements': { expect: signedIn(201), body: () => agreementDraft },
  'GET /api/v1/agreements/:id': {
    expect: { anonymous: 401, owner: 200, partner: 200, stranger: 404 },
    setup: async (w) => ({
      id: (await w.owner.client.post('/api/v1/agreements', agreementDraft)).body.id,
    }),
    url: (ids) => `/api/v1/agreements/${ids.id}`,
  },
  'POST /api/v1/agreements/:id/versions': {
    expect: { anonymous: 401, owner: 201, partner: 201, stranger: 404 },
    setup: async (w) => ({
      id: (await w.owner.client.post('/api/v1/agreements', agreementDraft)).body.id,
    }),
    url: (ids) => `/api/v1/agreements/${ids.id}/versions`,
    body: () => ({ ...agreementDraft, baseVersion: 1 }),
  },
  'POST /api/v1/agreements/:id/actions': {
    expect: { anonymous: 401, owner: 409, partner: 200, stranger: 404 },
    setup: async (w) => ({
      id: (await w.owner.client.post('/api/v1/agreements', agreementDraft)).body.id,
    }),
    url: (ids) => `/api/v1/agreements/${ids.id}/actions`,
    body: () => ({ action: 'accept', version: 1 }),
  },
  'GET /api/v1/promises': { expect: signedIn(200) },
  'POST /api/v1/promises': { expect: signedIn(201), body: () => ({ text: 'Call at lunch' }) },
  'GET /api/v1/promises/ledger': { expect: signedIn(200) },
  'PUT /api/v1/promises/miss-sharing': { expect: signedIn(200), body: () => ({ shared: true }) },
  'GET /api/v1/promises/:id': {
    expect: { anonymous: 401, owner: 200, partner: 200, stranger: 404 },
    setup: async (w) => ({
      id: (await w.owner.client.post('/api/v1/promises', { text: 'Call at lunch' })).body.id,
    }),
    url: (ids) => `/api/v1/promises/${ids.id}`,
  },
  'POST /api/v1/promises/notices/seen': {
    expect: signedIn(200),
    body: () => ({ through: new Date().toISOString() }),
  },
  'POST /api/v1/promises/:id/actions': {
    expect: { anonymous: 401, owner: 200, partner: 409, stranger: 404 },
    setup: async (w) => ({
      id: (await w.owner.client.post('/api/v1/promises', { text: 'Call at lunch' })).body.id,
    }),
    url: (ids) => `/api/v1/promises/${ids.id}/actions`,
    body: () => ({ action: 'keep', version: 1 }),
  },
};

let server: TestServer;
/** What each route answered each actor, for the check of the API document below. */
const observed: Record<string, Record<string, number>> = {};
beforeAll(async () => {
  server = await startTestServer({ features });
});
afterAll(() => server.close());

async function makeWorld(): Promise<World> {
  const owner = await server.person('Owner');
  const partner = await server.person('Partner');
  const stranger = await server.person('Stranger');
  const couple = await owner.client.post('/api/v1/couple');
  const invite = await owner.client.post('/api/v1/couple/invites');
  await partner.client.post('/api/v1/couple/join', { code: invite.body.code });
  await stranger.client.post('/api/v1/couple');
  const strangerInvite = await stranger.client.post('/api/v1/couple/invites');
  return {
    server,
    owner,
    partner,
    stranger,
    coupleId: couple.body.id,
    strangerInviteCode: strangerInvite.body.code,
  };
}

/**
 * Fails unless the world is as `makeWorld` made it: owner and partner signed in to their space,
 * the stranger elsewhere, no session locked. Without it, a route that spoiled a
 * shared world could make a later route's `404` pass for the wrong reason.
 */
async function expectWhole(world: World, before: string): Promise<void> {
  const spaces = await Promise.all(
    [world.owner, world.partner, world.stranger].map(async (person) => {
      const res = await person.client.get('/api/v1/couple');
      return res.status === 200 ? (res.body?.id as string | undefined) : `status ${res.status}`;
    }),
  );
  const locked = await server.db.withOwner((tx) =>
    queryRows<{ n: number }>(
      tx,
      sql`select count(*)::int as n from sessions where locked_at is not null and person_id in (${world.owner.id}, ${world.partner.id}, ${world.stranger.id})`,
    ),
  );
  expect(
    { owner: spaces[0], partner: spaces[1], strangerApart: spaces[2] !== world.coupleId },
    `the shared world was spoiled before ${before}`,
  ).toEqual({ owner: world.coupleId, partner: world.coupleId, strangerApart: true });
  expect(locked[0]!.n, `a session was locked before ${before}`).toBe(0);
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Runs the route's setup and fails if it did not make what the route needs (an id missing). */
async function setUp(expectation: Expectation, world: World, key: string): Promise<Ids> {
  const ids = (await expectation.setup?.(world)) ?? {};
  for (const [name, id] of Object.entries(ids))
    expect(id, `${key}: the setup made no ${name}`).toEqual(expect.any(String));
  return ids;
}
const ACTORS: Actor[] = ['anonymous', 'stranger', 'partner', 'owner'];

describe('authorization of every route', () => {
  /** One world for every read: reading changes nothing another actor or route could see. */
  let readers: World;
  beforeAll(async () => {
    readers = await makeWorld();
  });

  it('has an expectation for every route, and a route for every expectation', () => {
    const keys = server.routes.map((r) => `${r.method} ${r.url}`).sort();
    expect(keys).toEqual(Object.keys(expectations).sort());
  });

  for (const [key, expectation] of Object.entries(expectations)) {
    it(key, async () => {
      const [method, path] = key.split(' ') as [Method, string];
      const seen: Record<string, number> = {};
      if (method === 'GET') {
        await expectWhole(readers, key);
        const ids = await setUp(expectation, readers, key);
        const url = expectation.url?.(ids, readers) ?? path;
        for (const actor of ACTORS) {
          const client = actor === 'anonymous' ? server.client() : readers[actor].client;
          seen[actor] = (await client.request(method, url)).status;
        }
      } else {
        let world: World | undefined;
        for (const actor of ACTORS) {
          if (!world || expectation.worldPerActor) world = await makeWorld();
          // The partner's answer is the one a leak would change: the stranger's try must not
          // have moved the partner out of the space (or into the stranger's) before it.
          else if (actor === 'partner') await expectWhole(world, `${key} as the partner`);
          const ids = await setUp(expectation, world, key);
          const url = expectation.url?.(ids, world) ?? path;
          const client = actor === 'anonymous' ? server.client() : world[actor].client;
          const res = await client.request(method, url, expectation.body?.(ids, world));
          seen[actor] = res.status;
        }
      }
      observed[key] = seen;
      expect(seen).toEqual(expectation.expect);
    });
  }

  it('reading every route left the shared world whole', () => expectWhole(readers, 'the end'));

  // Runs after the walk: the document must promise what the routes did, nothing less.
  it('the API document lists every error the walk saw, and a session exactly where one is needed', () => {
    type Operation = { security?: unknown[]; responses: Record<string, unknown> };
    const doc = server.app.swagger() as unknown as {
      security: unknown[];
      paths: Record<string, Record<string, Operation>>;
    };
    expect(Object.keys(observed).length).toBeGreaterThan(0);
    for (const [key, seen] of Object.entries(observed)) {
      const [method, path] = key.split(' ') as [string, string];
      if (path === '/api/openapi.json') continue;
      const operation = doc.paths[path.replace(/:(\w+)/g, '{$1}')]?.[method.toLowerCase()];
      expect(operation, key).toBeDefined();
      for (const status of Object.values(seen)) {
        expect(Object.keys(operation!.responses), `${key} answered ${status}`).toContain(
          String(status),
        );
      }
      const security = operation!.security ?? doc.security;
      const documentedAsNeeded =
        security.length > 0 && security.every((s) => Object.keys(s as object).length > 0);
      const needed = seen.anonymous === 401 && Object.values(seen).some((status) => status !== 401);
      expect(documentedAsNeeded, `${key} needs a session: ${needed}`).toBe(needed);
    }
  });
});

/**
 * The app lock (decision 132): the same walk with the owner's session locked. Every route that
 * needs a session answers 423 `locked` (and so reads and writes nothing), except the few the
 * lock screen needs; routes open to no one answer the locked owner as they answer no one.
 */
/** Whether the API document says the route needs a session (the walk above checks it is true). */
function documentedAsNeedingSession(method: string, path: string): boolean {
  type Operation = { security?: unknown[] };
  const doc = server.app.swagger() as unknown as {
    security: unknown[];
    paths: Record<string, Record<string, Operation>>;
  };
  if (path === '/api/openapi.json') return false;
  const operation = doc.paths[path.replace(/:(\w+)/g, '{$1}')]?.[method.toLowerCase()];
  const security = operation?.security ?? doc.security;
  return security.length > 0 && security.every((s) => Object.keys(s as object).length > 0);
}

describe('a locked session, on every route', () => {
  const WHILE_LOCKED: Record<string, number> = {
    'POST /api/v1/auth/sign-out': 204,
    'POST /api/v1/lock': 409, // no PIN set for this test person: "set a PIN first"
    'POST /api/v1/lock/unlock': 401, // locked with no PIN to open it: the session ends
  };
  /**
   * A world of its own for these: sign-out and unlock end the locked session, and time apart's
   * setup puts the space apart (after which a letter, a talk or a promise cannot be made).
   */
  const OWN_WORLD = new Set([
    'POST /api/v1/auth/sign-out',
    'POST /api/v1/lock/unlock',
    'POST /api/v1/time-apart/end',
  ]);
  /** Locked, a request reads and writes nothing, so one world serves every other route. */
  let shared: World;
  beforeAll(async () => {
    shared = await makeWorld();
  });
  const lock = (world: World, locked: boolean) =>
    server.db.withOwner((tx) =>
      tx.execute(
        locked
          ? sql`update sessions set locked_at = now() where person_id = ${world.owner.id}`
          : sql`update sessions set locked_at = null where person_id = ${world.owner.id}`,
      ),
    );
  for (const [key, expectation] of Object.entries(expectations)) {
    it(key, async () => {
      const [method, path] = key.split(' ') as [Method, string];
      let world = shared;
      if (OWN_WORLD.has(key)) world = await makeWorld();
      else {
        await lock(world, false);
        await expectWhole(world, key);
      }
      const ids = await setUp(expectation, world, key);
      const url = expectation.url?.(ids, world) ?? path;
      await lock(world, true);
      // The owner's session in a browser of its own: a cookie the route sets (a sign-up's new
      // session) stays with this request and does not change who the owner is for the next.
      const client = new TestClient(server);
      client.cookie = world.owner.client.cookie;
      const res = await client.request(method, url, expectation.body?.(ids, world));
      const needsSession = documentedAsNeedingSession(method, path);
      const expected = WHILE_LOCKED[key] ?? (needsSession ? 423 : expectation.expect.anonymous);
      expect(res.status).toBe(expected);
      if (expected === 423) expect(res.body.error.code).toBe('locked');
    });
  }
});

import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import {
  activityAnswer,
  passwordChanged,
  sessionAnswer,
  sessionsAnswer,
  sessionsEnded,
  userAnswer,
  type Me,
} from '../features/accounts/accounts.schema.ts';
import { appLockSettings, lockState } from '../features/accounts/app-lock.schema.ts';
import { changeEmailAnswer } from '../features/accounts/confirm.schema.ts';
import type { secondFactorNeeded } from '../features/accounts/second-factor.schema.ts';
import {
  passkeyAdded,
  recheckAnswer,
  recoveryCodesOut,
  secondFactorStatus,
  totpConfirmed,
  totpSetup,
} from '../features/accounts/second-factor.schema.ts';
import {
  couple,
  createdInvite,
  currentCoupleAnswer,
  openInvitesAnswer,
} from '../features/couples/couples.schema.ts';
import { noticesAnswer } from '../features/data-rights/data-rights.schema.ts';
import { timeApartStatus } from '../features/time-apart/time-apart.schema.ts';
import { conversation, statement, talkVersion } from '../features/talks/talks.schema.ts';
import { sample, type Schema } from '../platform/testing/sample-body.ts';
import {
  startTestServer,
  type TestClient,
  type TestPerson,
  type TestServer,
} from '../platform/testing/test-server.ts';
import type { AppLockChoice } from '../platform/web/app-lock.ts';
import type { accountsApi } from '../features/accounts/ui/accounts-api.ts';
import type { appLockApi } from '../features/accounts/ui/app-lock-api.ts';
import type { accountSafetyApi } from '../features/accounts/ui/account-safety-api.ts';
import type { factorsApi } from '../features/accounts/ui/second-factor-api.ts';
import type { couplesApi } from '../features/couples/ui/couples-api.ts';
import type { dataRightsApi } from '../features/data-rights/ui/data-rights-api.ts';
import type { timeApartApi } from '../features/time-apart/ui/time-apart-api.ts';
import type { talksApi } from '../features/talks/ui/talks-api.ts';
import { features } from './server.ts';

/**
 * The answers the web app reads are typed from the zod schemas the routes declare (issue #18).
 * Fastify already checks every answer against its declared schema when it serializes it
 * (`serializerCompiler` from fastify-type-provider-zod: an answer that does not fit is a 500,
 * never sent), so what the server sends and the schema agree by construction. What can still
 * drift is the client: a type written by hand beside the schema. This file holds both ends:
 *
 * - a walk as a couple through the main screens' GETs and the common writes parses every 2xx
 *   answer with the schema its route declares for that status, read from the route registry;
 * - the client calls' types are the `z.output` of the very schema object the route declares
 *   (`toBe` on the registry, `expectTypeOf` at compile time, checked by `npm run typecheck`).
 */

// Types only (erased): the clients import the browser's fetch wrapper, not loaded here.
type Clients = {
  accounts: typeof accountsApi;
  appLock: typeof appLockApi;
  accountSafety: typeof accountSafetyApi;
  factors: typeof factorsApi;
  couples: typeof couplesApi;
  notices: typeof dataRightsApi;
  timeApart: typeof timeApartApi;
  talks: typeof talksApi;
};
type Answer<F> = F extends (...args: never[]) => Promise<infer T> ? T : never;
type Out<S extends z.ZodType> = z.output<S>;

/** Which schema each client call's type comes from: the route, its status, the schema object. */
const contracts: [route: string, status: number, schema: unknown][] = [
  ['GET /api/v1/session', 200, sessionAnswer],
  ['POST /api/v1/auth/sign-in', 200, undefined], // a union of userAnswer and the second step
  ['POST /api/v1/auth/second-factor/totp', 200, userAnswer],
  ['PATCH /api/v1/me', 200, undefined], // `me`, checked below by its type
  ['POST /api/v1/me/password', 200, passwordChanged],
  ['POST /api/v1/auth/reset-password', 200, passwordChanged],
  ['GET /api/v1/me/sessions', 200, sessionsAnswer],
  ['POST /api/v1/me/sessions/end-others', 200, sessionsEnded],
  ['GET /api/v1/me/activity', 200, activityAnswer],
  ['POST /api/v1/me/email', 200, changeEmailAnswer],
  ['GET /api/v1/me/app-lock', 200, appLockSettings],
  ['POST /api/v1/lock/unlock', 200, lockState],
  ['GET /api/v1/me/second-factors', 200, secondFactorStatus],
  ['POST /api/v1/me/recheck', 200, recheckAnswer],
  ['POST /api/v1/me/passkeys', 201, passkeyAdded],
  ['POST /api/v1/me/totp', 200, totpSetup],
  ['POST /api/v1/me/totp/confirm', 200, totpConfirmed],
  ['POST /api/v1/me/recovery-codes', 200, recoveryCodesOut],
  ['GET /api/v1/couple/current', 200, currentCoupleAnswer],
  ['POST /api/v1/couple', 201, couple],
  ['POST /api/v1/couple/invites', 201, createdInvite],
  ['GET /api/v1/couple/invites', 200, openInvitesAnswer],
  ['POST /api/v1/couple/join', 200, couple],
  ['GET /api/v1/notices', 200, noticesAnswer],
  ['GET /api/v1/time-apart', 200, timeApartStatus],
  ['POST /api/v1/time-apart', 201, timeApartStatus],
  ['GET /api/v1/talks/:id', 200, conversation],
  ['GET /api/v1/talks/:id/live', 200, talkVersion],
  ['GET /api/v1/ownership/:id', 200, statement],
];

// The same pairs at compile time: each client call answers exactly its route's schema output.
expectTypeOf<Answer<Clients['accounts']['session']>>().toEqualTypeOf<Out<typeof sessionAnswer>>();
expectTypeOf<Answer<Clients['accounts']['signIn']>>().toEqualTypeOf<
  Out<typeof userAnswer> | Out<typeof secondFactorNeeded>
>();
expectTypeOf<Answer<Clients['factors']['secondStepCode']>>().toEqualTypeOf<
  Out<typeof userAnswer>
>();
expectTypeOf<Answer<Clients['accounts']['update']>>().toEqualTypeOf<Me>();
expectTypeOf<Answer<Clients['accounts']['changePassword']>>().toEqualTypeOf<
  Out<typeof passwordChanged>
>();
expectTypeOf<Answer<Clients['accounts']['sessions']>>().toEqualTypeOf<Out<typeof sessionsAnswer>>();
expectTypeOf<Answer<Clients['accounts']['endOtherSessions']>>().toEqualTypeOf<
  Out<typeof sessionsEnded>
>();
expectTypeOf<Answer<Clients['accountSafety']['activity']>>().toEqualTypeOf<
  Out<typeof activityAnswer>
>();
expectTypeOf<Answer<Clients['accountSafety']['changeEmail']>>().toEqualTypeOf<
  Out<typeof changeEmailAnswer>
>();
expectTypeOf<Answer<Clients['appLock']['get']>>().toEqualTypeOf<Out<typeof appLockSettings>>();
expectTypeOf<Answer<Clients['appLock']['unlock']>>().toEqualTypeOf<Out<typeof lockState>>();
expectTypeOf<Answer<Clients['factors']['status']>>().toEqualTypeOf<
  Out<typeof secondFactorStatus>
>();
expectTypeOf<Answer<Clients['factors']['recheck']>>().toEqualTypeOf<Out<typeof recheckAnswer>>();
expectTypeOf<Answer<Clients['factors']['addPasskey']>>().toEqualTypeOf<Out<typeof passkeyAdded>>();
expectTypeOf<Answer<Clients['factors']['startTotp']>>().toEqualTypeOf<Out<typeof totpSetup>>();
expectTypeOf<Answer<Clients['factors']['confirmTotp']>>().toEqualTypeOf<
  Out<typeof totpConfirmed>
>();
expectTypeOf<Answer<Clients['factors']['renewRecoveryCodes']>>().toEqualTypeOf<
  Out<typeof recoveryCodesOut>
>();
expectTypeOf<Answer<Clients['couples']['get']>>().toEqualTypeOf<
  Out<typeof currentCoupleAnswer>['couple']
>();
expectTypeOf<Answer<Clients['couples']['create']>>().toEqualTypeOf<Out<typeof couple>>();
expectTypeOf<Answer<Clients['couples']['createInvite']>>().toEqualTypeOf<
  Out<typeof createdInvite>
>();
expectTypeOf<Answer<Clients['couples']['listInvites']>>().toEqualTypeOf<
  Out<typeof openInvitesAnswer>
>();
expectTypeOf<Answer<Clients['couples']['join']>>().toEqualTypeOf<Out<typeof couple>>();
expectTypeOf<Answer<Clients['notices']['notices']>>().toEqualTypeOf<Out<typeof noticesAnswer>>();
expectTypeOf<Answer<Clients['timeApart']['get']>>().toEqualTypeOf<Out<
  typeof timeApartStatus
> | null>();
expectTypeOf<Answer<Clients['timeApart']['start']>>().toEqualTypeOf<Out<typeof timeApartStatus>>();
expectTypeOf<Answer<Clients['talks']['get']>>().toEqualTypeOf<Out<typeof conversation>>();
expectTypeOf<Answer<Clients['talks']['version']>>().toEqualTypeOf<Out<typeof talkVersion>>();
expectTypeOf<Answer<Clients['talks']['statement']>>().toEqualTypeOf<Out<typeof statement>>();
// The platform's own shape for the lock choices (platform cannot import a feature) is the
// session answer's, field for field.
expectTypeOf<NonNullable<Out<typeof sessionAnswer>['appLock']>>().toEqualTypeOf<AppLockChoice>();

type Parser = { safeParse(data: unknown): { success: boolean; error?: unknown } };
const isParser = (value: unknown): value is Parser =>
  typeof value === 'object' && value !== null && 'safeParse' in value;

let server: TestServer;
const walked = new Set<string>();
const problems: string[] = [];

/** The route a concrete address belongs to: the one without parameters first. */
function routeOf(method: string, url: string) {
  const path = url.split('?')[0]!;
  const candidates = server.routes.filter((r) => r.method === method);
  return (
    candidates.find((r) => r.url === path) ??
    candidates.find((r) => new RegExp(`^${r.url.replace(/:\w+/g, '[^/]+')}$`).test(path))
  );
}

function declared(key: string, status: number): unknown {
  const [method, url] = key.split(' ') as [string, string];
  return server.routes.find((r) => r.method === method && r.url === url)?.response?.[
    String(status)
  ];
}

/** Sends a request and parses its answer with the schema its route declares for the status. */
async function call(
  client: TestClient,
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  url: string,
  body?: unknown,
) {
  const res = await client.request(method, url, body);
  const route = routeOf(method, url);
  if (!route) throw new Error(`No route for ${method} ${url}`);
  // An answer that does not fit its schema never leaves the server: the serializer makes it a 500.
  if (res.status >= 500) problems.push(`${method} ${route.url} answered ${res.status}`);
  if (res.status >= 300) return res;
  const type = String(res.headers['content-type'] ?? '');
  const schema = route.response?.[String(res.status)];
  const key = `${method} ${route.url}`;
  // A page (the readable export) or an empty answer is not JSON the client parses.
  const json = type.includes('application/json');
  if (!json && !isParser(schema)) return res;
  if (!isParser(schema)) {
    problems.push(`${key} answered ${res.status} with no schema declared for it`);
    return res;
  }
  if (res.status !== 204 && !json) return res;
  const result = schema.safeParse(res.status === 204 ? null : JSON.parse(res.text));
  if (!result.success) problems.push(`${key} ${res.status}: ${String(result.error)}`);
  walked.add(key);
  return res;
}

/** Every body-taking write without a path parameter, with a body its request schema accepts. */
async function writeSomeOfEverything(people: TestPerson[]): Promise<Map<string, string>> {
  type Doc = {
    paths: Record<
      string,
      Record<string, { requestBody?: { content: Record<string, { schema: Schema }> } }>
    >;
  };
  const doc = server.app.swagger() as Doc;
  const skip = [
    '/api/v1/auth',
    '/api/v1/me',
    '/api/v1/lock',
    '/api/v1/couple',
    '/api/v1/time-apart',
    '/api/v1/safety/solo',
    '/api/v1/reminders/unsubscribe',
  ];
  const ids = new Map<string, string>();
  for (const person of people) {
    for (const route of server.routes) {
      if (route.url.includes(':') || skip.some((p) => route.url.startsWith(p))) continue;
      if (!['POST', 'PUT', 'PATCH'].includes(route.method)) continue;
      const method = route.method as 'POST' | 'PUT' | 'PATCH';
      const schema =
        doc.paths[route.url]?.[method.toLowerCase()]?.requestBody?.content['application/json']
          ?.schema;
      if (!schema) continue;
      for (let pick = 0; pick < 2; pick++) {
        const res = await call(
          person.client,
          method,
          route.url,
          sample(schema, `A few words from ${person.displayName}`, pick),
        );
        const id = (res.body as { id?: unknown } | undefined)?.id;
        if (res.status === 201 && typeof id === 'string') ids.set(route.url, id);
      }
    }
  }
  return ids;
}

/** The first view of every screen: each GET without a path parameter. */
const queries: Record<string, string> = {
  '/api/v1/timeline': '?range=month',
  '/api/v1/promises/ledger': '?weeks=12',
};

beforeAll(async () => {
  server = await startTestServer({ features });
}, 60_000);
afterAll(() => server.close());

describe('what the client reads is what the route declares', () => {
  it('each client call is typed by the very schema object its route declares', () => {
    for (const [key, status, schema] of contracts) {
      expect(declared(key, status), `${key} ${status} declares an answer`).toBeDefined();
      if (schema !== undefined) expect(declared(key, status), `${key} ${status}`).toBe(schema);
    }
  });

  it('parses every answer of a couple walking the main screens and common writes', async () => {
    // One of them signs up and in over HTTP, as a browser does.
    const email = `walker.${Date.now()}@example.test`;
    const password = 'a long enough password';
    const ada = server.client();
    expect(
      (
        await call(ada, 'POST', '/api/v1/auth/sign-up', {
          email,
          password,
          displayName: 'Ada',
        })
      ).status,
    ).toBe(201);
    await call(ada, 'POST', '/api/v1/auth/sign-out');
    await call(ada, 'GET', '/api/v1/session');
    expect((await call(ada, 'POST', '/api/v1/auth/sign-in', { email, password })).status).toBe(200);
    const ben = await server.person('Ben');

    // The space: none yet, then made, an invite, joined.
    await call(ada, 'GET', '/api/v1/session');
    await call(ada, 'GET', '/api/v1/couple/current');
    expect((await call(ada, 'POST', '/api/v1/couple')).status).toBe(201);
    const revoked = await call(ada, 'POST', '/api/v1/couple/invites');
    await call(ada, 'GET', '/api/v1/couple/invites');
    await call(ada, 'DELETE', `/api/v1/couple/invites/${(revoked.body as { id: string }).id}`);
    const invite = await call(ada, 'POST', '/api/v1/couple/invites');
    expect(
      (
        await call(ben.client, 'POST', '/api/v1/couple/join', {
          code: (invite.body as { code: string }).code,
        })
      ).status,
    ).toBe(200);
    await call(ben.client, 'GET', '/api/v1/couple/current');

    // The account screen.
    await call(ada, 'PATCH', '/api/v1/me', { displayName: 'Ada L' });
    await call(ada, 'GET', '/api/v1/me/activity');
    await call(ada, 'POST', '/api/v1/me/activity/seen');
    await call(ada, 'GET', '/api/v1/me/app-lock');
    await call(ada, 'POST', '/api/v1/me/recheck', { password });
    await call(ada, 'GET', '/api/v1/me/second-factors');
    await call(ada, 'POST', '/api/v1/me/sessions/end-others');
    await call(ada, 'POST', '/api/v1/me/password', {
      currentPassword: password,
      newPassword: `${password} too`,
    });

    // Everything the two write, then every screen's first GETs and each thing written.
    const adaPerson: TestPerson = { id: '', email, displayName: 'Ada', client: ada };
    const ids = await writeSomeOfEverything([adaPerson, ben]);
    for (const person of [ada, ben.client]) {
      for (const route of server.routes) {
        if (route.method !== 'GET' || route.url.includes(':')) continue;
        if (!route.url.startsWith('/api/v1/')) continue;
        await call(person, 'GET', `${route.url}${queries[route.url] ?? ''}`);
      }
      for (const [list, id] of ids) {
        const one = `${list}/:id`;
        if (server.routes.some((r) => r.method === 'GET' && r.url === one))
          await call(person, 'GET', `${list}/${id}`);
      }
    }
    // A conversation: started with a question of one's own, read, its version asked.
    const talk = await call(ada, 'POST', '/api/v1/talks', {
      ownQuestion: 'What would help this week?',
      firstSpeaker: 'me',
    });
    expect(talk.status).toBe(201);
    const talkId = (talk.body as { id: string }).id;
    await call(ben.client, 'GET', `/api/v1/talks/${talkId}`);
    await call(ada, 'GET', `/api/v1/talks/${talkId}/live`);

    // Time apart, on and off; then Ben leaves and Ada reads the notice.
    await call(ada, 'POST', '/api/v1/time-apart', { endsAt: null });
    await call(ben.client, 'GET', '/api/v1/time-apart');
    await call(ada, 'POST', '/api/v1/time-apart/end');
    await call(ben.client, 'POST', '/api/v1/couple/leave');
    const notices = await call(ada, 'GET', '/api/v1/notices');
    expect(notices.status, problems.join('\n')).toBe(200);
    const notice = (notices.body as { notices: { id: string }[] }).notices[0];
    expect(notice).toBeDefined();
    await call(ada, 'POST', `/api/v1/notices/${notice!.id}/dismiss`);

    expect(problems).toEqual([]);
    // The walk reached the screens the clients above read, not just a few routes.
    for (const [key, status] of contracts) {
      if (key.includes('passkeys') || key.includes('totp') || key.includes('recovery-codes'))
        continue; // ceremonies with an authenticator: src/features/accounts tests walk them
      if (key.includes('lock/unlock') || key.includes('reset-password') || key.includes('email'))
        continue; // need a lock, a mailed link or mail: their own tests
      if (key.includes('second-factor')) continue;
      expect(walked, `${key} (${status})`).toContain(key);
    }
    expect(walked.size).toBeGreaterThan(60);
  }, 120_000);
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sample, type Schema } from '../platform/testing/sample-body.ts';
import {
  startTestServer,
  type TestPerson,
  type TestServer,
} from '../platform/testing/test-server.ts';
import { hashToken } from '../platform/server/session-token.ts';
import { features } from './server.ts';

/**
 * Every GET the web app makes on the first view of each screen, with the most statements it may
 * send after the session lookup (decision 110). The goal is 3 a read; a budget above 3 is a
 * screen that still gathers its parts one statement at a time, and the decision says why.
 * Lower a budget when the code gets cheaper; never raise one to make a change pass.
 */
const budgets: { screen: string; url: string; statements: number }[] = [
  { screen: 'Today', url: '/api/v1/today', statements: 2 },
  { screen: 'Today', url: '/api/v1/me/first-week', statements: 1 },
  { screen: 'timeline', url: '/api/v1/timeline?range=month', statements: 2 },
  { screen: 'check-ins', url: '/api/v1/checkins/today', statements: 3 },
  { screen: 'check-ins', url: '/api/v1/checkins/daily', statements: 2 },
  { screen: 'check-ins', url: '/api/v1/checkins/weekly', statements: 2 },
  { screen: 'path', url: '/api/v1/path', statements: 2 },
  { screen: 'agreements', url: '/api/v1/agreements', statements: 2 },
  { screen: 'promises', url: '/api/v1/promises', statements: 1 },
  { screen: 'promises', url: '/api/v1/promises/ledger?weeks=12', statements: 2 },
  { screen: 'letters', url: '/api/v1/letters', statements: 1 },
  { screen: 'waves', url: '/api/v1/waves', statements: 1 },
  { screen: 'questions', url: '/api/v1/questions/today', statements: 1 },
  { screen: 'questions', url: '/api/v1/questions', statements: 1 },
  { screen: 'vision', url: '/api/v1/vision', statements: 1 },
  { screen: 'memories', url: '/api/v1/memories', statements: 1 },
  { screen: 'talks', url: '/api/v1/talks', statements: 2 },
  { screen: 'talks', url: '/api/v1/ownership', statements: 1 },
  { screen: 'journal', url: '/api/v1/journal', statements: 1 },
  { screen: 'couple', url: '/api/v1/couple', statements: 1 },
  { screen: 'couple', url: '/api/v1/notices', statements: 1 },
  { screen: 'couple', url: '/api/v1/time-apart', statements: 1 },
  { screen: 'me', url: '/api/v1/me', statements: 0 },
  { screen: 'me', url: '/api/v1/me/sessions', statements: 1 },
  { screen: 'me', url: '/api/v1/me/second-factors', statements: 1 },
];

let server: TestServer;
let me: TestPerson;
let partner: TestPerson;

/** Both partners write a little of every kind: each body-taking route, each choice of its enums. */
async function writeSomeOfEverything(people: TestPerson[]): Promise<number> {
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
    '/api/v1/couple',
    '/api/v1/time-apart',
    '/api/v1/safety/solo',
  ];
  let written = 0;
  for (const person of people) {
    for (const route of server.routes) {
      if (
        route.method !== 'POST' ||
        route.url.includes(':') ||
        skip.some((p) => route.url.startsWith(p))
      )
        continue;
      const schema = doc.paths[route.url]?.post?.requestBody?.content['application/json']?.schema;
      if (!schema) continue;
      for (let pick = 0; pick < 3; pick++) {
        const res = await person.client.post(
          route.url,
          sample(schema, `A few words from ${person.displayName}`, pick),
        );
        if (res.status < 300) written++;
      }
    }
  }
  return written;
}

beforeAll(async () => {
  server = await startTestServer({ features });
  me = await server.person('Me');
  partner = await server.person('Partner');
  await me.client.post('/api/v1/couple');
  const invite = await me.client.post('/api/v1/couple/invites');
  await partner.client.post('/api/v1/couple/join', { code: invite.body.code });
  expect(await writeSomeOfEverything([me, partner])).toBeGreaterThan(10);
}, 120_000);
afterAll(() => server.close());

describe('statements per screen', () => {
  it('names every screen once at least, and counts only signed-in requests', async () => {
    const screens = new Set(budgets.map((b) => b.screen));
    for (const screen of [
      'Today',
      'timeline',
      'check-ins',
      'path',
      'agreements',
      'promises',
      'letters',
      'talks',
      'journal',
      'couple',
      'me',
    ]) {
      expect(screens).toContain(screen);
    }
    const nobody = await server.client().get('/api/v1/me');
    expect(nobody.status).toBe(401);
    expect(nobody.statements).toBeUndefined();
  });

  it.each(budgets)(
    '$screen: GET $url stays within $statements statements',
    async ({ url, statements }) => {
      const res = await me.client.get(url);
      expect(res.status).toBe(200);
      expect(res.statements).toBeLessThanOrEqual(statements);
    },
  );

  it('counts a write’s statements too', async () => {
    const res = await me.client.post('/api/v1/journal', { body: 'A line for the count' });
    expect(res.status).toBeLessThan(300);
    expect(res.statements).toBeGreaterThan(0);
  });
});

describe("Today's one waiting statement (decision 111)", () => {
  it('answers exactly what each feature answers when asked on its own', async () => {
    let seen = 0;
    for (const person of [me, partner]) {
      const today = await person.client.get('/api/v1/today');
      expect(today.status).toBe(200);
      const oneByOne = await server.db.withUser(hashToken(person.client.cookie!), async (ctx) => {
        const items: { at?: string }[] = [];
        for (const module of features)
          if (module.name !== 'today' && module.waiting) items.push(...(await module.waiting(ctx)));
        return items.sort((a, b) => (a.at ?? '').localeCompare(b.at ?? ''));
      });
      expect(today.body.waiting).toEqual(oneByOne);
      seen += oneByOne!.length;
    }
    expect(seen).toBeGreaterThan(2);
  });
});

describe('the statement count in the log', () => {
  it('is logged at debug level as a number, never a statement or its values', async () => {
    const debug = await startTestServer({ features, logLevel: 'debug' });
    try {
      const person = await debug.person('Writer');
      const wrote = await person.client.post('/api/v1/journal', {
        body: 'PRIVATE-WORDS-7F3 stay out of logs',
      });
      const read = await person.client.get('/api/v1/journal');
      expect(read.text).toContain('PRIVATE-WORDS-7F3');
      const lines = debug.logs
        .filter((line) => line.includes('database statements'))
        .map((line) => JSON.parse(line));
      expect(lines.map((l) => l.statements)).toEqual([wrote.statements, read.statements]);
      const logged = debug.logs.join('');
      expect(logged).not.toContain('PRIVATE-WORDS-7F3');
      expect(logged).not.toMatch(/\b(select|insert|set_config)\b/i);
    } finally {
      await debug.close();
    }
  });
});

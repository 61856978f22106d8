import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import type { InjectOptions } from 'fastify';
import { parseEnv, type Env } from '../config/env.ts';
import { couples, memberships, people, sessions } from '../db/core.tables.server.ts';
import { queryRows } from '../db/database.ts';
import {
  buildServer,
  type BuildOptions,
  type FeatureModule,
  type Limits,
} from '../server/build-server.ts';
import type { ApiDescription } from '../server/api-document.ts';
import { hashToken, newSessionToken } from '../server/session-token.ts';
import { openTestDatabase, type TestDatabase } from './test-db.ts';

export const TEST_ORIGIN = 'http://localhost:80';

export interface Reply {
  status: number;
  headers: Record<string, string | string[] | number | undefined>;
  text: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
  /** Statements the request sent after its session lookup; undefined when nobody was signed in. */
  statements: number | undefined;
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** A browser-like client for `app.inject`: keeps its cookie and sends our Origin. */
export class TestClient {
  cookie: string | undefined;
  /** Any other cookie the server set (a browser's own device id), sent back like a browser. */
  otherCookies = new Map<string, string>();
  constructor(private readonly server: TestServer) {}

  async request(
    method: Method,
    url: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Reply> {
    const options: InjectOptions = {
      method,
      url,
      headers: {
        origin: TEST_ORIGIN,
        ...(this.cookieHeader() ? { cookie: this.cookieHeader() } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      ...(body !== undefined
        ? { payload: typeof body === 'string' ? body : JSON.stringify(body) }
        : {}),
    };
    const response = await this.server.app.inject(options);
    const setCookie = response.cookies.find((c) => c.name === this.server.cookieName);
    if (setCookie) this.cookie = setCookie.value || undefined;
    for (const other of response.cookies) {
      if (other.name === this.server.cookieName) continue;
      if (other.value) this.otherCookies.set(other.name, other.value);
      else this.otherCookies.delete(other.name);
    }
    let parsed: unknown;
    try {
      parsed = response.body ? JSON.parse(response.body) : undefined;
    } catch {
      parsed = undefined;
    }
    const statements = this.server.statementsOf(response.raw.req);
    return {
      status: response.statusCode,
      headers: response.headers,
      text: response.body,
      body: parsed,
      statements,
    };
  }

  private cookieHeader(): string {
    const pairs = [...this.otherCookies].map(([name, value]) => `${name}=${value}`);
    if (this.cookie) pairs.unshift(`${this.server.cookieName}=${this.cookie}`);
    return pairs.join('; ');
  }

  get = (url: string) => this.request('GET', url);
  post = (url: string, body?: unknown) => this.request('POST', url, body);
  patch = (url: string, body?: unknown) => this.request('PATCH', url, body);
  delete = (url: string) => this.request('DELETE', url);
}

export interface TestPerson {
  id: string;
  email: string;
  displayName: string;
  client: TestClient;
}

export type TestServer = Awaited<ReturnType<typeof startTestServer>>;

let counter = 0;

/**
 * A real server (real routes, real database, real RLS) driven through `inject`. Logs go to
 * `logs` so tests can prove what never reaches them.
 */
export async function startTestServer(options: {
  features: readonly FeatureModule[];
  limits?: Partial<Limits>;
  env?: Record<string, string>;
  webDir?: string;
  /** What /api/openapi.json says about the API as a whole (the app's own, for tests of the document). */
  api?: ApiDescription;
  /** Deliver mail from this server (a test passes its own transport). */
  mail?: BuildOptions['mail'];
  /** Deliver pushes from this server. */
  push?: BuildOptions['push'];
  /** `debug` to see what the server logs at that level (it stays in `logs`). */
  logLevel?: 'info' | 'debug';
}) {
  const testDb: TestDatabase = await openTestDatabase();
  const env: Env = parseEnv({ NODE_ENV: 'test', LOG_LEVEL: 'info', ...options.env });
  const logs: string[] = [];
  // Counts by the request they belong to (a request may run as the person more than once).
  const counts = new WeakMap<object, number>();
  const stream = new Writable({
    write(chunk, _encoding, done) {
      logs.push(String(chunk));
      done();
    },
  });
  const { app, routes, auth } = await buildServer({
    env,
    db: testDb.db,
    features: options.features,
    limits: { signInMax: 1000, signUpMax: 1000, signInPerAddressMax: 1000, ...options.limits },
    logger: { level: options.logLevel ?? 'info', stream },
    webDir: options.webDir,
    ...(options.api ? { api: options.api } : {}),
    ...(options.mail ? { mail: options.mail } : {}),
    ...(options.push ? { push: options.push } : {}),
    onStatements: (request, statements) =>
      counts.set(request.raw, (counts.get(request.raw) ?? 0) + statements),
  });
  await app.ready();

  const server = {
    app,
    routes,
    db: testDb.db,
    engine: testDb.engine,
    cookieName: auth.cookieName,
    logs,
    statementsOf: (raw: object): number | undefined => counts.get(raw),
    client: (): TestClient => new TestClient(server),
    /** A person with a live session, made straight in the database (no HTTP, no argon2). */
    person: async (displayName = `Person ${++counter}`): Promise<TestPerson> => {
      const email = `${displayName.toLowerCase().replace(/\W+/g, '.')}.${Date.now()}.${++counter}@example.test`;
      const token = newSessionToken();
      const id = await testDb.db.withSystem(async (tx) => {
        const [row] = await tx
          .insert(people)
          .values({ email, displayName, passwordHash: 'not-a-hash' })
          .returning({ id: people.id });
        await tx.insert(sessions).values({
          personId: row!.id,
          tokenHash: hashToken(token),
          device: 'Test',
          expiresAt: new Date(Date.now() + 86_400_000),
        });
        return row!.id;
      });
      const client = new TestClient(server);
      client.cookie = token;
      return { id, email, displayName, client };
    },
    /**
     * Two people sharing one space, made straight in the database (so a feature's tests need
     * not reach into the couples feature). Answers both and the space's id.
     */
    couple: async (
      names: [string, string] = ['Ada', 'Ben'],
    ): Promise<[TestPerson, TestPerson, string]> => {
      const a = await server.person(names[0]);
      const b = await server.person(names[1]);
      const coupleId = await testDb.db.withSystem(async (tx) => {
        const [row] = await tx
          .insert(couples)
          .values({ createdBy: a.id })
          .returning({ id: couples.id });
        await tx.insert(memberships).values([
          { coupleId: row!.id, personId: a.id },
          { coupleId: row!.id, personId: b.id },
        ]);
        return row!.id;
      });
      return [a, b, coupleId];
    },
    /**
     * Waits until the outbox holds no mail still to send (every mail is queued in the request's
     * own transaction, so after the answer it is there): then the receiver holds every mail there
     * will be, and a test can count them without waiting "a moment more" in real time.
     */
    mailSettled: async (): Promise<void> => {
      for (let i = 0; i < 500; i++) {
        const [row] = await testDb.db.withOwner((tx) =>
          queryRows<{ n: number }>(
            tx,
            sql`select count(*)::int as n from outbox where sent_at is null and failed_at is null`,
          ),
        );
        if (row!.n === 0) return;
        await new Promise((r) => setTimeout(r, 20));
      }
      throw new Error('Mail was still waiting in the outbox after 10 s of tries.');
    },
    close: async () => {
      await app.close();
      await testDb.close();
    },
  };
  return server;
}

// Seeding people through the public API, checking that each cookie reads its own person, and
// the autocannon run itself.
import { randomBytes } from 'node:crypto';
import autocannon from 'autocannon';

export interface Person {
  email: string;
  cookie: string;
}

export async function seedPeople(origin: string, count: number): Promise<Person[]> {
  const people: Person[] = [];
  const run = randomBytes(4).toString('hex');
  for (let i = 0; i < count; i++) {
    const email = `bench-${run}-${i}@example.test`;
    const res = await fetch(`${origin}/api/v1/auth/sign-up`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin },
      body: JSON.stringify({
        email,
        password: `Bench-${run}-tide-lantern-${i}`,
        displayName: `Bench ${i}`,
      }),
      signal: AbortSignal.timeout(10_000),
    });
    const body = await res.text();
    if (res.status !== 201) throw new Error(`sign-up answered ${res.status}: ${body}`);
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('kintsugi='));
    if (!cookie) throw new Error('sign-up set no kintsugi cookie');
    people.push({ email, cookie: cookie.split(';')[0] ?? '' });
  }
  return people;
}

/** Every cookie must read its own person (200 and the right email) before we load the server. */
export async function checkMe(origin: string, people: Person[]): Promise<void> {
  for (const person of people) {
    const res = await fetch(`${origin}/api/v1/me`, {
      headers: { cookie: person.cookie },
      signal: AbortSignal.timeout(10_000),
    });
    const body = (await res.json()) as { email?: string };
    if (res.status !== 200 || body.email !== person.email) {
      throw new Error(`GET /api/v1/me at ${origin} answered ${res.status} ${JSON.stringify(body)}`);
    }
  }
}

export interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  /** Socket errors and timeouts plus non-2xx answers. */
  failures: number;
  total: number;
}

export async function loadMe(
  origin: string,
  people: Person[],
  options: { connections: number; duration: number },
): Promise<LoadResult> {
  let next = 0;
  const result = await autocannon({
    url: `${origin}/api/v1/me`,
    connections: options.connections,
    duration: options.duration,
    timeout: 10,
    // Spread the connections over the seeded people's cookies.
    setupClient: (client) => client.setHeaders({ cookie: people[next++ % people.length]!.cookie }),
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failures: result.errors + result.timeouts + result.non2xx,
    total: result.requests.total,
  };
}

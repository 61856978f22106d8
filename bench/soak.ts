// Soak: a bounded run of mixed reads and writes against a fresh server on loopback, reporting
// errors, latency percentiles and the server's memory at the start and the end (a leak shows as
// RSS that keeps growing). Never leaves the machine: the server binds 127.0.0.1 only.
// Usage: node --import tsx bench/soak.ts [--minutes 2] [--connections 20] [--people 10]
//        [--pg postgres://postgres@127.0.0.1:5432/postgres]   (omit --pg for the embedded store)
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';

const { values } = parseArgs({
  options: {
    minutes: { type: 'string', default: '2' },
    connections: { type: 'string', default: '20' },
    people: { type: 'string', default: '10' },
    pg: { type: 'string' },
  },
});
const minutes = Math.min(Math.max(Number(values.minutes), 0.1), 30);
const connections = Math.min(Math.max(Number(values.connections), 1), 200);
const peopleCount = Math.min(Math.max(Number(values.people), 2), 100);

const rssOf = (pid: number) => {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmRSS:'));
  return line ? Number(line.replace(/\D+/g, '')) * 1024 : NaN;
};
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), 'kintsugi-soak-'));
  let dbName: string | undefined;
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: 'warn',
  };
  if (values.pg) {
    dbName = `kintsugi_soak_${randomUUID().slice(0, 8)}`;
    const admin = new pg.Client({ connectionString: values.pg });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${dbName}`);
    await admin.end();
    const url = new URL(values.pg);
    url.pathname = `/${dbName}`;
    env.DATABASE_URL = url.toString();
  } else {
    env.KINTSUGI_DATA_DIR = dataDir;
  }
  const server = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'serve'], {
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  server.stdout.on('data', (d) => (out += d));
  const base = await new Promise<string>((resolve, reject) => {
    const timer = setInterval(() => {
      const found = /http:\/\/127\.0\.0\.1:\d+/.exec(out)?.[0];
      if (found) {
        clearInterval(timer);
        resolve(found);
      }
    }, 50);
    server.on('exit', () => reject(new Error(`server exited: ${out}`)));
  });
  if (!new URL(base).hostname.startsWith('127.'))
    throw new Error('The soak only runs on loopback.');

  const call = async (cookie: string, method: string, path: string, body?: unknown) => {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: { origin: base, cookie, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    await res.arrayBuffer();
    return res;
  };

  // People in pairs, each pair with a space.
  const cookies: string[] = [];
  for (let i = 0; i < peopleCount; i++) {
    const res = await fetch(`${base}/api/v1/auth/sign-up`, {
      method: 'POST',
      headers: { origin: base, 'content-type': 'application/json' },
      body: JSON.stringify({
        email: `soak.${i}.${randomUUID()}@example.test`,
        password: 'a long enough phrase',
        displayName: `Soak ${i}`,
      }),
    });
    cookies.push(res.headers.get('set-cookie')!.split(';')[0]!);
  }
  for (let i = 0; i + 1 < cookies.length; i += 2) {
    await call(cookies[i]!, 'POST', '/api/v1/couple');
    const invite = (await (
      await fetch(`${base}/api/v1/couple/invites`, {
        method: 'POST',
        headers: { origin: base, cookie: cookies[i]! },
      })
    ).json()) as { code: string };
    await call(cookies[i + 1]!, 'POST', '/api/v1/couple/join', { code: invite.code });
  }

  const startRss = rssOf(server.pid!);
  const latencies: number[] = [];
  const errors = new Map<string, number>();
  let requests = 0;
  const deadline = Date.now() + minutes * 60_000;
  const operations: [string, (cookie: string, n: number) => Promise<Response>][] = [
    ['GET /me', (c) => call(c, 'GET', '/api/v1/me')],
    ['GET /couple', (c) => call(c, 'GET', '/api/v1/couple')],
    ['GET /time-apart', (c) => call(c, 'GET', '/api/v1/time-apart')],
    ['PATCH /me', (c, n) => call(c, 'PATCH', '/api/v1/me', { displayName: `Soak ${n}` })],
    ['GET /me/activity', (c) => call(c, 'GET', '/api/v1/me/activity')],
    ['GET /export', (c) => call(c, 'GET', '/api/v1/export')],
  ];
  await Promise.all(
    Array.from({ length: connections }, async (_, worker) => {
      for (let n = 0; Date.now() < deadline; n++) {
        const cookie = cookies[(worker + n) % cookies.length]!;
        const [name, run] = operations[n % operations.length]!;
        const started = performance.now();
        try {
          const res = await run(cookie, n);
          if (res.status >= 400)
            errors.set(`${name} ${res.status}`, (errors.get(`${name} ${res.status}`) ?? 0) + 1);
        } catch (error) {
          errors.set(
            `${name} ${(error as Error).name}`,
            (errors.get(`${name} ${(error as Error).name}`) ?? 0) + 1,
          );
        }
        latencies.push(performance.now() - started);
        requests++;
      }
    }),
  );
  const endRss = rssOf(server.pid!);
  latencies.sort((a, b) => a - b);
  const pct = (p: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]!.toFixed(1);
  const errorCount = [...errors.values()].reduce((a, b) => a + b, 0);
  process.stdout.write(
    [
      `Soak on ${values.pg ? 'PostgreSQL' : 'the embedded store'}: ${minutes} min, ${connections} connections, ${peopleCount} people`,
      `requests   ${requests} (${(requests / (minutes * 60)).toFixed(0)}/s)`,
      `errors     ${errorCount}${errors.size ? ` ${JSON.stringify(Object.fromEntries(errors))}` : ''}`,
      `latency    p50 ${pct(50)} ms, p99 ${pct(99)} ms, max ${latencies.at(-1)!.toFixed(1)} ms`,
      `server RSS ${mb(startRss)} at start, ${mb(endRss)} at end (${endRss >= startRss ? '+' : ''}${mb(endRss - startRss)})`,
      '',
    ].join('\n'),
  );

  server.kill('SIGTERM');
  await new Promise((resolve) => server.on('exit', resolve));
  rmSync(dataDir, { recursive: true, force: true });
  if (dbName && values.pg) {
    const admin = new pg.Client({ connectionString: values.pg });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin.end();
  }
  process.exitCode = errorCount > 0 ? 1 : 0;
}

main().catch((error: unknown) => {
  process.stderr.write(`soak failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});

import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { seedPgliteDataDir } from '../platform/testing/pglite-snapshot.ts';

const work = mkdtempSync(join(tmpdir(), 'kintsugi-backup-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function cli(args: string[], env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    env: { PATH: process.env.PATH, LOG_LEVEL: 'warn', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, output: () => output };
}

async function serve(env: Record<string, string>) {
  const run = cli(['serve'], env);
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setInterval(() => {
      const found = /http:\/\/127\.0\.0\.1:\d+/.exec(run.output())?.[0];
      if (found) {
        clearInterval(timer);
        resolve(found);
      }
    }, 50);
    void run.exited.then(() => {
      clearInterval(timer);
      reject(new Error(`server exited: ${run.output()}`));
    });
  });
  let cookie = '';
  const call = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${url}${path}`, {
      method,
      headers: { origin: url, cookie, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    const set = res.headers.get('set-cookie');
    if (set) cookie = set.split(';')[0]!;
    return { status: res.status, body: await res.json().catch(() => null) };
  };
  const stop = async () => {
    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
  };
  return { call, stop };
}

const person = {
  email: 'restore.me@example.test',
  password: 'a long enough phrase',
  displayName: 'Ari, restored',
};

/** Writes some data through the app and answers what the app then serves. */
async function seed(env: Record<string, string>) {
  const app = await serve(env);
  expect((await app.call('POST', '/api/v1/auth/sign-up', person)).status).toBe(201);
  expect((await app.call('POST', '/api/v1/couple')).status).toBe(201);
  expect((await app.call('PATCH', '/api/v1/me', { timeZone: 'Europe/Lisbon' })).status).toBe(200);
  const seen = await served(app);
  await app.stop();
  return seen;
}

async function served(app: Awaited<ReturnType<typeof serve>>) {
  const me = await app.call('GET', '/api/v1/me');
  const couple = await app.call('GET', '/api/v1/couple');
  return { me: me.body, couple: couple.body };
}

async function signInAndRead(env: Record<string, string>) {
  const app = await serve(env);
  expect(
    (
      await app.call('POST', '/api/v1/auth/sign-in', {
        email: person.email,
        password: person.password,
      })
    ).status,
  ).toBe(200);
  const seen = await served(app);
  await app.stop();
  return seen;
}

describe('backup and restore, embedded database', () => {
  it('restores a backup into an empty data dir and the app serves the same data', async () => {
    const source = join(work, 'source');
    const target = join(work, 'target');
    const file = join(work, 'kintsugi.backup');
    // A migrated database to start from: making one is `kintsugi serve`'s test (cli.test.ts).
    await seedPgliteDataDir(source);
    const before = await seed({ KINTSUGI_DATA_DIR: source });

    // Refused while a server holds the data dir.
    const holder = spawn('sleep', ['30']);
    writeFileSync(join(source, 'kintsugi.lock'), String(holder.pid));
    const refused = cli(['backup', file], { KINTSUGI_DATA_DIR: source });
    expect(await refused.exited).toBe(1);
    expect(refused.output()).toMatch(/already using the data directory/);
    holder.kill();
    rmSync(join(source, 'kintsugi.lock'));

    const made = cli(['backup', file], { KINTSUGI_DATA_DIR: source });
    expect(await made.exited).toBe(0);
    expect(existsSync(file)).toBe(true);

    const restored = cli(['restore', file], { KINTSUGI_DATA_DIR: target });
    expect(await restored.exited, restored.output()).toBe(0);
    expect(await signInAndRead({ KINTSUGI_DATA_DIR: target })).toEqual(before);

    // Restoring over existing data keeps the old data aside rather than deleting it.
    const again = cli(['restore', file], { KINTSUGI_DATA_DIR: target });
    expect(await again.exited).toBe(0);
    expect(again.output()).toMatch(/is kept in/);
    expect(readdirSync(work).some((name) => name.startsWith('target.before-restore-'))).toBe(true);
  }, 180_000);

  it('says what is wrong without a file or without data', async () => {
    const usage = cli(['backup'], { KINTSUGI_DATA_DIR: join(work, 'none') });
    expect(await usage.exited).toBe(2);
    const empty = cli(['backup', join(work, 'x.backup')], {
      KINTSUGI_DATA_DIR: join(work, 'empty'),
    });
    expect(await empty.exited).toBe(1);
    expect(empty.output()).toMatch(/no Kintsugi data/);
    const missing = cli(['restore', join(work, 'missing.backup')], {
      KINTSUGI_DATA_DIR: join(work, 'empty2'),
    });
    expect(await missing.exited).toBe(1);
    expect(missing.output()).toMatch(/no backup file/);
  }, 60_000);
});

const baseUrl = process.env.TEST_DATABASE_URL;
describe.skipIf(!baseUrl)('backup and restore, PostgreSQL', () => {
  const suffix = Math.random().toString(36).slice(2, 8);
  const names = [`kintsugi_bk_src_${suffix}`, `kintsugi_bk_dst_${suffix}`];
  const urlFor = (name: string) => {
    const url = new URL(baseUrl!);
    url.pathname = `/${name}`;
    return url.toString();
  };
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: baseUrl });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  afterAll(async () => {
    for (const name of names) await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });

  it('restores a pg_dump backup into an empty database and the app serves the same data', async () => {
    const [src, dst] = names as [string, string];
    for (const name of names) await admin(`CREATE DATABASE ${name}`);
    const file = join(work, 'pg.backup');
    const before = await seed({ DATABASE_URL: urlFor(src) });

    const made = cli(['backup', file], { DATABASE_URL: urlFor(src) });
    expect(await made.exited, made.output()).toBe(0);
    const restored = cli(['restore', file], { DATABASE_URL: urlFor(dst) });
    expect(await restored.exited, restored.output()).toBe(0);
    expect(await signInAndRead({ DATABASE_URL: urlFor(dst) })).toEqual(before);

    // Never over a database that has data.
    const refused = cli(['restore', file], { DATABASE_URL: urlFor(src) });
    expect(await refused.exited).toBe(1);
    expect(refused.output()).toMatch(/already has tables/);
  }, 180_000);
});

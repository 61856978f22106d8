import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { seedPgliteDataDir } from '../platform/testing/pglite-snapshot.ts';

/**
 * SECURITY.md 16: under write load the server is killed with SIGKILL; after a restart every
 * write that was answered 2xx is there, and nothing is half-written. On both engines.
 */
const work = mkdtempSync(join(tmpdir(), 'kintsugi-crash-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function start(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'serve'], {
    env: { PATH: process.env.PATH, LOG_LEVEL: 'warn', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const url = new Promise<string>((resolve, reject) => {
    const timer = setInterval(() => {
      const found = /http:\/\/127\.0\.0\.1:\d+/.exec(output)?.[0];
      if (found) {
        clearInterval(timer);
        resolve(found);
      }
    }, 25);
    void exited.then(() => {
      clearInterval(timer);
      reject(new Error(`server exited: ${output}`));
    });
  });
  return { child, exited, url };
}

function client(url: string) {
  let cookie = '';
  return async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${url}${path}`, {
      method,
      headers: { origin: url, cookie, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    const set = res.headers.get('set-cookie');
    if (set) cookie = set.split(';')[0]!;
    return {
      status: res.status,
      body: (await res.json().catch(() => null)) as Record<string, unknown> | null,
    };
  };
}

interface Worker {
  email: string;
  signedUp: boolean;
  /** The highest name answered 2xx: 0 is the sign-up's own `n-0`, -1 before that. */
  lastAcked: number;
}

async function crashUnderLoad(env: Record<string, string>) {
  const first = start(env);
  const url = await first.url;
  const workers: Worker[] = [];
  let stop = false;
  // The kill comes once enough writes were answered (not after a fixed time, which a busy
  // machine may fill with too few), while every loop is still writing.
  const ackedSoFar = () => workers.filter((w) => w.signedUp);
  const enoughDone = () =>
    ackedSoFar().length > 8 &&
    ackedSoFar().reduce((sum, w) => sum + Math.max(w.lastAcked, 0), 0) > 30;
  let killNow: () => void = () => {};
  const enough = new Promise<void>((resolve) => (killNow = resolve));
  const loops = Array.from({ length: 6 }, async (_, w) => {
    for (let n = 0; !stop; n++) {
      const worker: Worker = {
        email: `crash.${w}.${n}.${Date.now()}@example.test`,
        signedUp: false,
        lastAcked: -1,
      };
      workers.push(worker);
      const call = client(url);
      try {
        const res = await call('POST', '/api/v1/auth/sign-up', {
          email: worker.email,
          password: 'a long enough phrase',
          displayName: 'n-0',
        });
        if (res.status !== 201) continue;
        worker.signedUp = true;
        worker.lastAcked = 0; // the sign-up's `n-0`; a rename sent next may land unanswered
        for (let i = 1; i <= 15 && !stop; i++) {
          const renamed = await call('PATCH', '/api/v1/me', { displayName: `n-${i}` });
          if (renamed.status === 200) worker.lastAcked = i;
          if (enoughDone()) killNow();
        }
      } catch {
        // The server died mid-request: that write was never answered.
      }
    }
  });
  await Promise.race([enough, first.exited]); // a server that died by itself fails below
  first.child.kill('SIGKILL');
  await first.exited;
  stop = true;
  await Promise.all(loops);

  const acked = workers.filter((w) => w.signedUp);
  expect(acked.length).toBeGreaterThan(5);
  expect(acked.reduce((sum, w) => sum + Math.max(w.lastAcked, 0), 0)).toBeGreaterThan(20);

  const second = start(env);
  const url2 = await second.url;
  const missing: string[] = [];
  for (const worker of acked) {
    const call = client(url2);
    const signIn = await call('POST', '/api/v1/auth/sign-in', {
      email: worker.email,
      password: 'a long enough phrase',
    });
    if (signIn.status !== 200) {
      missing.push(`${worker.email}: account`);
      continue;
    }
    const name = String((signIn.body as { user: { displayName: string } }).user.displayName);
    const seen = Number(name.replace('n-', ''));
    // The acknowledged rename, or one answered after it was sent but never acknowledged.
    if (!(seen >= worker.lastAcked && seen <= worker.lastAcked + 1))
      missing.push(`${worker.email}: ${name}, acknowledged n-${worker.lastAcked}`);
  }
  second.child.kill('SIGTERM');
  await second.exited;
  return { acked: acked.length, missing };
}

describe('a crash under write load', () => {
  it('keeps every acknowledged write on the embedded database', async () => {
    // A migrated database to start from: this is about crashing, not about making one.
    const dataDir = join(work, 'data');
    await seedPgliteDataDir(dataDir);
    const result = await crashUnderLoad({ KINTSUGI_DATA_DIR: dataDir });
    expect(result.missing).toEqual([]);
  }, 120_000);

  const baseUrl = process.env.TEST_DATABASE_URL;
  it.skipIf(!baseUrl)(
    'keeps every acknowledged write on PostgreSQL',
    async () => {
      const name = `kintsugi_crash_${Math.random().toString(36).slice(2, 8)}`;
      const admin = new pg.Client({ connectionString: baseUrl });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name}`);
      try {
        const url = new URL(baseUrl!);
        url.pathname = `/${name}`;
        const result = await crashUnderLoad({ DATABASE_URL: url.toString() });
        expect(result.missing).toEqual([]);
      } finally {
        await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await admin.end();
      }
    },
    120_000,
  );
});

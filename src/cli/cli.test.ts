import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dataDir = mkdtempSync(join(tmpdir(), 'kintsugi-cli-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function run(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'serve'], {
    env: { PATH: process.env.PATH, LOG_LEVEL: 'warn', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const ready = new Promise<string>((resolve, reject) => {
    const timer = setInterval(() => {
      const url = /http:\/\/127\.0\.0\.1:\d+/.exec(output)?.[0];
      if (url) resolve(url);
    }, 50);
    void exited
      .then(() => reject(new Error(`exited: ${output}`)))
      .finally(() => clearInterval(timer));
    setTimeout(() => clearInterval(timer), 60_000);
  });
  ready.catch(() => {}); // a test that expects an exit awaits `exited` instead
  return { child, exited, ready, output: () => output };
}

const stop = (child: ChildProcess) => child.kill('SIGTERM');

describe('kintsugi serve', () => {
  it('migrates, serves, refuses a second server on the same data dir, and stops cleanly', async () => {
    const first = run({ KINTSUGI_DATA_DIR: dataDir });
    const url = await first.ready;
    const health = await fetch(`${url}/api/health`);
    expect(await health.json()).toEqual({ ok: true });
    expect(existsSync(join(dataDir, 'kintsugi.lock'))).toBe(true);

    const second = run({ KINTSUGI_DATA_DIR: dataDir });
    expect(await second.exited).toBe(1);
    expect(second.output()).toMatch(/already using the data directory/);

    stop(first.child);
    expect(await first.exited).toBe(0);
    expect(existsSync(join(dataDir, 'kintsugi.lock'))).toBe(false);

    // The data survives a restart.
    const again = run({ KINTSUGI_DATA_DIR: dataDir });
    const url2 = await again.ready;
    expect((await fetch(`${url2}/api/health`)).status).toBe(200);
    stop(again.child);
    expect(await again.exited).toBe(0);
  }, 90_000);

  it('names the environment variable that is wrong', async () => {
    const bad = run({ KINTSUGI_DATA_DIR: dataDir, PORT: 'eighty' });
    expect(await bad.exited).toBe(1);
    expect(bad.output()).toMatch(/PORT/);
    const url = run({ DATABASE_URL: 'mysql://nope' });
    expect(await url.exited).toBe(1);
    expect(url.output()).toMatch(/DATABASE_URL: must start with postgres:\/\//);
  }, 60_000);
});

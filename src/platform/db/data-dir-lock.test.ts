import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DataDirLockedError, lockDataDir } from './data-dir-lock.ts';

const dir = mkdtempSync(join(tmpdir(), 'kintsugi-lock-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the data dir lock', () => {
  it('refuses while another live process holds it, and takes over a dead one', async () => {
    const holder = spawn('sleep', ['30']);
    writeFileSync(join(dir, 'kintsugi.lock'), String(holder.pid));
    expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
    holder.kill('SIGKILL');
    await new Promise((r) => holder.on('exit', r));
    const release = lockDataDir(dir);
    expect(readFileSync(join(dir, 'kintsugi.lock'), 'utf8')).toBe(String(process.pid));
    release();
    expect(() => readFileSync(join(dir, 'kintsugi.lock'))).toThrow();
  });
});

// Steps the Talk journeys share: a look at a Talk screen, a local date-time value, and a server
// that can be stopped and started again on the same database (for delivery after restart).
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import type { Page } from 'playwright-core';
import { lookAt } from './flows.ts';

/** axe and screenshots (talk-<name>-phone/-desktop) of a Talk screen. */
export const look = lookAt('talk');

/** A local date-time input value `seconds` from now, in the page's own time zone. */
export function localInSeconds(page: Page, seconds: number): Promise<string> {
  return page.evaluate((s) => {
    const d = new Date(Date.now() + s * 1000);
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
  }, seconds);
}

const ROOT = resolve(import.meta.dirname, '..');

export interface RestartableServer {
  baseUrl: string;
  /** Stops the server (SIGTERM) and starts it again on the same database; a new port. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

/** The built server on a database that outlives the process (a PGlite dir or a PostgreSQL database). */
export async function startRestartableServer(): Promise<RestartableServer> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: '0',
    HOST: '127.0.0.1',
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
  };
  delete env.DATABASE_URL;
  delete env.KINTSUGI_DATA_DIR;
  delete env.PUBLIC_ORIGIN;
  let cleanup: () => Promise<void>;
  const pgBase = process.env.TEST_DATABASE_URL;
  if (pgBase) {
    const name = `kintsugi_e2e_${randomBytes(6).toString('hex')}`;
    const admin = async (sql: string) => {
      const client = new pg.Client({ connectionString: pgBase });
      await client.connect();
      await client.query(sql).finally(() => client.end());
    };
    await admin(`CREATE DATABASE ${name}`);
    const url = new URL(pgBase);
    url.pathname = `/${name}`;
    env.DATABASE_URL = url.toString();
    cleanup = () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } else {
    const dir = mkdtempSync(join(tmpdir(), 'kintsugi-e2e-talk-'));
    env.KINTSUGI_DATA_DIR = dir;
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
  }

  const launch = () =>
    new Promise<{ baseUrl: string; stop: () => Promise<void> }>((ready, fail) => {
      const child = spawn(process.execPath, [join(ROOT, 'dist/server/main.js'), 'serve'], {
        cwd: ROOT,
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      const exited = new Promise<void>((done) => child.once('exit', () => done()));
      const timer = setTimeout(
        () => fail(new Error(`The server did not start within 60 s.\n${output}`)),
        60_000,
      );
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        const match = /http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
        if (match && match[1] !== '0') {
          clearTimeout(timer);
          ready({
            baseUrl: `http://127.0.0.1:${match[1]}`,
            stop: async () => {
              if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
              const slow = setTimeout(() => child.kill('SIGKILL'), 10_000);
              await exited;
              clearTimeout(slow);
            },
          });
        }
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      void exited.then(() => fail(new Error(`The server exited before it was ready.\n${output}`)));
    });

  let current = await launch();
  const server: RestartableServer = {
    baseUrl: current.baseUrl,
    async restart() {
      await current.stop();
      current = await launch();
      server.baseUrl = current.baseUrl;
    },
    async stop() {
      await current.stop();
      await cleanup();
    },
  };
  return server;
}

// The harness for browser journeys: the built server as a child process on a fresh database,
// Debian's Chromium through playwright-core, axe for accessibility, and screenshots. A journey
// file sets these up through `useJourney()` (journey.ts), not by hand.
// Nothing leaves 127.0.0.1: every other request is blocked, except the quick-exit page, which
// is answered here with a tiny stand-in so a journey can check it landed there.
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import pg from 'pg';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserServer,
  type Download,
  type Page,
} from 'playwright-core';
import { NEUTRAL_URL } from '../src/content/shell.ts';

export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
export { NEUTRAL_URL };

const ROOT = resolve(import.meta.dirname, '..');
export const SERVER = join(ROOT, 'dist/server/main.js');
const SCREENSHOTS = join(ROOT, 'test-results/screenshots');

export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 800 };

/** Says once, plainly, why the journeys did not run. */
export function noteIfSkipped(file: string): void {
  if (!hasChromium) {
    console.warn(
      `[e2e] ${file}: journeys SKIPPED because no Chromium is installed at ${CHROMIUM} (apt-get install -y chromium).`,
    );
  }
}

export interface RunningServer {
  /** Where the server listens now (a restart moves it to a new port). */
  readonly baseUrl: string;
  /**
   * Stops the server (SIGTERM) and starts it again on the same database, on a new port.
   * `whileStopped` runs SQL on that database as its owner while no server is running.
   */
  restart(options?: { whileStopped?: (sql: SqlRunner) => Promise<void> }): Promise<void>;
  stop(): Promise<void>;
  /** Everything the server printed, for failure messages. */
  output: () => string;
}

/** Runs one SQL text (no parameters) on a stopped server's database, as its owner. */
export type SqlRunner = (text: string) => Promise<void>;

function databaseUrlFor(base: string, name: string): string {
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

async function adminQuery(baseUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: baseUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

interface Child {
  baseUrl: string;
  output: () => string;
  stop(): Promise<void>;
}

/** Spawns `node dist/server/main.js serve` and waits for the line that names its URL. */
async function spawnServer(env: NodeJS.ProcessEnv): Promise<Child> {
  const child = spawn(process.execPath, [SERVER, 'serve'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  try {
    const baseUrl = await new Promise<string>((ready, fail) => {
      const timer = setTimeout(
        () => fail(new Error(`The server did not say it was ready within 60 s.\n${output}`)),
        60_000,
      );
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        const match = /http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
        if (match && match[1] !== '0') {
          clearTimeout(timer);
          ready(`http://127.0.0.1:${match[1]}`);
        }
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      void exited.then((code) => {
        clearTimeout(timer);
        fail(new Error(`The server exited (code ${code}) before it was ready.\n${output}`));
      });
    });
    return { baseUrl, output: () => output, stop: () => stopChild(child, exited) };
  } catch (error) {
    await stopChild(child, exited);
    throw error;
  }
}

function baseEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: '0',
    HOST: '127.0.0.1',
    NODE_ENV: 'production',
  };
  delete env.DATABASE_URL;
  delete env.KINTSUGI_DATA_DIR;
  delete env.PUBLIC_ORIGIN;
  env.LOG_LEVEL = 'warn';
  return env;
}

/**
 * Creating a PGlite data dir costs seconds; copying a migrated one costs milliseconds. The
 * journeys' global setup makes a template (named after the migrations and the server build, so a
 * change makes a new one) and every file then starts from its own copy.
 */
export async function migratedTemplate(): Promise<string> {
  const hash = createHash('sha256');
  hash.update(readFileSync(SERVER));
  const migrations = join(ROOT, 'drizzle');
  for (const name of readdirSync(migrations).sort()) {
    if (name.endsWith('.sql')) hash.update(name).update(readFileSync(join(migrations, name)));
  }
  const template = join(tmpdir(), `kintsugi-e2e-template-${hash.digest('hex').slice(0, 16)}`);
  if (existsSync(template)) {
    const now = new Date();
    utimesSync(template, now, now); // in use: keep it past the pruning below
    return template;
  }
  pruneOldTemplates();
  const dir = mkdtempSync(join(tmpdir(), 'kintsugi-e2e-making-'));
  const server = await spawnServer({ ...baseEnv(), KINTSUGI_DATA_DIR: dir });
  await server.stop();
  try {
    renameSync(dir, template);
  } catch {
    rmSync(dir, { recursive: true, force: true }); // another run made it first
  }
  return template;
}

/** Templates of older builds, unused for an hour, go (each is ~40 MB). */
function pruneOldTemplates(): void {
  const hourAgo = Date.now() - 60 * 60 * 1000;
  for (const name of readdirSync(tmpdir())) {
    if (!name.startsWith('kintsugi-e2e-template-')) continue;
    const path = join(tmpdir(), name);
    try {
      if (statSync(path).mtimeMs < hourAgo) rmSync(path, { recursive: true, force: true });
    } catch {
      /* another run removed it first */
    }
  }
}

/**
 * Starts the built server on a free port with a database of its own; `env` adds settings of
 * its own (e.g. `SMTP_URL` of a local mail receiver).
 */
export async function startServer(
  options: { env?: Record<string, string> } = {},
): Promise<RunningServer> {
  if (!existsSync(SERVER)) {
    throw new Error(`${SERVER} is missing: run \`npm run build\` before the e2e journeys.`);
  }
  const env = { ...baseEnv(), ...options.env };
  let cleanup: () => Promise<void>;
  let sql: SqlRunner;

  const pgBase = process.env.TEST_DATABASE_URL;
  if (pgBase) {
    const name = `kintsugi_e2e_${randomBytes(6).toString('hex')}`;
    await adminQuery(pgBase, `CREATE DATABASE ${name}`);
    env.DATABASE_URL = databaseUrlFor(pgBase, name);
    cleanup = () => adminQuery(pgBase, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    sql = (text) => adminQuery(env.DATABASE_URL!, text);
  } else {
    const template = await migratedTemplate();
    const dir = mkdtempSync(join(tmpdir(), 'kintsugi-e2e-'));
    cpSync(template, dir, { recursive: true, filter: (src) => !src.endsWith('kintsugi.lock') });
    env.KINTSUGI_DATA_DIR = dir;
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
    sql = async (text) => {
      // Only a journey that changes its database while the server is stopped pays for this.
      const { PGlite } = await import('@electric-sql/pglite');
      const db = await PGlite.create({ dataDir: dir });
      try {
        await db.exec(text);
      } finally {
        await db.close();
      }
    };
  }

  let child: Child;
  try {
    child = await spawnServer(env);
  } catch (error) {
    await cleanup();
    throw error;
  }
  return {
    get baseUrl() {
      return child.baseUrl;
    },
    output: () => child.output(),
    async restart({ whileStopped } = {}) {
      await child.stop();
      if (whileStopped) await whileStopped(sql);
      child = await spawnServer(env);
    },
    async stop() {
      await child.stop();
      await cleanup();
    },
  };
}

async function stopChild(child: ChildProcess, exited: Promise<unknown>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timeout = new Promise<'timeout'>((done) =>
    setTimeout(() => done('timeout'), 10_000).unref(),
  );
  if ((await Promise.race([exited, timeout])) === 'timeout') {
    child.kill('SIGKILL');
    await exited;
  }
}

const CHROMIUM_OPTIONS = {
  executablePath: CHROMIUM,
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

/** A Chromium of this process's own. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch(CHROMIUM_OPTIONS);
}

/**
 * One Chromium for a whole run, which every journey file connects to (`connectBrowser`): the
 * e2e global setup starts it. Each file's connection has its own contexts, and closing the
 * connection closes them.
 */
export function launchBrowserServer(): Promise<BrowserServer> {
  return chromium.launchServer(CHROMIUM_OPTIONS);
}

export function connectBrowser(wsEndpoint: string): Promise<Browser> {
  return chromium.connect(wsEndpoint);
}

export interface Person {
  context: BrowserContext;
  page: Page;
  /** Requests that tried to leave 127.0.0.1 (other than the quick-exit page). */
  blocked: string[];
  /** Uncaught page errors and Content-Security-Policy violations, in any of its tabs. */
  problems: string[];
}

/** Watches a tab for script errors and CSP violations (an inline style or script would show here). */
export function watchProblems(page: Page, problems: string[]): void {
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) {
      problems.push(`CSP: ${message.text()}`);
    }
  });
}

const NEUTRAL_PAGE =
  '<!doctype html><html lang="en"><head><title>Neutral page</title></head><body><main><h1>Neutral page</h1></main></body></html>';

/** A person in their own browser context (own cookies, own storage), i.e. their own device. */
export async function newPerson(
  browser: Browser,
  baseUrl: string,
  options: { viewport?: { width: number; height: number }; colorScheme?: 'light' | 'dark' } = {},
): Promise<Person> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    viewport: options.viewport ?? PHONE,
    colorScheme: options.colorScheme ?? 'light',
    locale: 'en-GB',
    timezoneId: 'Europe/London',
  });
  // Fail fast and say where: a journey step that takes 10 s is already broken.
  context.setDefaultTimeout(10_000);
  const blocked: string[] = [];
  const neutral = new URL(NEUTRAL_URL);
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1') return route.continue();
    if (url.origin === neutral.origin) {
      return route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        body: NEUTRAL_PAGE,
      });
    }
    blocked.push(url.href);
    return route.abort('blockedbyclient');
  });
  const problems: string[] = [];
  context.on('page', (page) => watchProblems(page, problems));
  const page = await context.newPage();
  return { context, page, blocked, problems };
}

/** Runs axe once nothing on the page is loading; fails with a readable list of every violation. */
export async function checkA11y(page: Page, name: string): Promise<void> {
  // The page as it settles: nothing still loading (a page that never settles fails here).
  await page.locator('.loading').first().waitFor({ state: 'detached' });
  const results = await new AxeBuilder({ page }).analyze();
  if (results.violations.length === 0) return;
  const lines = results.violations.flatMap((v) => [
    `- ${v.id} (${v.impact ?? 'no impact given'}): ${v.help}`,
    ...v.nodes
      .slice(0, 5)
      .map(
        (n) =>
          `    at ${n.target.join(' ')}\n      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}`,
      ),
  ]);
  throw new Error(`Accessibility problems on "${name}" (${page.url()}):\n${lines.join('\n')}`);
}

/**
 * Screenshots are for people looking at the app, not assertions: `KINTSUGI_SCREENSHOTS=0` turns
 * them off (and the resizing that takes them at both widths); axe runs either way.
 */
export const screenshotsOn = process.env.KINTSUGI_SCREENSHOTS !== '0';

/** Saves `test-results/screenshots/<name>.png`, unless screenshots are off. */
export async function screenshot(
  page: Page,
  name: string,
  options: { fullPage?: boolean } = {},
): Promise<void> {
  if (!screenshotsOn) return;
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  // The viewport by default: a full-page capture draws the sticky bars in the middle of the page.
  await page.screenshot({ path, fullPage: options.fullPage ?? false });
}

/**
 * The text of a finished download. Read through its stream, which works on a browser this process
 * connected to as well as on one it launched (`download.path()` works only on the latter).
 */
export async function downloadedText(download: Download): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export function uniqueEmail(who: string): string {
  return `${who}-${randomBytes(5).toString('hex')}@example.test`;
}

// Every screen's first reads and the most common writes, on server PostgreSQL, against the floor
// (bench/floor-server.ts) in alternating rounds, with one couple after a year of use; then the
// same with many more couples seeded in SQL beside them. Figures are printed beside their budgets
// and never fail the run. With --pglite, the one couple is measured on PGlite too, for
// information, between the two. Usage (see bench/README.md):
//   node --import tsx bench/screens.ts [--duration 5] [--rounds 3] [--connections 50]
//        [--couples 100000] [--profile light|full] [--pglite]
//        [--pg postgres://postgres@127.0.0.1:5432/postgres]
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import { cpuBetween, cpuSnapshot } from './lib/cpu.ts';
import { seedPeople, type LoadResult, type Person } from './lib/load.ts';
import { openPgliteOwner } from './lib/pglite.ts';
import { createBenchDatabase, dropBenchDatabase, serverVersion } from './lib/postgres.ts';
import { killAllChildren, startServer, type Server } from './lib/processes.ts';
import {
  FULL_YEAR,
  LIGHT,
  rowsPerCouple,
  seedCouples,
  seedOneCouple,
  seedUuid,
  type Profile,
  type SqlClient,
} from './lib/seed-sql.ts';
import { loadWalk, type Walker } from './lib/writes.ts';

/**
 * Every GET the web app makes on the first view of each screen: the same list as the `budgets`
 * table of src/app/statement-budget.test.ts (a test file, so it cannot be imported here). Keep
 * the two in step when a screen changes what it asks for.
 */
const READS: { screen: string; url: string }[] = [
  { screen: 'Today', url: '/api/v1/today' },
  { screen: 'timeline', url: '/api/v1/timeline?range=month' },
  { screen: 'check-ins', url: '/api/v1/checkins/today' },
  { screen: 'check-ins', url: '/api/v1/checkins/daily' },
  { screen: 'check-ins', url: '/api/v1/checkins/weekly' },
  { screen: 'path', url: '/api/v1/path' },
  { screen: 'agreements', url: '/api/v1/agreements' },
  { screen: 'promises', url: '/api/v1/promises' },
  { screen: 'promises', url: '/api/v1/promises/ledger?weeks=12' },
  { screen: 'letters', url: '/api/v1/letters' },
  { screen: 'talks', url: '/api/v1/talks' },
  { screen: 'talks', url: '/api/v1/ownership' },
  { screen: 'journal', url: '/api/v1/journal' },
  { screen: 'couple', url: '/api/v1/couple' },
  { screen: 'couple', url: '/api/v1/notices' },
  { screen: 'couple', url: '/api/v1/time-apart' },
  { screen: 'me', url: '/api/v1/me' },
  { screen: 'me', url: '/api/v1/me/sessions' },
  { screen: 'me', url: '/api/v1/me/second-factors' },
];

const BUDGET = { readRatio: 0.5, writeRatio: 0.35, p99Ms: 25, scale: 0.1 };

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '5' },
    rounds: { type: 'string', default: '3' },
    warmup: { type: 'string', default: '2' },
    connections: { type: 'string', default: '50' },
    couples: { type: 'string', default: '100000' },
    batch: { type: 'string', default: '2000' },
    profile: { type: 'string', default: 'light' },
    only: { type: 'string' },
    keep: { type: 'boolean', default: false },
    pglite: { type: 'boolean', default: false },
    pg: {
      type: 'string',
      default: process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    },
  },
});
const count = (name: keyof typeof values, min: number, max: number) => {
  const n = Number(values[name]);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new Error(`--${name} must be ${min}..${max}`);
  return n;
};
const duration = count('duration', 1, 300);
const rounds = count('rounds', 1, 10);
const warmup = count('warmup', 0, 60);
const connections = count('connections', 1, 1000);
const couples = count('couples', 0, 1_000_000);
const batch = count('batch', 1, 100_000);
if (values.profile !== 'light' && values.profile !== 'full')
  throw new Error('--profile is light or full');
const crowdProfile: Profile = values.profile === 'full' ? FULL_YEAR : LIGHT;
const adminUrl = values.pg;
const root = resolve(import.meta.dirname, '..');
const log = (line: string) => process.stderr.write(`[screens] ${line}\n`);
const reads = values.only ? READS.filter((r) => r.url.includes(values.only!)) : READS;

let dbName: string | undefined;
/** The PGlite part's data dir while it lasts (--pglite). */
let pgliteDir: string | undefined;
let cleaning: Promise<void> | undefined;
/**
 * Ends the child servers, removes the PGlite data dir and drops the database; every caller waits
 * for the same drop.
 */
function cleanUp(): Promise<void> {
  cleaning ??= (async () => {
    killAllChildren();
    removePgliteDir();
    if (dbName && values.keep) log(`kept the database ${dbName} (--keep): drop it when done`);
    else if (dbName)
      await dropBenchDatabase(adminUrl, dbName).catch((e) => log(`drop ${dbName}: ${e}`));
  })();
  return cleaning;
}
function removePgliteDir() {
  if (pgliteDir) rmSync(pgliteDir, { recursive: true, force: true });
  pgliteDir = undefined;
}
process.on('exit', () => killAllChildren());
// A second signal (a wrapper such as `timeout` passes one on too) must not cut the drop short.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => void cleanUp().finally(() => process.exit(130)));
}

// --- the couple the bench signs in as, made through the API -------------------------------

async function api(origin: string, person: Person, method: string, path: string, body?: unknown) {
  const res = await fetch(`${origin}${path}`, {
    method,
    headers: {
      cookie: person.cookie,
      origin,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(20_000),
  });
  const text = await res.text();
  if (res.status >= 300) throw new Error(`${method} ${path} answered ${res.status}: ${text}`);
  return text ? JSON.parse(text) : null;
}

interface Couple {
  a: Person & { id: string };
  b: Person & { id: string };
  coupleId: string;
}

async function makeCouple(origin: string): Promise<Couple> {
  const [a, b] = await seedPeople(origin, 2);
  await api(origin, a!, 'POST', '/api/v1/couple');
  const invite = await api(origin, a!, 'POST', '/api/v1/couple/invites');
  await api(origin, b!, 'POST', '/api/v1/couple/join', { code: invite.code });
  const meA = await api(origin, a!, 'GET', '/api/v1/me');
  const meB = await api(origin, b!, 'GET', '/api/v1/me');
  const couple = await api(origin, a!, 'GET', '/api/v1/couple/current');
  const coupleId = couple?.couple?.id ?? couple?.id;
  if (!coupleId) throw new Error(`no couple id in ${JSON.stringify(couple)}`);
  return { a: { ...a!, id: meA.id }, b: { ...b!, id: meB.id }, coupleId };
}

/**
 * The version-gated writes' rows, and where each connection's promise and conversation stand:
 * kept across the measurements on the same rows, as the rows are (the first run of the bench
 * started the second at version 1 and got only 409s).
 */
interface WriteTargets {
  promises: string[];
  talks: string[];
  promiseVersions: number[];
  talkState: { version: number; personId: string; does: string }[];
}

/** One open promise (made by A) and one open conversation per connection, for the version-gated writes. */
async function seedWriteTargets(client: SqlClient, c: Couple, n: number): Promise<WriteTargets> {
  await client.query(
    `insert into promises (id, couple_id, author_id, visibility)
     select ${seedUuid("$1::text || 'write' || g")}, $1::text::uuid, $2::uuid, 'shared' from generate_series(1, $3) g`,
    [c.coupleId, c.a.id, n],
  );
  await client.query(
    `insert into promise_events (promise_id, couple_id, seq, author_id, visibility, kind, text, due_at)
     select ${seedUuid("$1::text || 'write' || g")}, $1::text::uuid, 1, $2::uuid, 'shared', 'made',
       'I will call when I leave work.', now() + interval '300 days'
     from generate_series(1, $3) g`,
    [c.coupleId, c.a.id, n],
  );
  await client.query(
    `insert into conversations (id, couple_id, started_by, own_question, speaker_id, listener_id)
     select ${seedUuid("$1::text || 'writetalk' || g")}, $1::text::uuid, $2::uuid, 'What do you need this week?', $2::uuid, $3::uuid
     from generate_series(1, $4) g`,
    [c.coupleId, c.a.id, c.b.id, n],
  );
  const ids = async (sql: string) =>
    (await client.query(sql, [c.coupleId, n])).rows.map((r) => String(r.id));
  return {
    promises: await ids(
      `select ${seedUuid("$1::text || 'write' || g")} as id from generate_series(1, $2) g`,
    ),
    talks: await ids(
      `select ${seedUuid("$1::text || 'writetalk' || g")} as id from generate_series(1, $2) g`,
    ),
    promiseVersions: [],
    talkState: [],
  };
}

/** The measured couple's year and the writers' open rows, then ANALYZE; answers the seconds taken. */
async function seedYear(client: SqlClient, c: Couple, w: Couple) {
  const t = performance.now();
  await seedOneCouple(client, { coupleId: c.coupleId, a: c.a.id, b: c.b.id }, FULL_YEAR);
  const targets = await seedWriteTargets(client, w, connections);
  await client.query('analyze');
  return { targets, seconds: (performance.now() - t) / 1000 };
}

/** Every read must answer 200 on the seeded data before it is measured. */
async function checkReads(app: Server, c: Couple) {
  for (const r of READS) {
    await api(app.origin, c.a, 'GET', r.url).catch((error: Error) => {
      throw new Error(`${error.message}\n--- the app's output ---\n${app.output()}`);
    });
  }
}

/** The built app on server PostgreSQL (`DATABASE_URL`) or on a PGlite data dir (`KINTSUGI_DATA_DIR`). */
function startApp(
  name: string,
  database: { DATABASE_URL: string } | { KINTSUGI_DATA_DIR: string },
) {
  return startServer({
    name,
    args: ['dist/server/main.js', 'serve'],
    env: {
      DATABASE_URL: undefined,
      KINTSUGI_DATA_DIR: undefined,
      ...database,
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
      PUBLIC_ORIGIN: undefined,
    },
    cwd: root,
    timeoutMs: 120_000,
  });
}

// --- load ----------------------------------------------------------------------------------

async function loadGet(
  origin: string,
  path: string,
  cookies: string[],
  seconds = duration,
): Promise<LoadResult> {
  let next = 0;
  const r = await autocannon({
    url: `${origin}${path}`,
    connections,
    duration: seconds,
    timeout: 10,
    setupClient: (client) => client.setHeaders({ cookie: cookies[next++ % cookies.length]! }),
  });
  return {
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    failures: r.errors + r.timeouts + r.non2xx,
    total: r.requests.total,
  };
}

async function loadBody(
  origin: string,
  method: 'PUT' | 'POST',
  path: string,
  cookies: string[],
  body: unknown,
): Promise<LoadResult> {
  let next = 0;
  const r = await autocannon({
    url: `${origin}${path}`,
    method,
    connections,
    duration,
    timeout: 10,
    body: JSON.stringify(body),
    headers: { 'content-type': 'application/json', origin },
    setupClient: (client) =>
      client.setHeaders({
        cookie: cookies[next++ % cookies.length]!,
        'content-type': 'application/json',
        origin,
      }),
  });
  return {
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    failures: r.errors + r.timeouts + r.non2xx,
    total: r.requests.total,
  };
}

interface Job {
  name: string;
  /** The process that answers it, for its CPU (bench/lib/cpu.ts). */
  pid: number;
  /** A reference is measured like a read and held to no budget (bench/floor-server.ts). */
  kind: 'floor' | 'reference' | 'read' | 'write';
  run: (seconds?: number) => Promise<LoadResult>;
  results: Measured[];
}

/** A round's load result, with the CPU each request cost the server and PostgreSQL. */
interface Measured extends LoadResult {
  serverMs: number;
  postgresMs: number;
}

/**
 * The floor, every read as the measured couple, and the writes as a second couple (`w`), so
 * that what the writes add (entries, check-ins, turns, a promise's renegotiations) never
 * makes the measured couple's reads heavier than a year of use. The floor reads server
 * PostgreSQL, so it signs in as a couple made there (`floorCouple`; on PGlite, not `c`).
 */
function jobs(
  floor: Server,
  app: Server,
  c: Couple,
  w: Couple,
  targets: WriteTargets,
  floorCouple: Couple = c,
) {
  const both = [c.a.cookie, c.b.cookie];
  const onFloor = [floorCouple.a.cookie, floorCouple.b.cookie];
  const writers = [w.a.cookie, w.b.cookie];
  const { promiseVersions, talkState } = targets;
  const list: Job[] = [
    {
      name: 'floor: GET /api/v1/me',
      kind: 'floor',
      pid: floor.pid,
      run: (seconds) => loadGet(floor.origin, '/api/v1/me', onFloor, seconds),
      results: [],
    },
    {
      name: 'reference: the floor + one round trip',
      kind: 'reference',
      pid: floor.pid,
      run: (seconds) => loadGet(floor.origin, '/api/v1/me/then-one', onFloor, seconds),
      results: [],
    },
  ];
  for (const r of reads) {
    list.push({
      name: `GET ${r.url}`,
      kind: 'read',
      pid: app.pid,
      run: (seconds) => loadGet(app.origin, r.url, both, seconds),
      results: [],
    });
  }
  const promiseWalker: Walker = {
    first: (slot) => ({
      path: `/api/v1/promises/${targets.promises[slot % targets.promises.length]}/actions`,
      cookie: w.a.cookie,
      body: { action: 'renegotiate', version: promiseVersions[slot] ?? 1 },
    }),
    next: (slot, answer) => {
      promiseVersions[slot] = (answer as { version: number }).version;
      return promiseWalker.first(slot);
    },
  };
  const turn = (slot: number): ReturnType<Walker['first']> => {
    const s = talkState[slot] ?? { version: 1, personId: w.a.id, does: 'answer' };
    const kind = s.does === 'reflect' ? 'reflection' : s.does;
    return {
      path: `/api/v1/talks/${targets.talks[slot % targets.talks.length]}/turns`,
      cookie: s.personId === w.a.id ? w.a.cookie : w.b.cookie,
      body: {
        version: s.version,
        kind,
        ...(kind === 'confirm' ? {} : { body: 'What I heard is that you need rest.' }),
      },
    };
  };
  const talkWalker: Walker = {
    first: turn,
    next: (slot, answer) => {
      const a = answer as { version: number; next: { personId: string; does: string } | null };
      talkState[slot] = {
        version: a.version,
        personId: a.next?.personId ?? w.a.id,
        does: a.next?.does ?? 'answer',
      };
      return turn(slot);
    },
  };
  list.push(
    {
      name: 'PUT /api/v1/checkins/today',
      kind: 'write',
      pid: app.pid,
      run: () =>
        loadBody(app.origin, 'PUT', '/api/v1/checkins/today', writers, {
          emotions: ['calm', 'hope'],
          safety: 6,
          trust: 5,
          connection: 7,
          visibility: 'shared',
        }),
      results: [],
    },
    {
      name: 'POST /api/v1/journal',
      kind: 'write',
      pid: app.pid,
      run: () =>
        loadBody(app.origin, 'POST', '/api/v1/journal', writers, {
          body: 'We walked by the river and it was easy for once.',
        }),
      results: [],
    },
    {
      name: 'POST /api/v1/talks/:id/turns',
      kind: 'write',
      pid: app.pid,
      run: () => loadWalk(app.origin, talkWalker, { connections, duration }),
      results: [],
    },
    {
      name: 'POST /api/v1/promises/:id/actions',
      kind: 'write',
      pid: app.pid,
      run: () => loadWalk(app.origin, promiseWalker, { connections, duration }),
      results: [],
    },
  );
  return list;
}

/** One round of a job, with where the CPU went while it ran. */
async function measure(job: Job, database: string): Promise<Measured> {
  const before = cpuSnapshot(job.pid, database);
  const result = await job.run();
  const after = cpuSnapshot(job.pid, database);
  const share = cpuBetween(before, after);
  const ms = after.at - before.at;
  const per = (cores: number) => (result.total ? (cores * ms) / result.total : 0);
  return { ...result, serverMs: per(share.server), postgresMs: per(share.postgres) };
}

async function runRounds(list: Job[], database: string) {
  for (const job of list) {
    if (warmup > 0 && job.kind !== 'write') {
      await job.run(warmup);
    }
  }
  for (let round = 1; round <= rounds; round++) {
    for (const job of list) {
      log(`round ${round}: ${job.name}`);
      job.results.push(await measure(job, database));
    }
  }
}

// --- plans: auto_explain for one request per screen, read back from the server log ----------

const SERVER_LOG = process.env.BENCH_PG_LOG ?? '/var/log/postgresql/postgresql-15-main.log';

function readFrom(path: string, offset: number): string {
  const size = statSync(path).size;
  if (size <= offset) return '';
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(size - offset);
    readSync(fd, buf, 0, buf.length, offset);
    return buf.toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/** The costliest plan each screen's GET ran (the session lookup aside), or why there is none. */
async function capturePlans(
  dbUrl: string,
  name: string,
  c: Couple,
  start: () => Promise<Server>,
): Promise<Map<string, string>> {
  const plans = new Map<string, string>();
  const admin = new pg.Client({ connectionString: dbUrl });
  await admin.connect();
  let app: Server | undefined;
  try {
    statSync(SERVER_LOG);
    await admin.query(`alter database ${name} set session_preload_libraries = 'auto_explain'`);
    await admin.query(`alter database ${name} set auto_explain.log_min_duration = 0`);
    await admin.query(`alter database ${name} set auto_explain.log_analyze = on`);
    app = await start();
    for (const r of READS) {
      await api(app.origin, c.a, 'GET', r.url); // warm: plans of the first call include set-up
      const offset = statSync(SERVER_LOG).size;
      await api(app.origin, c.a, 'GET', r.url);
      await new Promise((ok) => setTimeout(ok, 300));
      const entries = readFrom(SERVER_LOG, offset)
        .split(/\n(?=\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)/)
        .filter((e) => e.includes(`@${name} `) && e.includes('plan:'))
        .filter((e) => !e.includes('app_session_viewer'));
      const ms = (e: string) => Number(/duration: ([\d.]+) ms/.exec(e)?.[1] ?? 0);
      const top = entries.sort((x, y) => ms(y) - ms(x))[0];
      plans.set(
        r.url,
        top
          ? `${entries.length} auto_explain entries; the slowest:\n` +
              top.replace(/^.*?LOG:\s+/, '').replace(/\t/g, '  ')
          : 'no statement besides the session lookup',
      );
    }
  } catch (error) {
    plans.set('error', `plans unavailable: ${(error as Error).message}`);
  } finally {
    await app?.stop();
    await admin.query(`alter database ${name} reset all`).catch(() => {});
    await admin.end();
  }
  return plans;
}

// --- report ----------------------------------------------------------------------------------

const best = (j: Job) => [...j.results].sort((a, b) => b.rps - a.rps)[0];
const int = (n: number) => Math.round(n).toLocaleString('en-US');

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows
    .map((r) =>
      r
        .map((c, i) => c.padEnd(widths[i]!))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/**
 * Prints the best round of each job; `baseline` (the one-couple ratios) adds "vs 1 couple".
 * `verdicts: false` leaves the budgets out (figures for information only).
 */
function report(
  title: string,
  list: Job[],
  { baseline, verdicts = true }: { baseline?: Map<string, number>; verdicts?: boolean } = {},
): Map<string, number> {
  const floor = best(list[0]!)?.rps ?? 0;
  const ratios = new Map<string, number>();
  const rows = [
    [
      'request',
      'req/s',
      'each round',
      'p50',
      'p99 ms',
      'non-2xx',
      'CPU ms/req: server + PG',
      'vs floor',
      'vs 1 couple',
    ],
  ];
  for (const j of list) {
    const b = best(j);
    if (!b) continue;
    const ratio = floor ? b.rps / floor : 0;
    ratios.set(j.name, ratio);
    const need = j.kind === 'write' ? BUDGET.writeRatio : BUDGET.readRatio;
    const ok = (good: boolean, what: string) =>
      !verdicts ? '' : good ? ` ok (${what})` : ` MISSED (${what})`;
    const before = baseline?.get(j.name);
    rows.push([
      j.name,
      int(b.rps),
      j.results.map((r) => int(r.rps)).join(' / '),
      String(b.p50),
      String(b.p99) + (j.kind === 'read' ? ok(b.p99 < BUDGET.p99Ms, `< ${BUDGET.p99Ms}`) : ''),
      `${b.failures} of ${int(b.total)}`,
      `${b.serverMs.toFixed(2)} + ${b.postgresMs.toFixed(2)}`,
      j.kind === 'floor'
        ? '1.00'
        : ratio.toFixed(2) + (j.kind === 'reference' ? '' : ok(ratio >= need, `>= ${need}`)),
      before === undefined || j.kind === 'floor' || j.kind === 'reference'
        ? ''
        : (ratio / before).toFixed(2) + ok(ratio / before >= 1 - BUDGET.scale, '>= 0.90'),
    ]);
  }
  console.log(`\n${title}\n${table(rows)}`);
  return ratios;
}

// --- PGlite, for information (--pglite) -----------------------------------------------------

/**
 * The one-couple part again on PGlite: the couples made through the API of an app on a fresh
 * data dir, the same year seeded in this process as the data dir's owner while no server runs
 * on it, then the same jobs against the same floor (server PostgreSQL's, so the ratios compare
 * with the first part's). No budgets: they hold on server PostgreSQL. The app's PID carries the
 * database's CPU here; `database` still names the floor's.
 */
async function onPgliteToo(floor: Server, floorCouple: Couple, database: string) {
  const dir = mkdtempSync(join(tmpdir(), 'kintsugi-bench-screens-'));
  pgliteDir = dir;
  const onPglite = () => startApp('app on PGlite', { KINTSUGI_DATA_DIR: dir });
  let app = await onPglite();
  const couple = await makeCouple(app.origin);
  const writers = await makeCouple(app.origin);
  await app.stop();
  const owner = await openPgliteOwner(dir);
  const { targets, seconds } = await seedYear(owner, couple, writers).finally(() => owner.close());
  console.log(`\nOn PGlite: the same year and write targets, seeded in ${seconds.toFixed(1)} s`);
  app = await onPglite();
  try {
    await checkReads(app, couple);
    const list = jobs(floor, app, couple, writers, targets, floorCouple);
    await runRounds(list, database);
    report(
      "One couple after a year (PGlite, for information; the floor is server PostgreSQL's)",
      list,
      { verdicts: false },
    );
  } finally {
    await app.stop();
  }
  removePgliteDir();
}

// --- main ------------------------------------------------------------------------------------

async function main(): Promise<number> {
  const built = spawnSync(process.execPath, ['scripts/build.mjs', 'server'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (built.status !== 0) throw new Error('building the server failed');
  const version = await serverVersion(adminUrl);
  const db = await createBenchDatabase(adminUrl);
  dbName = db.name;
  const onPostgres = () => startApp('app on PostgreSQL', { DATABASE_URL: db.url });
  const git = spawnSync('git', ['describe', '--always', '--dirty'], {
    cwd: root,
    encoding: 'utf8',
  });
  console.log(
    `Kintsugi screen bench, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ` +
      `commit ${git.stdout.trim()}\n${cpus().length} cores, Node ${process.version}, ` +
      `PostgreSQL ${version}, load average at start ${loadavg()[0]!.toFixed(2)}\n` +
      `${connections} connections, ${rounds} rounds of ${duration} s, alternating over every ` +
      `request; the best round is shown, latencies in whole ms`,
  );

  let app = await onPostgres();
  const couple = await makeCouple(app.origin);
  const writers = await makeCouple(app.origin);
  const owner = new pg.Client({ connectionString: db.url });
  await owner.connect();
  try {
    const { targets, seconds } = await seedYear(owner, couple, writers);
    console.log(
      `\nThe measured couple: a full year, ${int(rowsPerCouple(FULL_YEAR))} rows (rollups aside), ` +
        `seeded in ${seconds.toFixed(1)} s. The writes go to a second ` +
        `couple, with ${connections} open promises and conversations for the version-gated ones`,
    );
    await checkReads(app, couple);

    const floor = await startServer({
      name: 'floor',
      args: ['--import', 'tsx', 'bench/floor-server.ts'],
      env: { DATABASE_URL: db.url },
      cwd: root,
      timeoutMs: 30_000,
    });
    let list = jobs(floor, app, couple, writers, targets);
    await runRounds(list, db.name);
    const one = report('One couple after a year (server PostgreSQL)', list);
    await app.stop();
    const plansOne = await capturePlans(db.url, db.name, couple, onPostgres);
    if (values.pglite) await onPgliteToo(floor, couple, db.name);

    if (couples > 0) {
      let t = performance.now();
      log(`seeding ${couples} couples, profile ${values.profile}`);
      await seedCouples(owner, { count: couples, profile: crowdProfile, batch, log });
      const seedS = (performance.now() - t) / 1000;
      t = performance.now();
      await owner.query('analyze');
      const analyzeS = (performance.now() - t) / 1000;
      const counts = await owner.query(
        `select relname, n_live_tup from pg_stat_user_tables where n_live_tup > 1000 order by n_live_tup desc`,
      );
      const size = await owner.query(
        `select pg_size_pretty(pg_database_size(current_database())) s`,
      );
      console.log(
        `\n${int(couples)} more couples, profile "${values.profile}" (${int(rowsPerCouple(crowdProfile))} ` +
          `rows each, rollups aside): seeded in ${seedS.toFixed(0)} s, ANALYZE ${analyzeS.toFixed(0)} s, ` +
          `database ${size.rows[0].s}\nrows: ` +
          counts.rows
            .map(
              (r: { relname: string; n_live_tup: string }) =>
                `${r.relname} ${int(Number(r.n_live_tup))}`,
            )
            .join(', '),
      );
      app = await onPostgres();
      list = jobs(floor, app, couple, writers, targets);
      await runRounds(list, db.name);
      report(`With ${int(couples)} more couples (server PostgreSQL)`, list, { baseline: one });
      await app.stop();
      const plansMany = await capturePlans(db.url, db.name, couple, onPostgres);
      console.log(
        `\nPlans with ${int(couples)} more couples (auto_explain, analyze, one request each):`,
      );
      for (const [url, plan] of plansMany) console.log(`\n--- GET ${url}\n${plan}`);
    } else {
      await app.stop();
    }
    console.log('\nPlans with one couple (auto_explain, analyze, one request each):');
    for (const [url, plan] of plansOne) console.log(`\n--- GET ${url}\n${plan}`);
    await floor.stop();
    return 0;
  } finally {
    await owner.end();
    await cleanUp();
  }
}

main().then(
  (code) => process.exit(code),
  async (error: unknown) => {
    log(`failed: ${error instanceof Error ? error.stack : String(error)}`);
    await cleanUp();
    process.exit(1);
  },
);

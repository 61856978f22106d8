// Kintsugi's API bench: the app on server PostgreSQL and on PGlite, side by side with a raw
// node:http + pg floor doing the same authenticated read, plus start time, memory and the
// first page's JS. Figures are marked against the budgets; they never fail the run.
// Usage: node --import tsx bench/run.ts [--duration 10] [--rounds 3] [--warmup 5]
//        [--connections 50] [--people 5] [--pg postgres://postgres@127.0.0.1:5432/postgres]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as m from './lib/measure.ts';
import { createBenchDatabase, dropBenchDatabase, serverVersion } from './lib/postgres.ts';
import { killAllChildren } from './lib/processes.ts';
import { formatReport } from './lib/report.ts';
import { initialJsSize } from './lib/web-size.ts';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    rounds: { type: 'string', default: '3' },
    warmup: { type: 'string', default: '5' },
    connections: { type: 'string', default: '50' },
    people: { type: 'string', default: '5' },
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
const load = {
  duration: count('duration', 1, 300),
  warmup: count('warmup', 0, 60),
  connections: count('connections', 1, 1000),
};
const rounds = count('rounds', 1, 10);
const people = count('people', 1, 20); // sign-up allows 20 a minute per address
const adminUrl = values.pg;
const root = resolve(import.meta.dirname, '..');

// Whatever happens, no child server outlives the bench, and the throw-away data goes.
const tmp = mkdtempSync(join(tmpdir(), 'kintsugi-bench-'));
let dbName: string | undefined;
let cleaned = false;
async function cleanUp() {
  if (cleaned) return;
  cleaned = true;
  killAllChildren();
  rmSync(tmp, { recursive: true, force: true });
  if (dbName) await dropBenchDatabase(adminUrl, dbName).catch((e) => m.log(`drop ${dbName}: ${e}`));
}
process.on('exit', () => {
  killAllChildren();
  rmSync(tmp, { recursive: true, force: true });
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void cleanUp().finally(() => process.exit(130)));
}
const hardLimitS = 3 * (rounds * load.duration + load.warmup) + 300;
setTimeout(() => {
  m.log(`still running after ${hardLimitS} s; giving up`);
  void cleanUp().finally(() => process.exit(1));
}, hardLimitS * 1000).unref();

function describeRun(version: string): string {
  const cpu = cpus();
  const git = spawnSync('git', ['describe', '--always', '--dirty'], {
    cwd: root,
    encoding: 'utf8',
  });
  return (
    `Kintsugi bench, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ` +
    `commit ${git.stdout.trim() || 'unknown'}\n` +
    `${cpu.length} cores (${cpu[0]?.model.trim()}), ${Math.round(totalmem() / 2 ** 30)} GB, ` +
    `Node ${process.version}, PostgreSQL ${version}, load average now ${loadavg()[0]!.toFixed(2)}\n` +
    `GET /api/v1/me, ${load.connections} connections, ${rounds} rounds of ${load.duration} s ` +
    `per target (after ${load.warmup} s warm-up), cookies of ${people} people;\n` +
    `the best round is shown; latencies in whole ms; CPU time per request of the server and of\n` +
    `PostgreSQL; "others": cores used meanwhile by other processes (a shared machine's noise)`
  );
}

async function main(): Promise<number> {
  // Always measure the code as it is now: the server bundle takes well under a second.
  const built = spawnSync(process.execPath, ['scripts/build.mjs', 'server'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (built.status !== 0) throw new Error('building the server failed');
  const version = await serverVersion(adminUrl);
  const db = await createBenchDatabase(adminUrl);
  dbName = db.name;

  const target = (name: string): m.Target => ({ name, people: [], rounds: [] });
  const floor = target('floor');
  const postgres = target('app on PostgreSQL');
  const pglite = target('app on PGlite');
  try {
    await m.startApp(postgres, { DATABASE_URL: db.url, KINTSUGI_DATA_DIR: undefined }, root);
    await m.startApp(
      pglite,
      { KINTSUGI_DATA_DIR: join(tmp, 'data'), DATABASE_URL: undefined },
      root,
    );
    await m.seed(postgres, people);
    await m.seed(pglite, people);
    // The floor reads the same database with the cookies the app on PostgreSQL handed out.
    if (postgres.error) floor.error = new Error('floor: skipped, the app on PostgreSQL failed');
    floor.people = postgres.people;
    await m.startFloor(floor, db.url, root);

    const targets = [floor, postgres, pglite];
    for (const t of targets) await m.warmUp(t, load);
    // Alternating rounds spread any outside disturbance over all three targets alike.
    for (let round = 1; round <= rounds; round++) {
      for (const t of targets) await m.loadRound(t, { ...load, database: db.name }, round);
    }
    for (const t of targets) await m.finish(t);

    const web = initialJsSize(join(root, 'dist/web'));
    console.log(formatReport({ header: describeRun(version), floor, postgres, pglite, web }));
    return targets.some((t) => t.error) ? 1 : 0;
  } finally {
    await cleanUp();
  }
}

main().then(
  (code) => process.exit(code),
  async (error: unknown) => {
    m.log(`failed: ${error instanceof Error ? error.stack : String(error)}`);
    await cleanUp();
    process.exit(1);
  },
);

// The servers under test: start each (the app fresh, then again on the same data), warm them up,
// load them in alternating rounds, and stop them. A target that fails keeps its error and is
// left out of the later steps; the others go on.
import { cpuBetween, cpuSnapshot, type CpuShare } from './cpu.ts';
import { checkMe, loadMe, seedPeople, type LoadResult, type Person } from './load.ts';
import { memoryOf, startServer, type Server } from './processes.ts';

export const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);

export interface StartFigures {
  startFreshMs: number;
  startExistingMs: number;
  rssFreshMb: number;
  rssExistingMb: number;
}

export interface Round extends LoadResult {
  cpu: CpuShare;
}

export interface Target {
  name: string;
  server?: Server;
  people: Person[];
  start?: StartFigures;
  rounds: Round[];
  rssAfterLoadMb?: number;
  peakMb?: number;
  stopMs?: number;
  error?: Error;
}

export interface LoadOptions {
  connections: number;
  duration: number;
  warmup: number;
}

/** Runs one step of a target; an error marks the target failed instead of ending the bench. */
export async function step(target: Target, what: string, fn: () => Promise<void>): Promise<void> {
  if (target.error) return;
  try {
    await fn();
  } catch (error) {
    target.error = new Error(`${target.name}, ${what}: ${(error as Error).message}`);
    log(target.error.message);
    await target.server?.stop();
  }
}

/** The app on the database `env` names: started fresh, stopped, started again on the same data. */
export async function startApp(
  target: Target,
  env: Record<string, string | undefined>,
  cwd: string,
) {
  const start = (timeoutMs: number) =>
    startServer({
      name: target.name,
      args: ['dist/server/main.js', 'serve'],
      env: { ...env, LOG_LEVEL: 'warn', NODE_ENV: 'production', PUBLIC_ORIGIN: undefined },
      cwd,
      timeoutMs,
    });
  await step(target, 'start', async () => {
    log(`${target.name}: start on a fresh database`);
    const fresh = await start(120_000);
    const rssFreshMb = memoryOf(fresh.pid).rssMb;
    await fresh.stop();
    log(`${target.name}: start again on the same database`);
    target.server = await start(60_000);
    target.start = {
      startFreshMs: fresh.startMs,
      startExistingMs: target.server.startMs,
      rssFreshMb,
      rssExistingMb: memoryOf(target.server.pid).rssMb,
    };
  });
}

export async function startFloor(target: Target, databaseUrl: string, cwd: string) {
  await step(target, 'start', async () => {
    log(`${target.name}: start`);
    target.server = await startServer({
      name: target.name,
      args: ['--import', 'tsx', 'bench/floor-server.ts'],
      env: { DATABASE_URL: databaseUrl },
      cwd,
      timeoutMs: 30_000,
    });
  });
}

export async function seed(target: Target, count: number) {
  await step(target, 'seeding people', async () => {
    target.people = await seedPeople(target.server!.origin, count);
  });
}

export async function warmUp(target: Target, options: LoadOptions) {
  await step(target, 'warm-up', async () => {
    await checkMe(target.server!.origin, target.people);
    log(`${target.name}: warm-up ${options.warmup} s`);
    if (options.warmup > 0) {
      await loadMe(target.server!.origin, target.people, { ...options, duration: options.warmup });
    }
  });
}

/** `database` names the PostgreSQL database whose backends count as PostgreSQL's CPU. */
export async function loadRound(
  target: Target,
  options: LoadOptions & { database: string },
  round: number,
) {
  await step(target, `round ${round}`, async () => {
    const server = target.server!;
    log(
      `${target.name}: round ${round}, ${options.connections} connections for ${options.duration} s`,
    );
    const before = cpuSnapshot(server.pid, options.database);
    const result = await loadMe(server.origin, target.people, options);
    target.rounds.push({
      ...result,
      cpu: cpuBetween(before, cpuSnapshot(server.pid, options.database)),
    });
  });
}

export async function finish(target: Target) {
  await step(target, 'stop', async () => {
    const memory = memoryOf(target.server!.pid);
    target.rssAfterLoadMb = memory.rssMb;
    target.peakMb = memory.peakMb;
    target.stopMs = await target.server!.stop();
  });
}

/** The round with the most requests a second: the one least disturbed by anything else. */
export function bestRound(target: Target): Round | undefined {
  return [...target.rounds].sort((a, b) => b.rps - a.rps)[0];
}

// Child servers: spawn, time to the first answered health check, RSS, and a stop that always
// ends them (SIGTERM, then SIGKILL). Every child is tracked so that an error anywhere still
// kills it on the way out.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';

const live = new Set<ChildProcess>();

/** Kills every child still running; synchronous, so it is safe in an 'exit' handler. */
export function killAllChildren(): void {
  for (const child of live) child.kill('SIGKILL');
  live.clear();
}

export interface Server {
  name: string;
  origin: string;
  pid: number;
  /** Milliseconds from spawn to the first 200 from GET /api/health. */
  startMs: number;
  /** The last lines the child wrote, for error messages. */
  output(): string;
  stop(): Promise<number>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export interface StartOptions {
  name: string;
  args: string[];
  env: Record<string, string | undefined>;
  cwd: string;
  timeoutMs: number;
}

export async function startServer(options: StartOptions): Promise<Server> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const env: Record<string, string | undefined> = {
    ...process.env,
    ...options.env,
    PORT: String(port),
    HOST: '127.0.0.1',
  };
  for (const [key, value] of Object.entries(env)) if (value === undefined) delete env[key];

  const started = performance.now();
  const child = spawn(process.execPath, options.args, { cwd: options.cwd, env, stdio: 'pipe' });
  live.add(child);
  let tail = '';
  const keep = (chunk: Buffer) => (tail = (tail + chunk.toString()).slice(-4000));
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise<number>((resolve) =>
    child.once('exit', (code, signal) => {
      live.delete(child);
      resolve(code ?? (signal ? 128 : 1));
    }),
  );
  let exitCode: number | undefined;
  void exited.then((code) => (exitCode = code));

  const stop = async () => {
    const t = performance.now();
    if (exitCode === undefined) {
      child.kill('SIGTERM');
      const timedOut = await Promise.race([exited.then(() => false), sleep(10_000, true)]);
      if (timedOut) child.kill('SIGKILL');
      await exited;
    }
    return performance.now() - t;
  };

  try {
    await waitForHealth(origin, options.timeoutMs, () => exitCode !== undefined);
  } catch (error) {
    await stop();
    throw new Error(`${options.name}: ${(error as Error).message}\n--- its output ---\n${tail}`);
  }
  return {
    name: options.name,
    origin,
    pid: child.pid ?? 0,
    startMs: performance.now() - started,
    output: () => tail,
    stop,
  };
}

async function waitForHealth(origin: string, timeoutMs: number, hasExited: () => boolean) {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    if (hasExited()) throw new Error('exited before answering /api/health');
    try {
      const res = await fetch(`${origin}/api/health`, { signal: AbortSignal.timeout(2000) });
      await res.arrayBuffer();
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await sleep(10);
  }
  throw new Error(`no answer from /api/health within ${timeoutMs} ms`);
}

/** Resident memory of a process in MB (VmRSS), and its peak so far (VmHWM). */
export function memoryOf(pid: number): { rssMb: number; peakMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) =>
    Number(new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? NaN);
  return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
}

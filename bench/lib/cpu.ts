// Where the machine's CPU went during a load: the server under test, PostgreSQL (all its
// processes), this bench process (autocannon), and everything else. "Everything else" is other
// people's work on a shared machine: when it is large, the figures of that round are disturbed.
import { readdirSync, readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

interface Snapshot {
  at: number;
  busy: number;
  server: number;
  postgres: Map<string, number>;
  self: number;
}

function processTicks(pid: number | string): { comm: string; ticks: number } | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const close = stat.lastIndexOf(')');
    const fields = stat.slice(close + 2).split(' ');
    // utime and stime are fields 14 and 15; after "pid (comm) " the list starts at field 3.
    return {
      comm: stat.slice(stat.indexOf('(') + 1, close),
      ticks: Number(fields[11]) + Number(fields[12]),
    };
  } catch {
    return null; // the process ended meanwhile
  }
}

function machineBusyTicks(): number {
  const [, ...values] = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/);
  // user nice system idle iowait irq softirq steal: busy is all but idle and iowait.
  const [user, nice, system, , , irq, softirq, steal] = values.map(Number);
  return user! + nice! + system! + irq! + softirq! + steal!;
}

/**
 * Ticks of PostgreSQL's own processes and of the backends serving `database`, per process id.
 * Backends of other databases are someone else's work and count as "others".
 */
function postgresTicks(database: string): Map<string, number> {
  const ticks = new Map<string, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const p = processTicks(entry);
    if (p?.comm !== 'postgres') continue;
    let title = '';
    try {
      title = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
    } catch {
      continue;
    }
    const isClientBackend = /\(\d+\)|\[local\]/.test(title);
    if (!isClientBackend || title.includes(` ${database} `)) ticks.set(entry, p.ticks);
  }
  return ticks;
}

export function cpuSnapshot(serverPid: number, database: string): Snapshot {
  const usage = process.cpuUsage();
  return {
    at: performance.now(),
    busy: machineBusyTicks(),
    server: processTicks(serverPid)?.ticks ?? 0,
    postgres: postgresTicks(database),
    self: ((usage.user + usage.system) / 1e6) * TICKS_PER_SECOND,
  };
}

/** CPU cores used on average between two snapshots, by who used them. */
export interface CpuShare {
  server: number;
  postgres: number;
  bench: number;
  others: number;
}

export function cpuBetween(a: Snapshot, b: Snapshot): CpuShare {
  const ticks = ((b.at - a.at) / 1000) * TICKS_PER_SECOND;
  const cores = (n: number) => Math.max(0, n / ticks);
  const server = b.server - a.server;
  // Per process, so that a process ending meanwhile cannot make the sum go down.
  let postgres = 0;
  for (const [pid, ticksNow] of b.postgres) postgres += ticksNow - (a.postgres.get(pid) ?? 0);
  const self = b.self - a.self;
  return {
    server: cores(server),
    postgres: cores(postgres),
    bench: cores(self),
    others: cores(b.busy - a.busy - server - postgres - self),
  };
}

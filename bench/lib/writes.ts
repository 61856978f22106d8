// Writes that carry a version (a promise step, a conversation turn) cannot be replayed by
// autocannon: each connection must send the version its last answer gave. So these run as 50
// keep-alive loops over node:http, each on its own promise or conversation, for the duration.
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';
import type { LoadResult } from './load.ts';

export interface Step {
  path: string;
  cookie: string;
  body: unknown;
}

/** One connection's loop: `first` gives its first request, `next` the one after each answer. */
export interface Walker {
  first(slot: number): Step;
  next(slot: number, answer: unknown): Step;
}

function send(agent: Agent, origin: URL, step: Step): Promise<{ status: number; body: string }> {
  const payload = JSON.stringify(step.body);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        agent,
        host: origin.hostname,
        port: origin.port,
        method: 'POST',
        path: step.path,
        headers: {
          cookie: step.cookie,
          origin: origin.origin,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(payload),
        },
        timeout: 10_000,
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.end(payload);
  });
}

const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : 0;

export async function loadWalk(
  origin: string,
  walker: Walker,
  options: { connections: number; duration: number },
): Promise<LoadResult> {
  const url = new URL(origin);
  const agent = new Agent({ keepAlive: true, maxSockets: options.connections });
  const latencies: number[] = [];
  let failures = 0;
  const end = performance.now() + options.duration * 1000;
  const loop = async (slot: number) => {
    let step = walker.first(slot);
    while (performance.now() < end) {
      const t = performance.now();
      try {
        const res = await send(agent, url, step);
        if (res.status >= 200 && res.status < 300) {
          latencies.push(performance.now() - t);
          step = walker.next(slot, JSON.parse(res.body));
        } else {
          failures++;
        }
      } catch {
        failures++;
      }
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: options.connections }, (_, i) => loop(i)));
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return {
    rps: latencies.length / seconds,
    p50: Math.round(percentile(latencies, 50)),
    p99: Math.round(percentile(latencies, 99)),
    failures,
    total: latencies.length + failures,
  };
}

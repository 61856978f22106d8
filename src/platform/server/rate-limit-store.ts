import { createHash } from 'node:crypto';
import type { FastifyRateLimitStore } from '@fastify/rate-limit';
import { lt, sql } from 'drizzle-orm';
import { queryRows, type Database } from '../db/database.ts';
import { rateLimits } from '../db/rate-limits.tables.server.ts';
import { AppError } from './errors.ts';

type Answer = (error: Error | null, result?: { current: number; ttl: number }) => void;

/**
 * Counts one try against `key` in a fixed window of `windowMs` and answers the count and the
 * time left, in one statement: a window that has passed starts again at 1. As kintsugi_system,
 * the only role that sees the counters.
 */
export async function countTry(
  db: Database,
  key: string,
  windowMs: number,
): Promise<{ current: number; ttl: number }> {
  const keyHash = createHash('sha256').update(key).digest('hex');
  const [row] = await db.withSystem((tx) =>
    queryRows<{ hits: number; ttl: number }>(
      tx,
      sql`insert into rate_limits as r (key_hash, hits, resets_at)
          values (${keyHash}, 1, now() + make_interval(secs => ${windowMs / 1000}))
          on conflict (key_hash) do update set
            hits = case when r.resets_at <= now() then 1 else r.hits + 1 end,
            resets_at = case when r.resets_at <= now() then excluded.resets_at else r.resets_at end
          returning hits, greatest(0, ceil(extract(epoch from r.resets_at - now()) * 1000))::int as ttl`,
    ),
  );
  return { current: row!.hits, ttl: row!.ttl };
}

/**
 * A limit that only failures use up, for one key across many routes' or emails' tries (sign-in
 * per address, whatever the email: password spraying). The try counts at once, so parallel
 * tries cannot slip past; the caller gives it back when it succeeds, so a household behind one
 * address is never slowed by its own good sign-ins. Over the limit: 429 until the window ends,
 * never longer.
 */
export async function limitFailures(
  db: Database,
  { key, max, windowMs }: { key: string; max: number; windowMs: number },
): Promise<{ succeeded: () => Promise<void> }> {
  const { current, ttl } = await countTry(db, key, windowMs);
  if (current > max) {
    throw new AppError(
      'rate_limited',
      'Too many tries in a short time. Please wait a minute and try again.',
      {
        retryAfterSeconds: Math.max(1, Math.ceil(ttl / 1000)),
      },
    );
  }
  const keyHash = createHash('sha256').update(key).digest('hex');
  return {
    succeeded: () =>
      db.withSystem(async (tx) => {
        await queryRows(
          tx,
          sql`update rate_limits set hits = greatest(hits - 1, 0) where key_hash = ${keyHash}`,
        );
      }),
  };
}

/** Drops counters whose window ended over an hour ago. */
export async function dropOldTries(db: Database): Promise<void> {
  await db.withSystem((tx) =>
    tx.delete(rateLimits).where(lt(rateLimits.resetsAt, sql`now() - interval '1 hour'`)),
  );
}

/**
 * A store for @fastify/rate-limit that keeps its counters in the database, so that every server
 * behind a load balancer counts the same tries (the plugin's own store counts per process).
 * Each route counts apart, as the plugin's stores do. Fixed windows; the plugin's
 * `continueExceeding` and exponential backoff are not used here.
 */
export function databaseRateLimitStore(db: Database) {
  class DatabaseRateLimitStore implements FastifyRateLimitStore {
    /** The plugin makes the first with its options; `child` makes one per route. */
    constructor(
      _options?: unknown,
      private readonly namespace = '',
    ) {}

    incr(key: string, answer: Answer, timeWindow: number): void {
      countTry(db, `${this.namespace}${key}`, timeWindow).then(
        (result) => answer(null, result),
        (error: Error) => answer(error),
      );
    }

    child(options: Parameters<FastifyRateLimitStore['child']>[0]): DatabaseRateLimitStore {
      // The plugin passes the route's merged limit options, the route itself as `routeInfo`.
      type Route = { method?: string | string[]; url?: string };
      const route = (options as unknown as { routeInfo?: Route }).routeInfo ?? options;
      return new DatabaseRateLimitStore(
        undefined,
        `${String(route.method ?? '')} ${route.url ?? ''}|`,
      );
    }
  }
  return DatabaseRateLimitStore;
}

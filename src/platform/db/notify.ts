// Live updates across server instances: PostgreSQL LISTEN/NOTIFY. A feature publishes a topic
// (a kind and an id, never any text) inside its own transaction, so it is sent only if the
// transaction commits. Each server keeps ONE listening connection and fans out to its streams.
import type { PGlite } from '@electric-sql/pglite';
import { sql, type SQL } from 'drizzle-orm';
import pg from 'pg';

export const LIVE_CHANNEL = 'kintsugi_live';

/** "kind:uuid", nothing else: a payload can never carry what someone wrote. */
const TOPIC = /^[a-z][a-z-]{0,30}:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function isLiveTopic(topic: string): boolean {
  return TOPIC.test(topic);
}

/** Tells every server that `topic` changed, when (and only if) this transaction commits. */
export async function publishLive(
  tx: { execute(query: SQL): Promise<unknown> },
  topic: string,
): Promise<void> {
  if (!isLiveTopic(topic)) throw new Error('A live topic is a kind and an id, nothing more.');
  await tx.execute(sql`select pg_notify(${LIVE_CHANNEL}, ${topic})`);
}

export interface ListenHandlers {
  onPayload(payload: string): void;
  /** The connection was lost and is back: anything may have been missed, so refetch. */
  onReconnect?(): void;
}

/** Starts listening; resolves to a function that stops it. */
export type Listen = (channel: string, handlers: ListenHandlers) => Promise<() => Promise<void>>;

/** PGlite is one in-process database: its own listen() sees every NOTIFY. */
export function pgliteListen(client: PGlite): Listen {
  return async (channel, handlers) => {
    const stop = await client.listen(channel, (payload) => handlers.onPayload(payload));
    return async () => {
      await stop().catch(() => {});
    };
  };
}

const CHANNEL_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * PostgreSQL: one dedicated client outside the pool (LISTEN needs a session of its own). When
 * it drops, it reconnects with a growing delay and tells the handlers, which refetch.
 */
export function pgListen(url: string): Listen {
  return async (channel, handlers) => {
    if (!CHANNEL_NAME.test(channel)) throw new Error('Bad channel name');
    let client: pg.Client | null = null;
    let stopped = false;
    let delay = 250;
    let timer: NodeJS.Timeout | undefined;

    const connect = async (isRetry: boolean): Promise<void> => {
      const next = new pg.Client({ connectionString: url });
      next.on('notification', (message) => {
        if (message.channel === channel && message.payload) handlers.onPayload(message.payload);
      });
      const retry = () => {
        if (stopped || client !== next) return;
        client = null;
        next.removeAllListeners('error');
        next.on('error', () => {});
        void next.end().catch(() => {});
        timer = setTimeout(() => void connect(true).catch(() => {}), delay);
        timer.unref();
        delay = Math.min(delay * 2, 10_000);
      };
      next.on('error', retry);
      next.on('end', retry);
      client = next;
      try {
        await next.connect();
        await next.query(`LISTEN ${channel}`);
        delay = 250;
        if (isRetry) handlers.onReconnect?.();
      } catch (error) {
        retry();
        if (!isRetry) throw error;
      }
    };

    await connect(false);
    return async () => {
      stopped = true;
      clearTimeout(timer);
      const c = client;
      client = null;
      if (c) {
        c.removeAllListeners('end');
        c.removeAllListeners('error');
        c.on('error', () => {});
        await c.end().catch(() => {});
      }
    };
  };
}

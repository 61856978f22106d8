// Server-sent events for live screens, fed by the database's LISTEN/NOTIFY (../db/notify.ts).
// A stream tells an open screen only "this changed" (an id and a version); the screen then
// refetches through the ordinary, access-checked API. Before anything is sent, access is checked
// again for the person holding the stream: someone who left, or signed out, gets nothing more.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Database, Tx } from '../db/database.ts';
import type { Auth } from './auth.ts';
import { liveWords } from '../../content/input.ts';
import { isLiveTopic, LIVE_CHANNEL } from '../db/notify.ts';
import { AppError } from './errors.ts';

type Subscriber = () => void;

export interface LiveHub {
  /** Calls `fn` whenever `topic` is published, on any server instance; returns unsubscribe. */
  subscribe(topic: string, fn: Subscriber): () => void;
  /** Resolves once this server is listening (or has given up and left streams to polling). */
  ready(): Promise<void>;
  /** Registers an open stream so that closing the server ends it. */
  track(end: () => void): () => void;
  /** Takes one of a person's stream places, or null when they hold them all; returns release. */
  claim(personId: string): (() => void) | null;
  close(): Promise<void>;
}

/**
 * One LISTEN connection per server, opened on first use, shared by every stream. Each person
 * holds at most `maxPerPerson` open streams on a server (a few screens on a few devices), so no
 * one can tie up its sockets and memory by opening streams without end.
 */
export function createLiveHub(
  db: Database,
  { maxPerPerson = 6 }: { maxPerPerson?: number } = {},
): LiveHub {
  const topics = new Map<string, Set<Subscriber>>();
  const held = new Map<string, number>();
  const streams = new Set<() => void>();
  let stop: Promise<(() => Promise<void>) | null> | null = null;
  let closed = false;

  const fire = (subscribers: Iterable<Subscriber>) => {
    for (const fn of [...subscribers]) {
      try {
        fn();
      } catch {
        // One broken stream must not stop the others.
      }
    }
  };

  const start = () => {
    stop ??= db
      .listen(LIVE_CHANNEL, {
        onPayload: (topic) => {
          const subscribers = topics.get(topic);
          if (subscribers) fire(subscribers);
        },
        // Events may have been missed while the connection was down: everyone refetches.
        onReconnect: () => fire([...topics.values()].flatMap((s) => [...s])),
      })
      .catch(() => {
        stop = null; // the next subscriber tries again; streams fall back to their own polling
        return null;
      });
  };

  return {
    subscribe(topic, fn) {
      if (!isLiveTopic(topic)) throw new Error('Bad live topic');
      if (!closed) start();
      let subscribers = topics.get(topic);
      if (!subscribers) topics.set(topic, (subscribers = new Set()));
      subscribers.add(fn);
      return () => {
        subscribers.delete(fn);
        if (subscribers.size === 0) topics.delete(topic);
      };
    },
    async ready() {
      if (!closed) start();
      await stop;
    },
    track(end) {
      streams.add(end);
      return () => streams.delete(end);
    },
    claim(personId) {
      const count = held.get(personId) ?? 0;
      if (count >= maxPerPerson) return null;
      held.set(personId, count + 1);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        const left = (held.get(personId) ?? 1) - 1;
        if (left > 0) held.set(personId, left);
        else held.delete(personId);
      };
    },
    async close() {
      closed = true;
      for (const end of [...streams]) end();
      const unlisten = await stop;
      stop = null;
      await unlisten?.();
    },
  };
}

export function wantsEventStream(request: FastifyRequest): boolean {
  return (request.headers.accept ?? '').includes('text/event-stream');
}

export interface StreamOptions<T> {
  request: FastifyRequest;
  reply: FastifyReply;
  hub: LiveHub;
  topic: string;
  /** Whose stream this is: each person holds a few at most (`LiveHub.claim`). */
  personId: string;
  /** What the person may know now (e.g. `{ version }`), or null when they may no longer read it. */
  check: () => Promise<T | null>;
  heartbeatMs?: number;
  /** Streams end after this long; EventSource reconnects, which checks the session again. */
  maxAgeMs?: number;
}

/**
 * Turns the reply into an event stream. Events: `change` (data: what `check` answered),
 * `gone` (no longer readable; the stream ends). Comments keep proxies from timing out.
 */
export function openEventStream<T>(options: StreamOptions<T>): FastifyReply {
  const { request, reply, hub } = options;
  const release = hub.claim(options.personId);
  if (!release) {
    throw new AppError('rate_limited', liveWords.tooManyStreams, {
      reason: 'too_many_streams',
      retryAfterSeconds: 30,
    });
  }
  const raw = reply.raw;
  reply.hijack();
  raw.writeHead(200, {
    ...(reply.getHeaders() as Record<string, string>),
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
  });
  raw.write('retry: 3000\n\n');

  let open = true;
  let checking = false;
  let again = false;
  const end = () => {
    if (!open) return;
    open = false;
    clearInterval(heartbeat);
    clearTimeout(maxAge);
    unsubscribe();
    untrack();
    release();
    raw.end();
  };

  // Checks are serialised and coalesced: a burst of changes costs at most two reads.
  const send = async () => {
    if (checking) {
      again = true;
      return;
    }
    checking = true;
    try {
      do {
        again = false;
        const allowed = await options.check().catch(() => null);
        if (!open) return;
        if (allowed === null) {
          raw.write('event: gone\ndata: {}\n\n');
          end();
          return;
        }
        raw.write(`event: change\ndata: ${JSON.stringify(allowed)}\n\n`);
      } while (again && open);
    } finally {
      checking = false;
    }
  };

  const unsubscribe = hub.subscribe(options.topic, () => void send());
  const untrack = hub.track(end);
  const heartbeat = setInterval(() => raw.write(': still here\n\n'), options.heartbeatMs ?? 20_000);
  const maxAge = setTimeout(end, options.maxAgeMs ?? 10 * 60_000);
  heartbeat.unref();
  maxAge.unref();
  request.raw.on('close', end);
  // The first event, once this server is listening: the state as it is now, so a reconnecting
  // screen catches up at once and nothing published after it can be missed.
  void hub.ready().then(send);
  return reply;
}

/**
 * A screen's live address (decision 041): the version now as JSON, or, when the browser asks for
 * an event stream, the same version on every change of `topic`, read again as the person each
 * time. Waves and the daily question answer this way.
 */
export function versionOrStream<T>(options: {
  auth: Auth;
  db: Database;
  hub: LiveHub;
  topic: (personId: string) => string;
  version: (tx: Tx) => Promise<T>;
}) {
  const { auth, db, hub, topic, version } = options;
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const [now, personId] = await auth.run(
      request,
      async ({ tx, userId }) => [await version(tx), userId] as const,
    );
    const tokenHash = auth.tokenHashOf(request);
    if (!wantsEventStream(request) || !tokenHash) return now;
    return openEventStream({
      request,
      reply,
      hub,
      topic: topic(personId),
      personId,
      check: () => db.withUser(tokenHash, ({ tx }) => version(tx), 'read'),
    });
  };
}

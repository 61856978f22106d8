import { createHash, randomUUID } from 'node:crypto';
import { and, eq, isNull, lt, or, sql } from 'drizzle-orm';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Database, UserContext } from '../db/database.ts';
import { idempotencyKeys } from '../db/idempotency.tables.server.ts';
import { lockRuleOf, type Auth } from './auth.ts';
import { AppError } from './errors.ts';

/**
 * Idempotency-Key for every state-changing request of a signed-in person: the first request
 * claims the key; a retry with the same key and the same request answers the first response
 * (status and body); the same key with another request is refused (409); a duplicate sent while
 * the first still runs waits for it and answers the same. Keys live a day.
 *
 * Requests without a session (sign-up, sign-in, sign-out) accept the header and pass through:
 * they create nothing twice by design, and we keep no copy of responses about credentials
 * (docs/decisions/050-idempotency.md).
 */
export const IDEMPOTENCY_HEADER = 'idempotency-key';
const KEY = /^[\x21-\x7e]{1,200}$/;
const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);
const SECRET_FIELD = /password/i;
const KEEP_HOURS = 24;
/** A claim with no response after this long belongs to a request that died (a crash). */
const ABANDONED_SECONDS = 120;
const WAIT_MS = 10_000;

interface Claim {
  id: string;
}
const claims = new WeakMap<FastifyRequest, Claim>();
const replays = new WeakSet<FastifyRequest>();

/** The body as hashed: secrets are left out, so no hash of a password is ever stored. */
function withoutSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutSecrets);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, SECRET_FIELD.test(k) ? '<secret>' : withoutSecrets(v)]),
    );
  }
  return value;
}

export function hashRequest(request: FastifyRequest): string {
  const shape = [request.method, request.url, withoutSecrets(request.body ?? null)];
  return createHash('sha256').update(JSON.stringify(shape)).digest('hex');
}

type Stored = typeof idempotencyKeys.$inferSelect;

const reused = () =>
  new AppError(
    'conflict',
    'This Idempotency-Key was already used for a different request. Send a new key with a new request.',
    { reason: 'idempotency_key_reused' },
  );

function replay(request: FastifyRequest, reply: FastifyReply, row: Stored) {
  replays.add(request);
  reply.header('idempotent-replayed', 'true');
  if (row.contentType) reply.type(row.contentType);
  return reply.code(row.statusCode ?? 200).send(row.responseBody || null);
}

export function registerIdempotency(
  app: FastifyInstance,
  { db, auth }: { db: Database; auth: Auth },
) {
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  let sweeper: NodeJS.Timeout | undefined;
  app.addHook('onReady', async () => {
    sweeper = setInterval(() => void dropExpiredIdempotencyKeys(db).catch(() => {}), 3_600_000);
    sweeper.unref();
  });
  app.addHook('onClose', async () => clearInterval(sweeper));

  app.addHook('preHandler', async (request, reply) => {
    if (SAFE.has(request.method)) return;
    const header = request.headers[IDEMPOTENCY_HEADER];
    if (header === undefined) return;
    if (typeof header !== 'string' || !KEY.test(header)) {
      throw new AppError(
        'bad_request',
        'The Idempotency-Key must be 1 to 200 plain characters, like a random id.',
        {
          reason: 'bad_idempotency_key',
        },
      );
    }
    const tokenHash = auth.tokenHashOf(request);
    if (!tokenHash) return;
    const requestHash = hashRequest(request);
    const started = Date.now();
    for (;;) {
      const claim = async ({ tx, userId }: UserContext) => {
        await tx
          .delete(idempotencyKeys)
          .where(
            and(
              eq(idempotencyKeys.personId, userId),
              or(
                lt(idempotencyKeys.createdAt, sql`now() - make_interval(hours => ${KEEP_HOURS})`),
                and(
                  isNull(idempotencyKeys.completedAt),
                  lt(
                    idempotencyKeys.createdAt,
                    sql`now() - make_interval(secs => ${ABANDONED_SECONDS})`,
                  ),
                ),
              ),
            ),
          );
        const id = randomUUID();
        const inserted = await tx
          .insert(idempotencyKeys)
          .values({ id, personId: userId, key: header, requestHash })
          .onConflictDoNothing()
          .returning({ id: idempotencyKeys.id });
        if (inserted.length > 0) return { kind: 'claimed', id } as const;
        const [row] = await tx
          .select()
          .from(idempotencyKeys)
          .where(and(eq(idempotencyKeys.personId, userId), eq(idempotencyKeys.key, header)));
        return { kind: 'existing', row } as const;
      };
      // While the app lock holds, only the routes that run locked may claim a key (decision 132).
      const outcome = await db.withUser(tokenHash, claim, 'write', undefined, lockRuleOf(request));
      if (!outcome) return; // no live session: the route answers 401 by itself
      if (outcome.kind === 'claimed') {
        claims.set(request, { id: outcome.id });
        return;
      }
      const { row } = outcome;
      if (row && row.requestHash !== requestHash) throw reused();
      if (row?.completedAt) return replay(request, reply, row);
      if (Date.now() - started > WAIT_MS) {
        throw new AppError(
          'conflict',
          'The same request is still being handled. Please try again in a moment.',
          {
            reason: 'idempotency_in_progress',
          },
        );
      }
      await sleep(50);
    }
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const claim = claims.get(request);
    if (!claim || replays.has(request)) return payload;
    claims.delete(request);
    try {
      // As kintsugi_system by the claim's own random id: the request may have ended its session.
      await db.withSystem(async (tx) => {
        if (
          reply.statusCode >= 500 ||
          (payload !== null && typeof payload !== 'string' && !Buffer.isBuffer(payload))
        ) {
          // Our failure, or a stream we can't keep: let a retry run again.
          await tx.delete(idempotencyKeys).where(eq(idempotencyKeys.id, claim.id));
          return;
        }
        const contentType = reply.getHeader('content-type');
        await tx
          .update(idempotencyKeys)
          .set({
            statusCode: reply.statusCode,
            contentType: typeof contentType === 'string' ? contentType : null,
            responseBody: payload === null ? '' : String(payload),
            completedAt: sql`now()`,
          })
          .where(eq(idempotencyKeys.id, claim.id));
      });
    } catch (error) {
      request.log.warn(
        { err: { type: (error as Error).name } },
        'could not keep the idempotent response',
      );
    }
    return payload;
  });
}

/** Drops every expired key (all people): run now and then by the server. */
export async function dropExpiredIdempotencyKeys(db: Database): Promise<void> {
  await db.withSystem((tx) =>
    tx
      .delete(idempotencyKeys)
      .where(lt(idempotencyKeys.createdAt, sql`now() - make_interval(hours => ${KEEP_HOURS})`)),
  );
}

import type { FastifyReply, FastifyRequest } from 'fastify';
import { sessions } from '../db/core.tables.server.ts';
import type { Database, LockRule, SignedIn, Tx } from '../db/database.ts';
import { describeDevice } from './device.ts';
import { AppError } from './errors.ts';
import {
  hashToken,
  newSessionToken,
  SESSION_ABSOLUTE_DAYS,
  sessionCookieName,
} from './session-token.ts';

export interface Auth {
  cookieName: string;
  /** The hash of the session token this request carries, if any. */
  tokenHashOf(request: FastifyRequest): string | null;
  /**
   * Runs `fn` as the signed-in person; 401 when nobody is signed in. GET and HEAD run as reads
   * (each statement on its own, read-only); every other method in one transaction.
   */
  run<T>(request: FastifyRequest, fn: (ctx: SignedIn) => Promise<T>): Promise<T>;
  /** Creates a session row (with a fresh token) and sets its cookie; answers the session's id. */
  startSession(options: {
    tx: Tx;
    personId: string;
    request: FastifyRequest;
    reply: FastifyReply;
  }): Promise<string>;
  clearCookie(reply: FastifyReply): void;
  /** A cookie that looks like a session and opens nothing (see sign-up). */
  setDecoyCookie(reply: FastifyReply): void;
}

/** Routes marked `config: { whileLocked: true }` run while the app lock holds; no other does. */
export const lockRuleOf = (request: FastifyRequest): LockRule =>
  request.routeOptions.config.whileLocked === true ? 'allow' : 'refuse';

export const notSignedIn = () =>
  new AppError('unauthenticated', 'Please sign in to continue.', { reason: 'unauthenticated' });

/** Hears each signed-in request's statement count (the in-process test server keeps it). */
export type StatementsHook = (request: FastifyRequest, statements: number) => void;

export function createAuth({
  db,
  isSecure,
  onStatements,
}: {
  db: Database;
  isSecure: boolean;
  onStatements?: StatementsHook | undefined;
}): Auth {
  const cookieName = sessionCookieName(isSecure);
  const cookieOptions = { path: '/', httpOnly: true, sameSite: 'lax' as const, secure: isSecure };

  const tokenHashOf = (request: FastifyRequest) => {
    const token = request.cookies[cookieName];
    return token && token.length <= 128 ? hashToken(token) : null;
  };

  return {
    cookieName,
    tokenHashOf,
    async run(request, fn) {
      const tokenHash = tokenHashOf(request);
      if (!tokenHash) throw notSignedIn();
      let ran = false;
      const access = request.method === 'GET' || request.method === 'HEAD' ? 'read' : 'write';
      const counter = { statements: 0 };
      let result;
      try {
        result = await db.withUser(
          tokenHash,
          (ctx) => {
            ran = true;
            return fn(ctx);
          },
          access,
          counter,
          lockRuleOf(request),
        );
      } finally {
        // The count only: never a statement's text or values (decision 110).
        if (ran) {
          request.log.debug({ statements: counter.statements }, 'database statements');
          onStatements?.(request, counter.statements);
        }
      }
      if (!ran) throw notSignedIn();
      return result as Awaited<ReturnType<typeof fn>>;
    },
    async startSession({ tx, personId, request, reply }) {
      const token = newSessionToken();
      const expiresAt = new Date(Date.now() + SESSION_ABSOLUTE_DAYS * 86_400_000);
      const [row] = await tx
        .insert(sessions)
        .values({
          personId,
          tokenHash: hashToken(token),
          device: describeDevice(request.headers['user-agent']),
          expiresAt,
        })
        .returning({ id: sessions.id });
      reply.setCookie(cookieName, token, { ...cookieOptions, expires: expiresAt });
      return row!.id;
    },
    setDecoyCookie(reply) {
      const expires = new Date(Date.now() + SESSION_ABSOLUTE_DAYS * 86_400_000);
      reply.setCookie(cookieName, newSessionToken(), { ...cookieOptions, expires });
    },
    clearCookie(reply) {
      reply.clearCookie(cookieName, cookieOptions);
    },
  };
}

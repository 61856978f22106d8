import type { RouteOptions } from 'fastify';
import { errorCodes, type ErrorCode } from './errors.ts';

/**
 * The rules that read a route's definition for the API document: the name it gets when it gives
 * none, the session it needs, and the errors its shape implies (docs/decisions/100).
 */

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Errors this route answers beyond those its shape implies (see `errorsOf`). */
    apiErrors?: readonly ErrorCode[];
    /** Runs while the session is locked by the app lock (unlock, lock, sign out; decision 132). */
    whileLocked?: boolean;
  }
}

/** The session a route needs: `schema.security` unset means required; `[]` none; `[{}, ...]` optional. */
export type SessionNeed = 'required' | 'none' | 'optional';

export interface RouteFacts {
  method: string;
  url: string;
  session: SessionNeed;
  hasParams: boolean;
  hasInput: boolean;
  isWrite: boolean;
  isRateLimited: boolean;
  extra: readonly ErrorCode[];
  /** Runs while the session is locked (see `whileLocked`); other signed-in routes answer 423. */
  whileLocked?: boolean;
}

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * The errors a route can answer, from the platform's own rules: validation (400), the session
 * check (401), the app lock (423), the Origin check on writes (403), someone else's thing or none (404), the
 * Idempotency-Key in flight (409), body limit and JSON-only parser (413, 415), rate limits (429).
 */
export function errorsOf(route: RouteFacts): ErrorCode[] {
  const codes = new Set<ErrorCode>(route.extra);
  if (route.hasInput || route.isWrite) codes.add('bad_request');
  if (route.session === 'required') codes.add('unauthenticated').add('not_found');
  if (route.session === 'required' && !route.whileLocked) codes.add('locked');
  if (route.hasParams) codes.add('not_found');
  if (route.isWrite)
    codes.add('forbidden').add('conflict').add('payload_too_large').add('unsupported_media_type');
  if (route.isRateLimited) codes.add('rate_limited');
  codes.add('internal');
  return [...codes].sort((a, b) => errorCodes[a].status - errorCodes[b].status);
}

const capital = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** `GET /api/v1/journal/:id` -> `getJournalById`. The document numbers the rare clash (`...2`). */
export function deriveOperationId(method: string, url: string): string {
  const parts = url
    .replace(/^\/api(\/v\d+)?/, '')
    .split('/')
    .filter(Boolean);
  const words = parts.filter((p) => !p.startsWith(':')).flatMap((p) => p.split(/[^A-Za-z0-9]+/));
  const params = parts.filter((p) => p.startsWith(':')).map((p) => capital(p.slice(1)));
  const by = params.length > 0 ? `By${params.join('And')}` : '';
  return `${method.toLowerCase()}${words.map(capital).join('')}${by}`;
}

export function sessionNeedOf(security: unknown): SessionNeed {
  if (!Array.isArray(security)) return 'required';
  if (security.length === 0) return 'none';
  return security.some((s) => Object.keys(s as object).length === 0) ? 'optional' : 'required';
}

/** What the document needs to know of one route, for one of its methods. */
export function routeFacts(method: string, route: RouteOptions): RouteFacts {
  const schema = (route.schema ?? {}) as Record<string, unknown>;
  return {
    method,
    url: route.url,
    session: sessionNeedOf(schema.security),
    hasParams: route.url.includes(':'),
    hasInput: Boolean(schema.body ?? schema.querystring ?? schema.params),
    isWrite: WRITES.has(method),
    isRateLimited: Boolean((route.config as { rateLimit?: unknown } | undefined)?.rateLimit),
    extra: route.config?.apiErrors ?? [],
    whileLocked: route.config?.whileLocked === true,
  };
}

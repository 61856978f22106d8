import swagger from '@fastify/swagger';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorBodySchema, errorCodes, type ErrorCode } from './errors.ts';

/**
 * The OpenAPI document at /api/openapi.json, made from the routes themselves: every route gets
 * an operationId, a tag, its session requirement and the error responses its shape implies,
 * without its author having to remember any of it (docs/decisions/100).
 */

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Errors this route answers beyond those its shape implies (see `errorsOf`). */
    apiErrors?: readonly ErrorCode[];
  }
}

/** What the composition root knows about the API as a whole. */
export interface ApiDescription {
  version: string;
  license: { name: string; url: string };
  /** Each tag's description, by tag name. */
  tags: Record<string, string>;
  /** Readable names where the derived one reads badly, by `METHOD /path` as the route is declared. */
  operationIds: Record<string, string>;
}

/** For servers built without one (some tests): derived names and plain tag descriptions. */
export const plainApiDescription: ApiDescription = {
  version: '0.0.0',
  license: {
    name: 'UNLICENSED',
    url: 'https://docs.npmjs.com/cli/configuring-npm/package-json#license',
  },
  tags: {},
  operationIds: {},
};

export const SESSION_SCHEME = 'session';

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
}

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * The errors a route can answer, from the platform's own rules: validation (400), the session
 * check (401), the Origin check on writes (403), someone else's thing or none (404), the
 * Idempotency-Key in flight (409), body limit and JSON-only parser (413, 415), rate limits (429).
 */
export function errorsOf(route: RouteFacts): ErrorCode[] {
  const codes = new Set<ErrorCode>(route.extra);
  if (route.hasInput || route.isWrite) codes.add('bad_request');
  if (route.session === 'required') codes.add('unauthenticated').add('not_found');
  if (route.hasParams) codes.add('not_found');
  if (route.isWrite)
    codes.add('forbidden').add('conflict').add('payload_too_large').add('unsupported_media_type');
  if (route.isRateLimited) codes.add('rate_limited');
  codes.add('internal');
  return [...codes].sort((a, b) => errorCodes[a].status - errorCodes[b].status);
}

const capital = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** `GET /api/v1/journal/:id` -> `getJournalById`: readable enough, and unique per method and path. */
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

const responseName = (code: ErrorCode) => code.split('_').map(capital).join('');
const docPath = (url: string) => url.replace(/:(\w+)/g, '{$1}');

function sessionNeedOf(security: unknown): SessionNeed {
  if (!Array.isArray(security)) return 'required';
  if (security.length === 0) return 'none';
  return security.some((s) => Object.keys(s as object).length === 0) ? 'optional' : 'required';
}

type Operation = { operationId?: string; tags?: string[]; responses?: Record<string, unknown> };

export interface ApiDocumentOptions {
  description: ApiDescription;
  cookieName: string;
  serverUrl: string;
  /** The feature whose routes are being registered now, for the tag of an untagged route. */
  currentFeature: () => string;
}

export async function registerApiDocument(app: FastifyInstance, options: ApiDocumentOptions) {
  const { description } = options;
  const facts = new Map<string, RouteFacts & { feature: string }>();
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api')) return;
    const schema = (route.schema ?? {}) as Record<string, unknown>;
    for (const method of Array.isArray(route.method) ? route.method : [route.method]) {
      facts.set(`${method} ${docPath(route.url)}`, {
        method,
        url: route.url,
        session: sessionNeedOf(schema.security),
        hasParams: route.url.includes(':'),
        hasInput: Boolean(schema.body ?? schema.querystring ?? schema.params),
        isWrite: WRITES.has(method),
        isRateLimited: Boolean((route.config as { rateLimit?: unknown } | undefined)?.rateLimit),
        extra: route.config?.apiErrors ?? [],
        feature: options.currentFeature(),
      });
    }
  });

  const errorSchema = z.toJSONSchema(errorBodySchema, { target: 'openapi-3.0' });
  delete errorSchema.$schema;

  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Kintsugi API',
        version: description.version,
        license: description.license,
        description:
          'The JSON API of Kintsugi, a private space for two partners rebuilding trust. Sign in (or sign up) to get the session cookie; ' +
          'every state-changing request must send an `Origin` header equal to the server origin, and may send an `Idempotency-Key`. ' +
          'Every error answers `{ error: { code, message, fields? } }`. How to generate a typed client: docs/api.md.',
      },
      servers: [{ url: options.serverUrl, description: 'This server' }],
      security: [{ [SESSION_SCHEME]: [] }],
      components: {
        securitySchemes: {
          [SESSION_SCHEME]: {
            type: 'apiKey',
            in: 'cookie',
            name: options.cookieName,
            description:
              'The session cookie that signing in or up sets (HttpOnly). Signing out ends it.',
          },
        },
      },
    },
    transform: jsonSchemaTransform,
    transformObject: (doc) =>
      completeDocument(
        (doc as { openapiObject: Document }).openapiObject,
        facts,
        errorSchema,
        description,
      ),
  });
}

type Document = {
  paths?: Record<string, Record<string, Operation>>;
  tags?: { name: string; description: string }[];
  components?: Record<string, Record<string, unknown>>;
};

/** Adds what the routes do not say themselves: names, tags, error responses, tag descriptions. */
function completeDocument(
  document: Document,
  facts: Map<string, RouteFacts & { feature: string }>,
  errorSchema: unknown,
  description: ApiDescription,
) {
  const usedErrors = new Set<ErrorCode>();
  const usedTags: string[] = [];
  const taken = new Set<string>();
  for (const [path, operations] of Object.entries(document.paths ?? {})) {
    for (const [method, operation] of Object.entries(operations)) {
      const route = facts.get(`${method.toUpperCase()} ${path}`);
      if (!route) continue;
      const key = `${route.method} ${route.url}`;
      const name =
        operation.operationId ??
        description.operationIds[key] ??
        deriveOperationId(route.method, route.url);
      // Two routes with one name would break every generated client; keep both, visibly numbered.
      let id = name;
      for (let n = 2; taken.has(id); n++) id = `${name}${n}`;
      taken.add(id);
      operation.operationId = id;
      operation.tags = operation.tags?.length ? operation.tags : [route.feature];
      for (const tag of operation.tags) if (!usedTags.includes(tag)) usedTags.push(tag);
      operation.responses ??= {};
      for (const code of errorsOf(route)) {
        const status = String(errorCodes[code].status);
        if (operation.responses[status]) continue;
        operation.responses[status] = { $ref: `#/components/responses/${responseName(code)}` };
        usedErrors.add(code);
      }
    }
  }
  document.tags = usedTags.map((name) => ({
    name,
    description: description.tags[name] ?? `Routes about ${name}.`,
  }));
  const components = (document.components ??= {});
  components.schemas = { ...components.schemas, Error: errorSchema };
  components.responses = Object.fromEntries(
    [...usedErrors].map((code) => [
      responseName(code),
      {
        description: errorCodes[code].description,
        content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
      },
    ]),
  );
  return document as never;
}

import swagger from '@fastify/swagger';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { deriveOperationId, errorsOf, routeFacts, type RouteFacts } from './api-operations.ts';
import { errorBodySchema, errorCodes, type ErrorCode } from './errors.ts';

/**
 * The OpenAPI document at /api/openapi.json, made from the routes themselves: every route gets
 * an operationId, a tag, its session requirement and the error responses its shape implies,
 * without its author having to remember any of it (docs/decisions/100).
 */

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

const capital = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
const responseName = (code: ErrorCode) => code.split('_').map(capital).join('');
const docPath = (url: string) => url.replace(/:(\w+)/g, '{$1}');

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
    for (const method of Array.isArray(route.method) ? route.method : [route.method]) {
      facts.set(`${method} ${docPath(route.url)}`, {
        ...routeFacts(method, route),
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

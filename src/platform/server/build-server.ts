import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import {
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Env } from '../config/env.ts';
import type { Database, UserContext } from '../db/database.ts';
import type { SQL } from 'drizzle-orm';
import { plainApiDescription, registerApiDocument, type ApiDescription } from './api-document.ts';
import { createAuth, type Auth, type StatementsHook } from './auth.ts';
import { AppError } from './errors.ts';
import { handleError } from './error-handler.ts';
import { createLiveHub, type LiveHub } from './live.ts';
import { registerIdempotency } from './idempotency.ts';
import { refuseUnexpectedBodies } from './no-unexpected-body.ts';
import { parseJsonBody } from './json-body.ts';
import { securityHeaders } from './security-headers.ts';
import { originCheck } from './own-origin.ts';
import { databaseRateLimitStore, dropOldTries } from './rate-limit-store.ts';
import { dispatchReminders } from '../reminders/dispatch-reminders.server.ts';
import { sweepReminders, type DueMomentSource } from '../reminders/sweep-reminders.server.ts';
import { linkOrigin } from './link-origin.ts';
import {
  startMailWorker,
  type MailWorker,
  type MailWorkerOptions,
} from '../mail/mail-worker.server.ts';
import {
  startPushWorker,
  type PushWorker,
  type PushWorkerOptions,
} from '../push/push-worker.server.ts';
import { pushSubject } from '../push/vapid-keys.server.ts';

export type Api = ReturnType<typeof typed>;
const typed = (app: FastifyInstance) => app.withTypeProvider<ZodTypeProvider>();

declare module 'fastify' {
  interface FastifyContextConfig {
    /** A one-click unsubscribe route (RFC 8058): takes a form body, and no Origin is asked. */
    oneClick?: boolean;
  }
}

export interface RouteDeps {
  db: Database;
  auth: Auth;
  env: Env;
  limits: Limits;
  /** Every feature module, for the few routes that gather from all (Today, export). */
  modules: readonly FeatureModule[];
  /** Live updates for open screens (server-sent events over LISTEN/NOTIFY). */
  live: LiveHub;
}

/** How a feature adds its routes: the platform calls it, knowing nothing of the feature. */
export type RegisterRoutes = (api: Api, deps: RouteDeps) => void;

/** Something waiting for me on Today. The title holds no private text of anyone else's. */
export interface WaitingItem {
  id: string;
  kind: string;
  title: string;
  href: string;
  at?: string;
}

/**
 * One row of a feature's part of Today's waiting statement (decision 111): `at` comes back as
 * an ISO instant (milliseconds, like a Date's), `data` as parsed JSON.
 */
export interface WaitingRow {
  kind: string;
  ref: string | null;
  at: string | null;
  data: unknown;
}

/**
 * A feature's part of Today's one waiting statement: a select answering the columns `kind`,
 * `ref`, `at` (timestamptz) and `data` (json), seeing only what row-level security lets this
 * person see, and how its rows become items (titles from src/content, added here, never in SQL).
 */
export interface WaitingPart {
  sql: (userId: string) => SQL;
  read: (rows: WaitingRow[], ctx: { userId: string; now: Date }) => WaitingItem[];
}

/**
 * A feature, as the platform sees it: its routes, and optional contributions to the places
 * that gather from every feature. `app/server.ts` lists them.
 */
export interface FeatureModule {
  name: string;
  routes: RegisterRoutes;
  /** What is waiting for this person on Today (due reviews, an answer to give, ...). */
  waiting?: (ctx: UserContext) => Promise<WaitingItem[]>;
  /** The same as one SQL part, so Today asks every feature in one statement (decision 111). */
  waitingPart?: WaitingPart;
  /** Everything this person wrote, and everything shared with them, for their export. */
  exportFor?: (ctx: UserContext) => Promise<Record<string, unknown>>;
  /** Moments in time this feature reminds of: a promise falling due, a week opening (decision 083). */
  dueReminders?: DueMomentSource;
}

export interface Limits {
  /** Sign-in attempts per email and address within the window. */
  signInMax: number;
  /** Sign-ups and invite redemptions per address within the window. */
  signUpMax: number;
  /** Failed sign-ins per address within the window, whatever the emails (password spraying). */
  signInPerAddressMax: number;
  /** Open live streams (server-sent events) one person may hold on one server. */
  liveStreamsPerPerson: number;
  /** Invites one person may create within the window. */
  invitesMax: number;
  windowMs: number;
}

export const defaultLimits: Limits = {
  signInMax: 10,
  signUpMax: 20,
  signInPerAddressMax: 20,
  liveStreamsPerPerson: 6,
  invitesMax: 10,
  windowMs: 60_000,
};

export interface BuildOptions {
  env: Env;
  db: Database;
  features: readonly FeatureModule[];
  limits?: Partial<Limits>;
  /** Where the built web app is; omit to serve only the API. */
  webDir?: string | undefined;
  logger?: boolean | { level: string; stream?: NodeJS.WritableStream };
  /** Version, licence, tag descriptions and readable operation names for /api/openapi.json. */
  api?: ApiDescription;
  /** Delivers the outbox from this server (src/platform/mail); omit to only queue mail. */
  mail?: Omit<MailWorkerOptions, 'db' | 'log'>;
  /** Delivers push_outbox from this server (src/platform/push); omit to only queue pushes. */
  push?: Omit<PushWorkerOptions, 'db' | 'log' | 'subject'>;
  /** Hears each signed-in request's statement count; for tests (production only logs it at debug). */
  onStatements?: StatementsHook;
}

export interface RouteInfo {
  method: string;
  url: string;
  /** The route's declared answers by status (zod schemas), which the serializer checks. */
  response?: Record<string, unknown>;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export async function buildServer(options: BuildOptions) {
  const { env, db } = options;
  const limits = { ...defaultLimits, ...options.limits };
  const isSecure = env.PUBLIC_ORIGIN?.startsWith('https://') ?? false;
  const app = Fastify({
    logger:
      options.logger === false
        ? false
        : {
            level: typeof options.logger === 'object' ? options.logger.level : env.LOG_LEVEL,
            ...(typeof options.logger === 'object' && options.logger.stream
              ? { stream: options.logger.stream }
              : {}),
            redact: [
              'req.headers.cookie',
              'req.headers.authorization',
              'res.headers["set-cookie"]',
            ],
            // The path without its query: a query can carry a token (a reminder's unsubscribe link).
            serializers: {
              req: (request: { method: string; url: string; host?: string; ip?: string }) => ({
                method: request.method,
                url: request.url.split('?')[0],
                host: request.host,
                remoteAddress: request.ip,
              }),
            },
          },
    // One line per request, written when it is answered (below), instead of Fastify's two.
    logController: new LogController({ disableRequestLogging: true }),
    genReqId: () => randomUUID(),
    bodyLimit: 64 * 1024,
    routerOptions: { ignoreTrailingSlash: true },
    // A path that is not valid percent-encoding never reaches a route; it still answers the one
    // error shape the API document promises, not Fastify's own.
    frameworkErrors: (error, request, reply) => handleError(error, request, reply),
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);

  const routes: RouteInfo[] = [];
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      if (method !== 'HEAD' && route.url.startsWith('/api'))
        routes.push({
          method,
          url: route.url,
          response: route.schema?.response as Record<string, unknown> | undefined,
        });
    }
  });

  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_req, body, done) => {
    try {
      done(null, parseJsonBody(body as Buffer));
    } catch (error) {
      done(error as Error, undefined);
    }
  });

  // Mail apps answer a one-click unsubscribe (RFC 8058) with this form body; only a route marked
  // `oneClick` takes it, every other route still answers 415 as before.
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string' },
    (req, body, done) => {
      if (!req.routeOptions.config.oneClick) {
        done(
          new AppError(
            'unsupported_media_type',
            'Please send JSON (Content-Type: application/json).',
          ),
          undefined,
        );
        return;
      }
      done(null, Object.fromEntries(new URLSearchParams(body as string)));
    },
  );

  const headers = securityHeaders({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        manifestSrc: ["'self'"],
        workerSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(isSecure ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    strictTransportSecurity: isSecure ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'no-referrer' },
    crossOriginEmbedderPolicy: false,
  });
  await app.register(cookie);
  await app.register(rateLimit, {
    global: false,
    hook: 'preHandler',
    // Counted in the database, so that several servers count one person's tries together.
    store: databaseRateLimitStore(db),
    errorResponseBuilder: (_req, context) => {
      const error = new AppError(
        'rate_limited',
        'Too many tries in a short time. Please wait a minute and try again.',
      );
      return Object.assign(error, { statusCode: 429, retryAfter: context.after });
    },
  });

  const isOwnOrigin = originCheck({ publicOrigin: env.PUBLIC_ORIGIN, host: env.HOST });
  app.addHook('onResponse', async (request, reply) => {
    request.log.info(
      { req: request, status: reply.statusCode, ms: Math.round(reply.elapsedTime) },
      'request',
    );
  });

  app.addHook('onRequest', async (request, reply) => {
    reply.headers(headers);
    reply.header('x-request-id', request.id);
    if (request.url.startsWith('/api')) reply.header('cache-control', 'no-store');
    if (SAFE_METHODS.has(request.method)) return;
    // A one-click unsubscribe comes from a mail app, without Origin; it needs no session either,
    // so there is no one's session for a forged request to ride on.
    if (request.routeOptions.config.oneClick) return;
    // CSRF: a state-changing request must come from our own origin. Browsers always send
    // Origin on such requests; other clients send it themselves.
    if (!isOwnOrigin(request)) {
      throw new AppError(
        'forbidden',
        "This request didn't come from Kintsugi itself, so we didn't act on it.",
        { reason: 'bad_origin' },
      );
    }
  });

  const auth = createAuth({ db, isSecure, onStatements: options.onStatements });
  let currentFeature = 'platform';
  await registerApiDocument(app, {
    description: options.api ?? plainApiDescription,
    cookieName: auth.cookieName,
    serverUrl: env.PUBLIC_ORIGIN ?? '/',
    currentFeature: () => currentFeature,
  });
  const live = createLiveHub(db, { maxPerPerson: limits.liveStreamsPerPerson });
  app.addHook('preClose', () => live.close());
  registerIdempotency(app, { db, auth });
  let sweeper: NodeJS.Timeout | undefined;
  app.addHook('onReady', async () => {
    sweeper = setInterval(() => void dropOldTries(db).catch(() => {}), 3_600_000);
    sweeper.unref();
  });
  app.addHook('onClose', async () => clearInterval(sweeper));
  let mailWorker: MailWorker | undefined;
  const mail = options.mail;
  // Moments in time (a promise due, a week opening) are looked for every REMINDER_SWEEP_SECONDS.
  const sources = options.features.flatMap((f) => (f.dueReminders ? [f.dueReminders] : []));
  let sweptAt = 0;
  const sweepNow = async () => {
    if (Date.now() - sweptAt < env.REMINDER_SWEEP_SECONDS * 1000) return;
    sweptAt = Date.now();
    await sweepReminders({ db, sources });
  };
  if (mail) {
    app.addHook('onReady', async () => {
      mailWorker = await startMailWorker({
        ...mail,
        db,
        log: app.log.child({ worker: 'mail' }),
        beforeDelivery: async () => {
          await sweepNow();
          await dispatchReminders({ db, origin: linkOrigin(app, env.PUBLIC_ORIGIN) });
        },
      });
    });
    app.addHook('preClose', async () => mailWorker?.stop());
  }
  let pushWorker: PushWorker | undefined;
  const push = options.push;
  if (push) {
    // Also makes the VAPID keys at the first start (decision 087).
    app.addHook('onReady', async () => {
      const log = app.log.child({ worker: 'push' });
      pushWorker = await startPushWorker({ ...push, db, log, subject: pushSubject(env) });
    });
    app.addHook('preClose', async () => pushWorker?.stop());
  }
  refuseUnexpectedBodies(app);
  const api = typed(app);
  api.get(
    '/api/health',
    {
      schema: {
        tags: ['platform'],
        summary: 'Whether the server and its database answer',
        security: [],
        response: {
          200: z.object({ ok: z.literal(true) }),
          503: z.object({ ok: z.literal(false) }),
        },
      },
    },
    async (_request, reply) => {
      if (await db.ping()) return { ok: true as const };
      return reply.status(503).send({ ok: false as const });
    },
  );
  api.get('/api/openapi.json', { schema: { hide: true, security: [] } }, async () => app.swagger());

  for (const feature of options.features) {
    currentFeature = feature.name;
    feature.routes(api, { db, auth, env, limits, modules: options.features, live });
  }

  const webDir = options.webDir;
  const hasWeb = webDir !== undefined && existsSync(join(webDir, 'index.html'));
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root: webDir,
      wildcard: false,
      index: false,
      // The build writes .br and .gz beside each text file (vite.config.ts); they are sent, also
      // by sendFile, to clients that accept them, with Vary: Accept-Encoding. Not routes of their own.
      preCompressed: true,
      globIgnore: ['**/*.br', '**/*.gz'],
      setHeaders: (reply, path) => {
        reply.header(
          'cache-control',
          path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    });
    app.get('/', (_request, reply) =>
      reply.header('cache-control', 'no-cache').sendFile('index.html'),
    );
  }

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    if (
      hasWeb &&
      !path.startsWith('/api') &&
      (request.method === 'GET' || request.method === 'HEAD')
    ) {
      // The web app routes by itself; any page address answers its shell.
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    }
    const error = new AppError('not_found', "There's nothing here.");
    return reply.status(404).send(error.toBody());
  });

  return { app, routes, auth };
}

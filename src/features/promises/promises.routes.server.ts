import { z } from 'zod';
import { nextCursor, pageQuery } from '../../platform/db/keyset.ts';
import type { FeatureModule, RegisterRoutes } from '../../platform/server/build-server.ts';
import { getLedger } from './ledger.server.ts';
import { setMissSharing } from './miss-sharing.server.ts';
import {
  ledgerQuery,
  ledgerView,
  makePromiseInput,
  missSharingInput,
  missSharingView,
  noticesSeenInput,
  noticesSeenView,
  promiseActionInput,
  promiseIdParams,
  promiseView,
} from './promises.schema.ts';
import {
  actOnPromise,
  exportPromises,
  getPromise,
  listPromises,
  makePromise,
  markNoticesSeen,
  promisesWaiting,
  promisesWaitingPart,
} from './promises.server.ts';
import { promiseMoments } from './promise-reminders.server.ts';

const tags = ['promises'];

const registerPromiseRoutes: RegisterRoutes = (api, { auth }) => {
  api.get(
    '/api/v1/promises',
    {
      schema: {
        tags,
        summary: "My promises, and my partner's shared ones, a page at a time",
        querystring: pageQuery,
        response: {
          200: z.object({
            mine: z.array(promiseView),
            partner: z.array(promiseView),
            next: nextCursor,
          }),
        },
      },
    },
    (request) => auth.run(request, (ctx) => listPromises({ ...ctx, before: request.query.before })),
  );

  api.post(
    '/api/v1/promises',
    {
      schema: {
        tags,
        summary: 'Make a promise (shared by default, or private practice)',
        body: makePromiseInput,
        response: { 201: promiseView },
      },
    },
    async (request, reply) => {
      const made = await auth.run(request, (ctx) => makePromise({ ...ctx, input: request.body }));
      return reply.status(201).send(made);
    },
  );

  api.get(
    '/api/v1/promises/ledger',
    {
      schema: {
        tags,
        summary: "The reliability ledger per week; my partner's misses only if they share them",
        querystring: ledgerQuery,
        response: { 200: ledgerView },
      },
    },
    (request) => auth.run(request, (ctx) => getLedger({ ...ctx, weeks: request.query.weeks })),
  );

  api.put(
    '/api/v1/promises/miss-sharing',
    {
      schema: {
        tags,
        summary: 'Let my partner see the promises I missed, or stop (off by default)',
        body: missSharingInput,
        response: { 200: missSharingView },
      },
    },
    (request) => auth.run(request, (ctx) => setMissSharing({ ...ctx, input: request.body })),
  );

  api.post(
    '/api/v1/promises/notices/seen',
    {
      schema: {
        tags,
        summary:
          'I have seen my partner noticing my kept promises, up to a time (Today stops listing them)',
        body: noticesSeenInput,
        response: { 200: noticesSeenView },
      },
    },
    (request) =>
      auth.run(request, (ctx) => markNoticesSeen({ ...ctx, through: request.body.through })),
  );

  api.get(
    '/api/v1/promises/:id',
    {
      schema: {
        tags,
        summary: 'One promise with every step',
        params: promiseIdParams,
        response: { 200: promiseView },
      },
    },
    (request) => auth.run(request, (ctx) => getPromise({ ...ctx, promiseId: request.params.id })),
  );

  api.post(
    '/api/v1/promises/:id/actions',
    {
      schema: {
        tags,
        summary:
          'Keep, renegotiate, mark missed, repair, or (the partner) say "I noticed"; version I saw, stale answers 409',
        params: promiseIdParams,
        body: promiseActionInput,
        response: { 200: promiseView },
      },
    },
    (request) =>
      auth.run(request, (ctx) =>
        actOnPromise({ ...ctx, promiseId: request.params.id, input: request.body }),
      ),
  );
};

export const promisesModule: FeatureModule = {
  name: 'promises',
  routes: registerPromiseRoutes,
  dueReminders: promiseMoments,
  waiting: promisesWaiting,
  waitingPart: promisesWaitingPart,
  exportFor: exportPromises,
};

import { z } from 'zod';
import type { FeatureModule, RegisterRoutes } from '../../platform/server/build-server.ts';
import { waitingFromPart } from '../../platform/server/waiting.ts';
import {
  deleteSafetyCheck,
  endSolo,
  getSafety,
  setAsideOffer,
  startSolo,
  takeSafetyCheck,
  safetyWaitingPart,
} from './safety-check.server.ts';
import { check, checkIdParams, checkInput, safetyView } from './safety.schema.ts';

const tags = ['safety'];

const registerSafetyRoutes: RegisterRoutes = (api, { auth }) => {
  api.get(
    '/api/v1/safety',
    {
      schema: {
        tags,
        summary: 'My safety checks and whether I use Kintsugi alone (mine only)',
        response: { 200: safetyView },
      },
    },
    (request) => auth.run(request, ({ tx, userId }) => getSafety({ tx, userId })),
  );

  api.post(
    '/api/v1/safety/checks',
    {
      schema: {
        tags,
        summary: 'Answer the private safety check',
        body: checkInput,
        response: { 201: check },
      },
    },
    async (request, reply) => {
      const created = await auth.run(request, ({ tx, userId }) =>
        takeSafetyCheck({ tx, userId, input: request.body }),
      );
      return reply.status(201).send(created);
    },
  );

  api.delete(
    '/api/v1/safety/checks/:id',
    {
      schema: {
        tags,
        summary: 'Delete one of my safety checks',
        params: checkIdParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await auth.run(request, ({ tx, userId }) =>
        deleteSafetyCheck({ tx, userId, checkId: request.params.id }),
      );
      return reply.status(204).send(null);
    },
  );

  api.post(
    '/api/v1/safety/offer/set-aside',
    {
      schema: {
        tags,
        summary: 'Not now: stop offering the check on Today',
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await auth.run(request, ({ tx, userId }) => setAsideOffer({ tx, userId }));
      return reply.status(204).send(null);
    },
  );

  api.post(
    '/api/v1/safety/solo',
    {
      schema: {
        tags,
        summary: 'Use Kintsugi alone: pause shared things for me only',
        response: { 200: safetyView },
      },
    },
    (request) => auth.run(request, ({ tx, userId }) => startSolo({ tx, userId })),
  );

  api.delete(
    '/api/v1/safety/solo',
    { schema: { tags, summary: 'Stop using Kintsugi alone', response: { 200: safetyView } } },
    (request) => auth.run(request, ({ tx, userId }) => endSolo({ tx, userId })),
  );
};

export const safetyModule: FeatureModule = {
  name: 'safety',
  routes: registerSafetyRoutes,
  waiting: waitingFromPart(safetyWaitingPart),
  waitingPart: safetyWaitingPart,
  exportFor: async ({ tx, userId }) => {
    const view = await getSafety({ tx, userId });
    return { mySafetyChecks: view.checks, usingKintsugiAlone: view.solo };
  },
};

import { z } from 'zod';
import type { FeatureModule, RegisterRoutes } from '../../platform/server/build-server.ts';
import { getPartnerReflection } from './get-partner-reflection.server.ts';
import {
  myReflection,
  partnerReflection,
  sharingInput,
  stanceInput,
  stanceState,
  take,
  takeIdParams,
  takeInput,
} from './reflection.schema.ts';
import { canShareNow, getMyStance, setStance, setTakeSharing } from './share-reflection.server.ts';
import { deleteTake, listMyTakes, takeReflection } from './take-reflection.server.ts';

const tags = ['reflection'];

const registerReflectionRoutes: RegisterRoutes = (api, { auth }) => {
  api.get(
    '/api/v1/reflection',
    {
      schema: {
        tags,
        summary: 'My reflections (newest first) and my stance',
        response: { 200: myReflection },
      },
    },
    (request) =>
      auth.run(request, async ({ tx, userId }) => ({
        takes: await listMyTakes({ tx, userId }),
        stance: await getMyStance({ tx, userId }),
        canShare: await canShareNow({ tx, userId }),
      })),
  );

  api.post(
    '/api/v1/reflection/takes',
    {
      schema: {
        tags,
        summary: 'Answer the reflection (private)',
        body: takeInput,
        response: { 201: take },
      },
    },
    async (request, reply) => {
      const created = await auth.run(request, ({ tx, userId }) =>
        takeReflection({ tx, userId, input: request.body }),
      );
      return reply.status(201).send(created);
    },
  );

  api.put(
    '/api/v1/reflection/takes/:id/sharing',
    {
      schema: {
        tags,
        summary: 'Choose exactly which patterns of a reflection my partner sees',
        params: takeIdParams,
        body: sharingInput,
        response: { 200: take },
      },
    },
    (request) =>
      auth.run(request, ({ tx, userId }) =>
        setTakeSharing({ tx, userId, takeId: request.params.id, input: request.body }),
      ),
  );

  api.delete(
    '/api/v1/reflection/takes/:id',
    {
      schema: {
        tags,
        summary: 'Delete one of my reflections',
        params: takeIdParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await auth.run(request, ({ tx, userId }) =>
        deleteTake({ tx, userId, takeId: request.params.id }),
      );
      return reply.status(204).send(null);
    },
  );

  api.put(
    '/api/v1/reflection/stance',
    {
      schema: {
        tags,
        summary: 'Where I stand (private unless shared)',
        body: stanceInput,
        response: { 200: stanceState },
      },
    },
    (request) =>
      auth.run(request, ({ tx, userId }) => setStance({ tx, userId, input: request.body })),
  );

  api.get(
    '/api/v1/reflection/partner',
    {
      schema: {
        tags,
        summary: 'What my partner shared of their reflection',
        response: { 200: partnerReflection },
      },
    },
    (request) => auth.run(request, ({ tx, userId }) => getPartnerReflection({ tx, userId })),
  );
};

export const reflectionModule: FeatureModule = {
  name: 'reflection',
  routes: registerReflectionRoutes,
  exportFor: async ({ tx, userId }) => ({
    myReflections: await listMyTakes({ tx, userId }),
    myStance: await getMyStance({ tx, userId }),
    sharedWithMe: await getPartnerReflection({ tx, userId }),
  }),
};

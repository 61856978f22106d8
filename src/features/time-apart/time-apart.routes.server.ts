import { z } from 'zod';
import type { FeatureModule, RegisterRoutes } from '../../platform/server/build-server.ts';
import {
  endTimeApart,
  exportTimeApart,
  getTimeApart,
  startTimeApart,
} from './manage-time-apart.server.ts';
import { startTimeApartInput, timeApartStatus } from './time-apart.schema.ts';

const tags = ['time apart'];

const registerTimeApartRoutes: RegisterRoutes = (api, { auth }) => {
  api.get(
    '/api/v1/time-apart',
    {
      schema: {
        tags,
        summary: 'Whether time apart is on in my space (never why)',
        response: { 200: timeApartStatus },
      },
    },
    (request) => auth.run(request, ({ tx, userId }) => getTimeApart({ tx, userId })),
  );

  api.post(
    '/api/v1/time-apart',
    {
      schema: {
        tags,
        summary: 'Pause the shared space, with or without an end date',
        body: startTimeApartInput,
        response: { 201: timeApartStatus },
      },
    },
    async (request, reply) => {
      const status = await auth.run(request, ({ tx, userId }) =>
        startTimeApart({ tx, userId, input: request.body }),
      );
      return reply.status(201).send(status);
    },
  );

  api.post(
    '/api/v1/time-apart/end',
    {
      schema: {
        tags,
        summary:
          'End time apart early (only the partner who asked; it ends by itself at its end date)',
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await auth.run(request, ({ tx, userId }) => endTimeApart({ tx, userId }));
      return reply.status(204).send(null);
    },
  );
};

export const timeApartModule: FeatureModule = {
  name: 'timeApart',
  routes: registerTimeApartRoutes,
  exportFor: async (ctx) => ({ pauses: await exportTimeApart(ctx) }),
};

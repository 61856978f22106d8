import type { FeatureModule, RegisterRoutes } from '../../platform/server/build-server.ts';
import { exportFirstWeek, getFirstWeek, updateFirstWeek } from './first-week.server.ts';
import { firstWeekPatch, firstWeekView } from './first-week.schema.ts';

const tags = ['first week'];

const registerFirstWeekRoutes: RegisterRoutes = (api, { auth }) => {
  api.get(
    '/api/v1/me/first-week',
    {
      schema: {
        tags,
        summary: 'My first steps: which are done (read from what exists) and which I set aside',
        response: { 200: firstWeekView },
      },
    },
    (request) => auth.run(request, ({ tx, userId }) => getFirstWeek({ tx, userId })),
  );

  api.patch(
    '/api/v1/me/first-week',
    {
      schema: {
        tags,
        summary:
          'Mark the welcome read, set a first step aside or bring it back, or put the first steps away',
        body: firstWeekPatch,
        response: { 200: firstWeekView },
      },
    },
    (request) =>
      auth.run(request, ({ tx, userId }) => updateFirstWeek({ tx, userId, input: request.body })),
  );
};

export const firstWeekModule: FeatureModule = {
  name: 'first-week',
  routes: registerFirstWeekRoutes,
  exportFor: async ({ tx, userId }) => ({ myFirstSteps: await exportFirstWeek({ tx, userId }) }),
};

import { eq } from 'drizzle-orm';
import type { FeatureModule, RegisterRoutes } from '../../platform/server/build-server.ts';
import { clearMark, getToday, markAct } from './get-today.server.ts';
import { markInput, todayView } from './today.schema.ts';
import { smallActMarks } from './today.tables.server.ts';

const tags = ['today'];

const registerTodayRoutes: RegisterRoutes = (api, { auth, modules }) => {
  api.get(
    '/api/v1/today',
    {
      schema: {
        tags,
        summary: "Today's small act, what is waiting for me, and a line about the path",
        response: { 200: todayView },
      },
    },
    (request) =>
      auth.run(request, ({ tx, userId }) => getToday({ tx, userId, modules, log: request.log })),
  );

  api.put(
    '/api/v1/today/act',
    {
      schema: {
        tags,
        summary: "Mark today's small act done or let go (no penalty, no counter)",
        body: markInput,
        response: { 200: todayView },
      },
    },
    (request) =>
      auth.run(request, async ({ tx, userId }) => {
        await markAct({ tx, userId, input: request.body });
        return getToday({ tx, userId, modules, log: request.log });
      }),
  );

  api.delete(
    '/api/v1/today/act',
    { schema: { tags, summary: "Undo today's mark", response: { 200: todayView } } },
    (request) =>
      auth.run(request, async ({ tx, userId }) => {
        await clearMark({ tx, userId });
        return getToday({ tx, userId, modules, log: request.log });
      }),
  );
};

export const todayModule: FeatureModule = {
  name: 'today',
  routes: registerTodayRoutes,
  exportFor: async ({ tx, userId }) => ({
    mySmallActs: (
      await tx.select().from(smallActMarks).where(eq(smallActMarks.personId, userId))
    ).map((m) => ({
      day: m.day,
      actId: m.actId,
      outcome: m.outcome,
    })),
  }),
};

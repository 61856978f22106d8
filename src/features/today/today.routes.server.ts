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
      auth.run(request, ({ tx, userId, viewer }) =>
        getToday({ tx, userId, timeZone: viewer.timeZone, modules, log: request.log }),
      ),
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
      auth.run(request, async ({ tx, userId, viewer }) => {
        // One moment for the mark and the answer, so both name the same day.
        const day = { tx, userId, timeZone: viewer.timeZone, now: new Date() };
        await markAct({ ...day, input: request.body });
        return getToday({ ...day, modules, log: request.log });
      }),
  );

  api.delete(
    '/api/v1/today/act',
    { schema: { tags, summary: "Undo today's mark", response: { 200: todayView } } },
    (request) =>
      auth.run(request, async ({ tx, userId, viewer }) => {
        const day = { tx, userId, timeZone: viewer.timeZone, now: new Date() };
        await clearMark(day);
        return getToday({ ...day, modules, log: request.log });
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

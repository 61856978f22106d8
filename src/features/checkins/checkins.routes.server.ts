import { z } from 'zod';
import type { FeatureModule, RegisterRoutes } from '../../platform/server/build-server.ts';
import type { UserContext } from '../../platform/db/database.ts';
import { loadMe } from './checkins-context.server.ts';
import { checkinsWaiting, checkinsWaitingPart } from './checkins-waiting.server.ts';
import {
  answerIdParams,
  checkinDayInput,
  checkinDaySetting,
  dailyInput,
  recentDays,
  replyInput,
  todayView,
  weeklyInput,
  weeklyView,
} from './checkins.schema.ts';
import { deleteToday, exportDaily, getToday, listRecent, saveToday } from './daily.server.ts';
import {
  exportWeekly,
  getCheckinDay,
  getWeekly,
  saveReply,
  saveWeekly,
  setCheckinDay,
} from './weekly.server.ts';

const tags = ['check-ins'];

const registerCheckinRoutes: RegisterRoutes = (api, { auth }) => {
  api.get(
    '/api/v1/checkins/today',
    {
      schema: {
        tags,
        summary: "My check-in for my own today, and my partner's once we both checked in",
        response: { 200: todayView },
      },
    },
    (request) => auth.run(request, (ctx) => getToday(ctx)),
  );

  api.put(
    '/api/v1/checkins/today',
    {
      schema: {
        tags,
        summary: 'Write or change my check-in for today (closed at the end of my day)',
        body: dailyInput,
        response: { 200: todayView },
      },
    },
    (request) => auth.run(request, (ctx) => saveToday({ ...ctx, input: request.body })),
  );

  api.delete(
    '/api/v1/checkins/today',
    { schema: { tags, summary: 'Delete my check-in for today', response: { 204: z.null() } } },
    async (request, reply) => {
      await auth.run(request, (ctx) => deleteToday(ctx));
      return reply.status(204).send(null);
    },
  );

  api.get(
    '/api/v1/checkins/daily',
    {
      schema: {
        tags,
        summary: "The last four weeks: mine, and my partner's revealed ones",
        response: { 200: recentDays },
      },
    },
    (request) => auth.run(request, (ctx) => listRecent(ctx)),
  );

  api.get(
    '/api/v1/checkins/weekly',
    {
      schema: {
        tags,
        summary: 'This week’s check-in together, and earlier weeks',
        response: { 200: weeklyView },
      },
    },
    (request) => auth.run(request, (ctx) => getWeekly(ctx)),
  );

  api.put(
    '/api/v1/checkins/weekly',
    {
      schema: {
        tags,
        summary: 'Send or change my answers for this week (until both have answered)',
        body: weeklyInput,
        response: { 200: weeklyView },
      },
    },
    (request) => auth.run(request, (ctx) => saveWeekly({ ...ctx, input: request.body })),
  );

  api.post(
    '/api/v1/checkins/weekly/:id/replies',
    {
      schema: {
        tags,
        summary: "Reply to one item of my partner's answers",
        params: answerIdParams,
        body: replyInput,
        response: { 200: weeklyView },
      },
    },
    (request) =>
      auth.run(request, (ctx) =>
        saveReply({ ...ctx, answerId: request.params.id, input: request.body }),
      ),
  );

  api.put(
    '/api/v1/checkins/weekly/settings',
    {
      schema: {
        tags,
        summary: 'Our check-in day (send the version you saw; stale answers 409)',
        body: checkinDayInput,
        response: { 200: checkinDaySetting },
      },
    },
    (request) => auth.run(request, (ctx) => setCheckinDay({ ...ctx, input: request.body })),
  );
};

async function exportFor(ctx: UserContext): Promise<Record<string, unknown>> {
  const me = await loadMe(ctx);
  return {
    dailyCheckins: await exportDaily(ctx),
    weeklyCheckins: await exportWeekly(ctx),
    checkinDay: me.couple ? await getCheckinDay(ctx.tx, me.couple.coupleId) : null,
  };
}

export const checkinsModule: FeatureModule = {
  name: 'checkins',
  routes: registerCheckinRoutes,
  waiting: checkinsWaiting,
  waitingPart: checkinsWaitingPart,
  exportFor,
};

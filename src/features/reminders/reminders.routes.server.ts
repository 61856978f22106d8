import { z } from 'zod';
import type { FeatureModule, RegisterRoutes } from '../../platform/server/build-server.ts';
import { listPushDevices } from './push-devices.server.ts';
import { getReminderSettings, updateReminderSettings } from './reminder-settings.server.ts';
import {
  reminderSettings,
  reminderSettingsPatch,
  unsubscribeBody,
  unsubscribePageQuery,
  unsubscribeQuery,
  unsubscribed,
} from './reminders.schema.ts';
import { unsubscribe } from './unsubscribe.server.ts';
import { registerPushRoutes } from './push.routes.server.ts';

const tags = ['reminders'];

const registerReminderRoutes: RegisterRoutes = (api, deps) => {
  const { db, auth, limits } = deps;
  api.get(
    '/api/v1/me/reminders',
    {
      schema: {
        tags,
        summary: 'My reminder choices (all off until I choose)',
        response: { 200: reminderSettings },
      },
    },
    (request) => auth.run(request, ({ tx, userId }) => getReminderSettings({ tx, userId })),
  );

  api.patch(
    '/api/v1/me/reminders',
    {
      schema: {
        tags,
        summary: 'Change my reminder choices; the parts left out stay as they are',
        body: reminderSettingsPatch,
        response: { 200: reminderSettings },
      },
    },
    (request) =>
      auth.run(request, ({ tx, userId }) =>
        updateReminderSettings({ tx, userId, input: request.body }),
      ),
  );

  // The same address opened in a browser: a GET changes nothing (RFC 8058 is the POST). It
  // takes the person to a page that asks first; the token moves into the fragment, which the
  // browser keeps to itself, and the page takes it out of the address bar.
  api.get(
    '/api/v1/reminders/unsubscribe',
    {
      schema: {
        tags,
        summary: 'The unsubscribe address opened in a browser: goes to a page that asks first',
        security: [],
        querystring: unsubscribePageQuery,
        response: { 303: z.null().describe('To the page that asks before turning reminders off') },
      },
    },
    async (request, reply) => {
      await reply.redirect(`/unsubscribe#token=${encodeURIComponent(request.query.token)}`, 303);
    },
  );

  api.post(
    '/api/v1/reminders/unsubscribe',
    {
      schema: {
        tags,
        summary: 'One-click unsubscribe from a reminder mail (RFC 8058): turns email reminders off',
        security: [],
        querystring: unsubscribeQuery,
        body: unsubscribeBody,
        response: { 200: unsubscribed },
      },
      config: { oneClick: true, rateLimit: { max: limits.signInMax, timeWindow: limits.windowMs } },
    },
    async (request) => {
      await db.withSystem((tx) => unsubscribe({ tx, token: request.query.token }));
      return { unsubscribed: true as const };
    },
  );

  registerPushRoutes(api, deps);
};

export const remindersModule: FeatureModule = {
  name: 'reminders',
  routes: registerReminderRoutes,
  exportFor: async (ctx) => ({
    reminders: await getReminderSettings(ctx),
    pushDevices: await listPushDevices(ctx),
  }),
};

import { z } from 'zod';
import type { RegisterRoutes } from '../../platform/server/build-server.ts';
import { vapidKeys } from '../../platform/push/vapid-keys.server.ts';
import { addPushDevice, removePushDevice } from './push-devices.server.ts';
import {
  pushDevice,
  pushDeviceParams,
  pushKey,
  pushSubscriptionInput,
} from './reminders.schema.ts';

const tags = ['reminders'];

/** Reminders by Web Push on this device (decision 087). */
export const registerPushRoutes: RegisterRoutes = (api, { db, auth, env }) => {
  api.get(
    '/api/v1/push/key',
    {
      schema: {
        tags,
        summary: "The server's public VAPID key, which a browser subscribes with",
        response: { 200: pushKey },
      },
    },
    (request) => auth.run(request, async () => ({ publicKey: (await vapidKeys(db)).publicKey })),
  );

  api.post(
    '/api/v1/me/push-subscriptions',
    {
      schema: {
        tags,
        summary: 'Remind me on this device too: its push subscription; turns push reminders on',
        body: pushSubscriptionInput,
        response: { 201: pushDevice },
      },
    },
    async (request, reply) => {
      const device = await auth.run(request, ({ tx, userId }) =>
        addPushDevice({
          tx,
          userId,
          input: request.body,
          allowLoopback: env.NODE_ENV === 'test',
        }),
      );
      return reply.status(201).send(device);
    },
  );

  api.delete(
    '/api/v1/me/push-subscriptions/:id',
    {
      schema: {
        tags,
        summary: 'Stop reminding me on one device; push turns off with the last one',
        params: pushDeviceParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await auth.run(request, ({ tx, userId }) =>
        removePushDevice({ tx, userId, id: request.params.id }),
      );
      return reply.status(204).send(null);
    },
  );
};

import type { RegisterRoutes } from '../../platform/server/build-server.ts';
import { describeDevice } from '../../platform/server/device.ts';
import { AppError } from '../../platform/server/errors.ts';
import { recordActivity } from './account-activity.server.ts';
import {
  getAppLock,
  lockSession,
  removeAppLock,
  setAppLock,
  unlockSession,
  updateAppLock,
} from './app-lock.server.ts';
import {
  appLockPatch,
  appLockSettings,
  lockState,
  removeAppLockInput,
  setAppLockInput,
  unlockInput,
} from './app-lock.schema.ts';

const tags = ['accounts'];

/**
 * The app lock for shared devices (decision 132). Only `POST /lock` and `POST /lock/unlock` run
 * while the session is locked (`whileLocked`); every other signed-in route then answers 423.
 */
export const registerAppLockRoutes: RegisterRoutes = (api, { auth, limits }) => {
  const perAddress = { max: limits.signInMax, timeWindow: limits.windowMs };

  api.get(
    '/api/v1/me/app-lock',
    {
      schema: {
        tags,
        summary: 'My app lock: whether a PIN is set, the idle time, what the quick exit does',
        response: { 200: appLockSettings },
      },
    },
    (request) => auth.run(request, ({ tx, userId }) => getAppLock({ tx, userId })),
  );

  api.put(
    '/api/v1/me/app-lock',
    {
      schema: {
        tags,
        summary: 'Set or change my app lock PIN (needs my current password)',
        body: setAppLockInput,
        response: { 200: appLockSettings },
      },
      config: { rateLimit: perAddress },
    },
    (request) =>
      auth.run(request, async ({ tx, userId }) => {
        const settings = await setAppLock({ tx, userId, input: request.body });
        const device = describeDevice(request.headers['user-agent']);
        await recordActivity(tx, { personId: userId, kind: 'app_lock_set', device });
        return settings;
      }),
  );

  api.patch(
    '/api/v1/me/app-lock',
    {
      schema: {
        tags,
        summary: 'Change the idle time or what the quick exit does (the PIN stays)',
        body: appLockPatch,
        response: { 200: appLockSettings },
      },
    },
    (request) =>
      auth.run(request, ({ tx, userId }) => updateAppLock({ tx, userId, input: request.body })),
  );

  api.post(
    '/api/v1/me/app-lock/remove',
    {
      schema: {
        tags,
        summary: 'Turn my app lock off (needs my current password)',
        body: removeAppLockInput,
        response: { 200: appLockSettings },
      },
      config: { rateLimit: perAddress },
    },
    (request) =>
      auth.run(request, async ({ tx, userId }) => {
        const settings = await removeAppLock({
          tx,
          userId,
          currentPassword: request.body.currentPassword,
        });
        const device = describeDevice(request.headers['user-agent']);
        await recordActivity(tx, { personId: userId, kind: 'app_lock_removed', device });
        return settings;
      }),
  );

  api.post(
    '/api/v1/lock',
    {
      schema: {
        tags,
        summary: 'Lock the app on this device now (needs a PIN set)',
        response: { 200: lockState },
      },
      config: { whileLocked: true },
    },
    (request) =>
      auth.run(request, ({ tx, userId }) =>
        lockSession({ tx, userId, tokenHash: auth.tokenHashOf(request)! }),
      ),
  );

  api.post(
    '/api/v1/lock/unlock',
    {
      schema: {
        tags,
        summary: 'Open the app on this device with my PIN (a few wrong tries end the session)',
        body: unlockInput,
        response: { 200: lockState },
      },
      config: { whileLocked: true, rateLimit: perAddress },
    },
    async (request, reply) => {
      const outcome = await auth.run(request, async ({ tx, userId }) => {
        const result = await unlockSession({
          tx,
          userId,
          tokenHash: auth.tokenHashOf(request)!,
          secret: request.body.secret,
        });
        if (result.kind === 'ended') {
          const device = describeDevice(request.headers['user-agent']);
          await recordActivity(tx, {
            personId: userId,
            kind: 'app_lock_tries_ended_session',
            device,
            sessionId: result.sessionId,
          });
        }
        return result;
      });
      if (outcome.kind === 'unlocked') return { locked: false };
      if (outcome.kind === 'wrong') {
        const message =
          outcome.triesLeft === 1
            ? "That isn't your PIN. One more wrong try signs this device out."
            : `That isn't your PIN. ${outcome.triesLeft} tries left before this device is signed out.`;
        throw new AppError('bad_request', message, {
          reason: 'wrong_pin',
          fields: { secret: message },
        });
      }
      auth.clearCookie(reply);
      throw new AppError(
        'unauthenticated',
        'Too many wrong tries, so this device was signed out. Sign in with your password.',
        { reason: 'unlock_tries_used' },
      );
    },
  );
};

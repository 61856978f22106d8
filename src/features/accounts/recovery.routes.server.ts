import type { RegisterRoutes } from '../../platform/server/build-server.ts';
import { describeDevice } from '../../platform/server/device.ts';
import { linkOrigin } from '../../platform/server/link-origin.ts';
import { recordActivity } from './account-activity.server.ts';
import { passwordChanged } from './accounts.schema.ts';
import { requestPasswordReset, resetPassword } from './password-reset.server.ts';
import {
  forgotPasswordAnswer,
  forgotPasswordInput,
  resetPasswordInput,
} from './recovery.schema.ts';

const tags = ['accounts'];

/** Account recovery: a link by mail, then a new password with it (decision 081). */
export const registerRecoveryRoutes: RegisterRoutes = (api, { db, auth, env, limits }) => {
  const perAddress = { rateLimit: { max: limits.signInMax, timeWindow: limits.windowMs } };

  api.post(
    '/api/v1/auth/forgot-password',
    {
      schema: {
        tags,
        summary: 'Send a link to set a new password (the same answer for every address)',
        security: [],
        body: forgotPasswordInput,
        response: { 202: forgotPasswordAnswer },
      },
      config: perAddress,
    },
    async (request, reply) => {
      const origin = linkOrigin(request.server, env.PUBLIC_ORIGIN);
      // Answer first, then look the address up: the answer, and how long it takes, are the same
      // whether or not the address has an account.
      await reply.status(202).send({ accepted: true as const });
      try {
        await db.withSystem((tx) =>
          requestPasswordReset({ tx, email: request.body.email, origin }),
        );
      } catch (error) {
        request.log.error(
          { code: (error as { code?: unknown }).code ?? 'unknown' },
          'could not queue a reset link',
        );
      }
      return reply;
    },
  );

  api.post(
    '/api/v1/auth/reset-password',
    {
      schema: {
        tags,
        summary: 'Set a new password with the link from the mail; ends every session',
        security: [],
        body: resetPasswordInput,
        response: { 200: passwordChanged },
      },
      config: perAddress,
    },
    async (request, reply) => {
      const result = await db.withSystem(async (tx) => {
        const done = await resetPassword({ tx, input: request.body });
        const device = describeDevice(request.headers['user-agent']);
        await recordActivity(tx, { personId: done.personId, kind: 'password_changed', device });
        return done;
      });
      // This browser's own session ended with the rest: forget its cookie too.
      auth.clearCookie(reply);
      return { endedSessions: result.endedSessions };
    },
  );
};

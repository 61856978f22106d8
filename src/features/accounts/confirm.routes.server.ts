import type { RegisterRoutes } from '../../platform/server/build-server.ts';
import { describeDevice } from '../../platform/server/device.ts';
import { linkOrigin } from '../../platform/server/link-origin.ts';
import { recordActivity } from './account-activity.server.ts';
import { confirmEmail, endSessionsBut, sessionOfToken } from './confirm-email.server.ts';
import { resendSignUpLink } from './sign-up-by-link.server.ts';
import { confirmEmailAnswer, confirmEmailInput, signUpPendingAnswer } from './confirm.schema.ts';
import { deviceToken, noteDevice } from './known-devices.server.ts';

const tags = ['accounts'];

/** Confirming an address by the link in the mail, and sending a sign-up's link again (decision 085). */
export const registerConfirmRoutes: RegisterRoutes = (api, { db, auth, env, limits }) => {
  const perAddress = { rateLimit: { max: limits.signInMax, timeWindow: limits.windowMs } };
  const isSecure = env.PUBLIC_ORIGIN?.startsWith('https://') ?? false;

  api.post(
    '/api/v1/auth/confirm-email',
    {
      schema: {
        tags,
        summary:
          'Confirm an address with the link from the mail: makes the account waiting for it, or sets the new email',
        security: [],
        body: confirmEmailInput,
        response: { 200: confirmEmailAnswer },
      },
      // An email change is confirmed only in a browser signed in to the account (else 403).
      config: perAddress,
    },
    async (request, reply) => {
      // The sign-up's cookie (or a session's): opening the link in that same browser signs in.
      const cookieHash = auth.tokenHashOf(request);
      const device = describeDevice(request.headers['user-agent']);
      return db.withSystem(async (tx) => {
        const current = cookieHash ? await sessionOfToken(tx, cookieHash) : null;
        const done = await confirmEmail({
          tx,
          token: request.body.token,
          browserHash: cookieHash,
          signedInAs: current?.personId ?? null,
        });
        const { personId } = done;
        if (done.outcome === 'account_created') {
          let sessionId: string | null = null;
          if (done.isThisBrowser) {
            sessionId = await auth.startSession({ tx, personId, request, reply });
            await noteDevice(tx, personId, deviceToken(request, reply, isSecure));
          }
          await recordActivity(tx, { personId, kind: 'account_created', device, sessionId });
          return { outcome: done.outcome, signedIn: done.isThisBrowser };
        }
        // The new email is in effect, opened in the person's own signed-in browser: every other
        // session of theirs ends.
        await endSessionsBut(tx, personId, cookieHash);
        await recordActivity(tx, {
          personId,
          kind: 'email_changed',
          device,
          sessionId: current!.id,
        });
        return { outcome: done.outcome, signedIn: true };
      });
    },
  );

  api.post(
    '/api/v1/auth/sign-up/resend',
    {
      schema: {
        tags,
        summary:
          'Send the link of the sign-up this browser started again (the same answer whether or not there is one)',
        security: [],
        response: { 202: signUpPendingAnswer },
      },
      config: perAddress,
    },
    async (request, reply) => {
      const browserHash = auth.tokenHashOf(request);
      if (browserHash && env.SMTP_URL) {
        const origin = linkOrigin(request.server, env.PUBLIC_ORIGIN);
        await db.withSystem((tx) => resendSignUpLink({ tx, browserHash, origin }));
      }
      return reply.status(202).send({ checkYourEmail: true as const });
    },
  );
};

import { randomUUID } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { SessionLocked, type Tx } from '../../platform/db/database.ts';
import type { FeatureModule, RegisterRoutes } from '../../platform/server/build-server.ts';
import { AppError } from '../../platform/server/errors.ts';
import { describeDevice } from '../../platform/server/device.ts';
import { limitFailures } from '../../platform/server/rate-limit-store.ts';
import {
  currentSessionId,
  exportActivity,
  listActivity,
  markActivitySeen,
  recordActivity,
} from './account-activity.server.ts';
import {
  activityAnswer,
  changeEmailInput,
  changePasswordInput,
  deleteAccountInput,
  me,
  passwordChanged,
  sessionAnswer,
  sessionIdParams,
  sessionsAnswer,
  sessionsEnded,
  signInInput,
  signOutQuery,
  signUpInput,
  updateMeInput,
  userAnswer,
} from './accounts.schema.ts';
import type { ActivityKind } from './accounts.tables.server.ts';
import { changeEmail } from './change-email.server.ts';
import { changePassword } from './change-password.server.ts';
import { deleteAccount } from './delete-account.server.ts';
import { getMe, updateMe } from './get-me.server.ts';
import {
  endCurrentSession,
  endOtherSessions,
  endSession,
  listSessions,
} from './manage-sessions.server.ts';
import { signIn } from './sign-in.server.ts';
import { signUp } from './sign-up.server.ts';
import { registerRecoveryRoutes } from './recovery.routes.server.ts';
import { registerSecondFactorRoutes } from './second-factor.routes.server.ts';
import { secondFactorNeeded } from './second-factor.schema.ts';
import {
  exportSecondFactors,
  secondFactorMethods,
  startPendingSignIn,
} from './second-factor.server.ts';
import { registerAppLockRoutes } from './app-lock.routes.server.ts';
import { registerConfirmRoutes } from './confirm.routes.server.ts';
import { changeEmailAnswer, signUpPendingAnswer } from './confirm.schema.ts';
import { requestEmailChange } from './confirm-email.server.ts';
import { mailSignUpTried, requestSignUp } from './sign-up-by-link.server.ts';
import { deviceToken, forgetDevice, mailNewDevice, noteDevice } from './known-devices.server.ts';
import { requireCurrentPassword } from './require-current-password.server.ts';
import { asSystem } from '../../platform/db/database.ts';
import { emailConfirmation as confirmWords } from '../../content/email-confirmation.ts';
import { linkOrigin } from '../../platform/server/link-origin.ts';
import { hashToken } from '../../platform/server/session-token.ts';

const tags = ['accounts'];

const registerAccountRoutes: RegisterRoutes = (api, deps) => {
  const { db, auth, limits, env } = deps;
  registerRecoveryRoutes(api, deps);
  registerSecondFactorRoutes(api, deps);
  registerAppLockRoutes(api, deps);
  registerConfirmRoutes(api, deps);
  // Mail is configured: addresses are confirmed by a link, and sign-up answers alike (decision 085).
  const hasMail = env.SMTP_URL !== undefined;
  const isSecure = env.PUBLIC_ORIGIN?.startsWith('https://') ?? false;
  const originOf = (request: FastifyRequest) => linkOrigin(request.server, env.PUBLIC_ORIGIN);
  const perAddress = { max: limits.signUpMax, timeWindow: limits.windowMs };
  const credentialLimit = { rateLimit: { max: limits.signInMax, timeWindow: limits.windowMs } };
  /** Records something in the owner's own activity log, from the request's device. */
  const noteActivity = async (
    tx: Tx,
    request: FastifyRequest,
    personId: string,
    kind: ActivityKind,
  ) => {
    const tokenHash = auth.tokenHashOf(request);
    const sessionId = tokenHash ? await currentSessionId(tx, tokenHash) : null;
    await recordActivity(tx, {
      personId,
      kind,
      device: describeDevice(request.headers['user-agent']),
      sessionId,
    });
  };

  api.post(
    '/api/v1/auth/sign-up',
    {
      schema: {
        tags,
        summary:
          'Create an account and sign in; with mail configured, send a link to confirm the address first (the same answer for every address)',
        security: [],
        body: signUpInput,
        response: { 201: userAnswer, 202: signUpPendingAnswer },
      },
      config: { rateLimit: perAddress },
    },
    async (request, reply) => {
      if (hasMail) {
        // Nothing is made yet, for any address: the same answer and the same cookie (one that
        // opens nothing, but lets the link from the mail sign in this very browser).
        const browserHash = hashToken(auth.setDecoyCookie(reply));
        const origin = originOf(request);
        const device = describeDevice(request.headers['user-agent']);
        await db.withSystem(async (tx) => {
          const outcome = await requestSignUp({ tx, input: request.body, browserHash, origin });
          if ('taken' in outcome) {
            const personId = outcome.taken;
            await recordActivity(tx, { personId, kind: 'sign_up_tried', device, sessionId: null });
            await mailSignUpTried({ tx, personId, origin });
          }
        });
        return reply.status(202).send({ checkYourEmail: true as const });
      }
      const user = await db.withSystem(async (tx) => {
        const outcome = await signUp({ tx, input: request.body });
        const device = describeDevice(request.headers['user-agent']);
        if ('taken' in outcome) {
          // No mail yet: the owner learns of the try in their own activity instead.
          await recordActivity(tx, {
            personId: outcome.taken,
            kind: 'sign_up_tried',
            device,
            sessionId: null,
          });
          return null;
        }
        const personId = outcome.created;
        const sessionId = await auth.startSession({ tx, personId, request, reply });
        await noteDevice(tx, personId, deviceToken(request, reply, isSecure));
        // The log starts with its own first line, so it is never empty right after sign-up.
        await recordActivity(tx, { personId, kind: 'account_created', device, sessionId });
        return getMe({ tx, userId: personId });
      });
      if (user) return reply.status(201).send({ user });
      // The email has an account. Answer like a new account (same status, same shape, a cookie)
      // and open nothing, whatever the password: the app then suggests signing in (decision 003).
      auth.setDecoyCookie(reply);
      return reply.status(201).send({
        user: {
          id: randomUUID(),
          email: request.body.email,
          displayName: request.body.displayName,
          timeZone: 'UTC',
          createdAt: new Date().toISOString(),
        },
      });
    },
  );

  api.post(
    '/api/v1/auth/sign-in',
    {
      schema: {
        tags,
        summary: 'Sign in with email and password (or start the second step, when one is on)',
        security: [],
        body: signInInput,
        response: { 200: z.union([userAnswer, secondFactorNeeded]) },
      },
      config: {
        apiErrors: ['unauthenticated'],
        rateLimit: {
          max: limits.signInMax,
          timeWindow: limits.windowMs,
          keyGenerator: (request) => {
            const email = (request.body as { email?: unknown } | undefined)?.email;
            return `${request.ip}|${typeof email === 'string' ? email.trim().toLowerCase() : ''}`;
          },
        },
      },
    },
    async (request, reply) => {
      // Across emails too, so one client cannot spray a password over many accounts.
      const address = await limitFailures(db, {
        key: `sign-in|${request.ip}`,
        max: limits.signInPerAddressMax,
        windowMs: limits.windowMs,
      });
      const outcome = await db.withSystem(async (tx) => {
        const personId = await signIn({ tx, input: request.body });
        if (!personId) return null;
        // A second factor on: no session yet, only a pending sign-in (decision 131).
        const methods = await secondFactorMethods(tx, personId);
        if (methods.length > 0) {
          return {
            secondFactor: { pendingToken: await startPendingSignIn(tx, personId), methods },
          };
        }
        const sessionId = await auth.startSession({ tx, personId, request, reply });
        const device = describeDevice(request.headers['user-agent']);
        const isNewDevice = await noteDevice(tx, personId, deviceToken(request, reply, isSecure));
        const kind = isNewDevice ? 'new_device_signed_in' : 'signed_in';
        await recordActivity(tx, { personId, kind, device, sessionId, via: 'password' });
        if (isNewDevice && hasMail) await mailNewDevice(tx, personId, originOf(request));
        return { user: await getMe({ tx, userId: personId }) };
      });
      if (!outcome) {
        const message = hasMail
          ? confirmWords.errors.signInNoMatch
          : "That email and password don't match an account.";
        throw new AppError('unauthenticated', message, { reason: 'invalid_credentials' });
      }
      await address.succeeded();
      return outcome;
    },
  );

  api.post(
    '/api/v1/auth/sign-out',
    // The session is optional: without one there is nothing to end, and the answer is the same.
    {
      schema: {
        tags,
        summary: 'Sign out of this device',
        description:
          'With `device=forget` (the quick exit) this browser is forgotten too: its device cookie is expired, so nothing of Kintsugi stays in its cookies, and the next sign-in here counts as a new device.',
        security: [{}, { session: [] }],
        querystring: signOutQuery,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const tokenHash = auth.tokenHashOf(request);
      if (tokenHash) {
        // Signing out works while the app lock holds (decision 132).
        await db.withUser(
          tokenHash,
          async ({ tx, userId }) => {
            await noteActivity(tx, request, userId, 'signed_out');
            await endCurrentSession({ tx, currentTokenHash: tokenHash });
          },
          'write',
          undefined,
          'allow',
        );
      }
      auth.clearCookie(reply);
      if (request.query.device === 'forget') forgetDevice(reply, isSecure);
      return reply.status(204).send(null);
    },
  );

  // The app's first question on every load. Signed out is an expected answer here, not an error,
  // so it is a 200 with me: null (a 401 would show in red in every browser console); /me keeps
  // its 401 for every other client (decision 121).
  api.get(
    '/api/v1/session',
    {
      schema: {
        tags,
        summary: 'Whether I am signed in, and who I am',
        security: [],
        response: {
          200: sessionAnswer,
        },
      },
    },
    async (request) => {
      if (!auth.tokenHashOf(request)) return { me: null };
      try {
        return await auth.run(request, async ({ tx, userId, viewer }) => ({
          me: await getMe({ tx, userId, viewer }),
          appLock: viewer.appLock,
        }));
      } catch (error) {
        if (error instanceof AppError && error.code === 'unauthenticated') return { me: null };
        if (error instanceof SessionLocked) return { me: null, locked: true };
        throw error;
      }
    },
  );

  api.get(
    '/api/v1/me',
    { schema: { tags, summary: 'Who I am', response: { 200: me } } },
    (request) => auth.run(request, ({ tx, userId, viewer }) => getMe({ tx, userId, viewer })),
  );

  api.patch(
    '/api/v1/me',
    {
      schema: {
        tags,
        summary: 'Change my name or time zone',
        body: updateMeInput,
        response: { 200: me },
      },
    },
    (request) =>
      auth.run(request, ({ tx, userId }) => updateMe({ tx, userId, input: request.body })),
  );

  api.post(
    '/api/v1/me/password',
    {
      schema: {
        tags,
        summary: 'Change my password (needs the current one; ends my other sessions)',
        body: changePasswordInput,
        response: { 200: passwordChanged },
      },
      config: { rateLimit: { max: limits.signInMax, timeWindow: limits.windowMs } },
    },
    (request) =>
      auth.run(request, async ({ tx, userId }) => {
        const result = await changePassword({
          tx,
          userId,
          currentTokenHash: auth.tokenHashOf(request)!,
          input: request.body,
        });
        await noteActivity(tx, request, userId, 'password_changed');
        return result;
      }),
  );

  api.post(
    '/api/v1/me/email',
    {
      schema: {
        tags,
        summary:
          'Change my email (needs the current password; ends my other sessions); with mail configured, once the link sent to the new address is opened',
        body: changeEmailInput,
        response: { 200: changeEmailAnswer },
      },
      config: credentialLimit,
    },
    (request) =>
      auth.run(request, async ({ tx, userId }) => {
        if (hasMail) {
          const { currentPassword, newEmail } = request.body;
          await requireCurrentPassword({ tx, userId, password: currentPassword });
          const origin = originOf(request);
          await asSystem(tx, () => requestEmailChange({ tx, userId, newEmail, origin }));
          await noteActivity(tx, request, userId, 'email_change_requested');
          // The same answer whether or not the new address has an account (decision 085).
          return { ...(await getMe({ tx, userId })), pendingEmail: newEmail };
        }
        const result = await changeEmail({
          tx,
          userId,
          currentTokenHash: auth.tokenHashOf(request)!,
          input: request.body,
        });
        await noteActivity(tx, request, userId, 'email_changed');
        return { ...result, pendingEmail: null };
      }),
  );

  api.post(
    '/api/v1/me/delete',
    {
      schema: {
        tags,
        summary: 'Delete my account at once (needs the password; my partner is told calmly)',
        body: deleteAccountInput,
        response: { 204: z.null() },
      },
      config: credentialLimit,
    },
    async (request, reply) => {
      await auth.run(request, ({ tx, userId }) =>
        deleteAccount({ tx, userId, password: request.body.password }),
      );
      auth.clearCookie(reply);
      return reply.status(204).send(null);
    },
  );

  api.get(
    '/api/v1/me/activity',
    {
      schema: {
        tags,
        summary: 'My own account activity: sign-ins, sign-outs, credential changes',
        response: { 200: activityAnswer },
      },
    },
    (request) =>
      auth.run(request, async ({ tx, userId }) => ({
        items: await listActivity({ tx, userId, currentTokenHash: auth.tokenHashOf(request)! }),
      })),
  );

  api.post(
    '/api/v1/me/activity/seen',
    { schema: { tags, summary: 'I have seen my account activity', response: { 204: z.null() } } },
    async (request, reply) => {
      await auth.run(request, ({ tx, userId }) => markActivitySeen({ tx, userId }));
      return reply.status(204).send(null);
    },
  );

  api.get(
    '/api/v1/me/sessions',
    {
      schema: {
        tags,
        summary: 'Where I am signed in',
        response: { 200: sessionsAnswer },
      },
    },
    (request) =>
      auth.run(request, async ({ tx, userId }) => ({
        sessions: await listSessions({ tx, userId, currentTokenHash: auth.tokenHashOf(request)! }),
      })),
  );

  api.delete(
    '/api/v1/me/sessions/:id',
    {
      schema: {
        tags,
        summary: 'Sign out one of my sessions',
        params: sessionIdParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const { wasCurrent } = await auth.run(request, async ({ tx, userId }) => {
        await noteActivity(tx, request, userId, 'session_ended');
        return endSession({
          tx,
          userId,
          sessionId: request.params.id,
          currentTokenHash: auth.tokenHashOf(request)!,
        });
      });
      if (wasCurrent) auth.clearCookie(reply);
      return reply.status(204).send(null);
    },
  );

  api.post(
    '/api/v1/me/sessions/end-others',
    {
      schema: {
        tags,
        summary: 'Sign out everywhere else',
        response: { 200: sessionsEnded },
      },
    },
    (request) =>
      auth.run(request, async ({ tx, userId }) => {
        await noteActivity(tx, request, userId, 'other_sessions_ended');
        return endOtherSessions({ tx, userId, currentTokenHash: auth.tokenHashOf(request)! });
      }),
  );
};

export const accountsModule: FeatureModule = {
  name: 'accounts',
  routes: registerAccountRoutes,
  exportFor: async ({ tx, userId }) => ({
    me: await getMe({ tx, userId }),
    sessions: (await listSessions({ tx, userId, currentTokenHash: '' })).map(
      ({ device, createdAt, lastSeenAt }) => ({
        device,
        createdAt,
        lastSeenAt,
      }),
    ),
    activity: await exportActivity({ tx, userId }),
    // Names and dates only: never a key, the code-app secret or a recovery code (decision 131).
    secondFactors: await exportSecondFactors({ tx, userId }),
  }),
};

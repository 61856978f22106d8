import type { AuthenticationResponseJSON } from '@simplewebauthn/server';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { SignedIn, Tx } from '../../platform/db/database.ts';
import { notSignedIn } from '../../platform/server/auth.ts';
import type { RegisterRoutes } from '../../platform/server/build-server.ts';
import { describeDevice } from '../../platform/server/device.ts';
import { AppError } from '../../platform/server/errors.ts';
import { limitFailures } from '../../platform/server/rate-limit-store.ts';
import { currentSessionId, recordActivity } from './account-activity.server.ts';
import { deviceToken, mailNewDevice, noteDevice } from './known-devices.server.ts';
import { linkOrigin } from '../../platform/server/link-origin.ts';
import { userAnswer } from './accounts.schema.ts';
import type { ActivityKind, SignInWay } from './accounts.tables.server.ts';
import { getMe } from './get-me.server.ts';
import {
  addPasskey,
  authenticationOptions,
  challengeGone,
  countPasskeys,
  registrationOptions,
  relyingParty,
  removePasskey,
  takeChallenge,
  verifyPasskey,
} from './passkeys.server.ts';
import { recheckWithPassword, requireRecentCheck } from './recheck.server.ts';
import {
  dropRecoveryCodes,
  makeRecoveryCodes,
  recoveryCodesLeft,
  useRecoveryCode,
} from './recovery-codes.server.ts';
import {
  addPasskeyInput,
  passkeyAdded,
  passkeyIdParams,
  passkeyOptions,
  passkeySignInInput,
  pendingOnlyInput,
  pendingPasskeyInput,
  pendingRecoveryInput,
  pendingTotpInput,
  recheckAnswer,
  recheckInput,
  recoveryCodesOut,
  secondFactorStatus as secondFactorStatusBody,
  totpCodeInput,
  totpConfirmed,
  totpSetup,
} from './second-factor.schema.ts';
import {
  endPendingSignIn,
  findPendingSignIn,
  PENDING_TRIES,
  secondFactorStatus,
} from './second-factor.server.ts';
import { confirmTotp, startTotp, totpIsOn, turnOffTotp, verifyTotp } from './totp.server.ts';

const tags = ['accounts'];

/** Passkeys, the code app, recovery codes and the second step of a sign-in (decisions 130, 131). */
export const registerSecondFactorRoutes: RegisterRoutes = (api, { db, auth, env, limits }) => {
  const perAddress = { rateLimit: { max: limits.signInMax, timeWindow: limits.windowMs } };
  const isSecure = env.PUBLIC_ORIGIN?.startsWith('https://') ?? false;
  const rpOf = (request: FastifyRequest) => relyingParty(env.PUBLIC_ORIGIN, request.headers.origin);
  const tokenHash = (request: FastifyRequest) => auth.tokenHashOf(request)!;

  const note = async (tx: Tx, request: FastifyRequest, personId: string, kind: ActivityKind) => {
    const sessionId = await currentSessionId(tx, tokenHash(request));
    await recordActivity(tx, {
      personId,
      kind,
      device: describeDevice(request.headers['user-agent']),
      sessionId,
    });
  };

  /** A session, and the sign-in in the owner's activity with the way it was made. */
  const startSignedIn = async (
    tx: Tx,
    request: FastifyRequest,
    reply: FastifyReply,
    personId: string,
    via: SignInWay,
  ) => {
    const sessionId = await auth.startSession({ tx, personId, request, reply });
    const device = describeDevice(request.headers['user-agent']);
    // A browser this account has not used before is said so, and mailed when mail is on (decision 085).
    const isNewDevice = await noteDevice(tx, personId, deviceToken(request, reply, isSecure));
    const kind = isNewDevice ? 'new_device_signed_in' : 'signed_in';
    await recordActivity(tx, { personId, kind, device, sessionId, via });
    if (isNewDevice && env.SMTP_URL !== undefined)
      await mailNewDevice(tx, personId, linkOrigin(request.server, env.PUBLIC_ORIGIN));
    return getMe({ tx, userId: personId });
  };

  /**
   * Changing how I sign in: as the signed-in person, once the password was typed again or the
   * sign-in was made within ten minutes (decision 131), then `fn`.
   */
  const rechecked = <T>(request: FastifyRequest, fn: (ctx: SignedIn) => Promise<T>) =>
    auth.run(request, async (ctx) => {
      await requireRecentCheck(ctx.tx, tokenHash(request));
      return fn(ctx);
    });

  /** Ten recovery codes with the first second factor; none when some are left. */
  const codesWithFirstFactor = async (tx: Tx, userId: string) =>
    (await recoveryCodesLeft(tx, userId)) === 0 ? await makeRecoveryCodes(tx, userId) : null;

  /** Failed tries from one address count with failed password sign-ins (one budget). */
  const addressTries = (request: FastifyRequest) =>
    limitFailures(db, {
      key: `sign-in|${request.ip}`,
      max: limits.signInPerAddressMax,
      windowMs: limits.windowMs,
    });

  /**
   * The second step: the pending sign-in, at most five wrong answers, then `check` (as
   * kintsugi_system); the session starts in the same transaction the factor is used up in.
   */
  const answerSecondStep = async (
    request: FastifyRequest,
    reply: FastifyReply,
    pendingToken: string,
    via: SignInWay,
    check: (tx: Tx, personId: string) => Promise<boolean>,
    wrong: AppError,
  ) => {
    const address = await addressTries(request);
    const pending = await findPendingSignIn(db, pendingToken);
    const tries = await limitFailures(db, {
      key: `second-step|${pending.id}`,
      max: PENDING_TRIES,
      windowMs: 5 * 60_000,
    });
    const user = await db.withSystem(async (tx) => {
      if (!(await check(tx, pending.personId))) return null;
      await endPendingSignIn(tx, pending.id);
      return startSignedIn(tx, request, reply, pending.personId, via);
    });
    if (!user) {
      // The password was right and the second step was not: the owner should know (one line
      // per wrong answer, at most five per pending sign-in).
      await db.withSystem((tx) =>
        recordActivity(tx, {
          personId: pending.personId,
          kind: 'second_step_failed',
          device: describeDevice(request.headers['user-agent']),
        }),
      );
      throw wrong;
    }
    await tries.succeeded();
    await address.succeeded();
    return { user };
  };

  /** A second step's route: no session yet, the sign-in's limit per address, the person signed in. */
  const secondStepRoute = <Body extends z.ZodType>(summary: string, body: Body) => ({
    schema: { tags, summary, security: [], body, response: { 200: userAnswer } },
    config: { ...perAddress, apiErrors: ['unauthenticated'] as const },
  });

  // --- Signing in -------------------------------------------------------------------------

  api.post(
    '/api/v1/auth/passkey/options',
    {
      schema: {
        tags,
        summary: 'Start signing in with a passkey',
        security: [],
        response: { 200: passkeyOptions },
      },
      config: { ...perAddress, apiErrors: ['bad_request'] },
    },
    async (request) => {
      const rp = rpOf(request);
      return db.withSystem((tx) =>
        authenticationOptions({ tx, rp, purpose: 'sign_in', personId: null }),
      );
    },
  );

  api.post(
    '/api/v1/auth/passkey',
    {
      schema: {
        tags,
        summary: 'Sign in with a passkey',
        security: [],
        body: passkeySignInInput,
        response: { 200: userAnswer },
      },
      config: { ...perAddress, apiErrors: ['unauthenticated'] },
    },
    async (request, reply) => {
      const rp = rpOf(request);
      const address = await addressTries(request);
      const challenge = await takeChallenge(db, {
        id: request.body.challengeId,
        purpose: 'sign_in',
        personId: null,
        origin: rp.origin,
      });
      const user = await db.withSystem(async (tx) => {
        const personId = await verifyPasskey({
          tx,
          credential: request.body.credential as unknown as AuthenticationResponseJSON,
          challenge,
          rp,
        });
        return startSignedIn(tx, request, reply, personId, 'passkey');
      });
      await address.succeeded();
      return { user };
    },
  );

  const wrongCode = new AppError(
    'unauthenticated',
    "That code didn't work. Check the newest code in your app.",
    {
      reason: 'wrong_code',
      fields: { code: "That code didn't work. Check the newest code in your app." },
    },
  );

  api.post(
    '/api/v1/auth/second-factor/totp',
    secondStepRoute('Finish signing in with a code from my app', pendingTotpInput),
    (request, reply) =>
      answerSecondStep(
        request,
        reply,
        request.body.pendingToken,
        'password_totp',
        (tx, personId) => verifyTotp(tx, personId, request.body.code),
        wrongCode,
      ),
  );

  api.post(
    '/api/v1/auth/second-factor/recovery-code',
    secondStepRoute(
      'Finish signing in with a recovery code (each works once)',
      pendingRecoveryInput,
    ),
    (request, reply) =>
      answerSecondStep(
        request,
        reply,
        request.body.pendingToken,
        'password_recovery_code',
        (tx, personId) => useRecoveryCode(tx, personId, request.body.recoveryCode),
        new AppError('unauthenticated', "That isn't one of your unused recovery codes.", {
          reason: 'wrong_code',
          fields: { recoveryCode: "That isn't one of your unused recovery codes." },
        }),
      ),
  );

  api.post(
    '/api/v1/auth/second-factor/passkey/options',
    {
      schema: {
        tags,
        summary: 'Start finishing a sign-in with one of my passkeys',
        security: [],
        body: pendingOnlyInput,
        response: { 200: passkeyOptions },
      },
      config: { ...perAddress, apiErrors: ['unauthenticated'] },
    },
    async (request) => {
      const rp = rpOf(request);
      const pending = await findPendingSignIn(db, request.body.pendingToken);
      return db.withSystem((tx) =>
        authenticationOptions({ tx, rp, purpose: 'second_factor', personId: pending.personId }),
      );
    },
  );

  api.post(
    '/api/v1/auth/second-factor/passkey',
    secondStepRoute('Finish signing in with one of my passkeys', pendingPasskeyInput),
    async (request, reply) => {
      const rp = rpOf(request);
      const pending = await findPendingSignIn(db, request.body.pendingToken);
      const challenge = await takeChallenge(db, {
        id: request.body.challengeId,
        purpose: 'second_factor',
        personId: pending.personId,
        origin: rp.origin,
      });
      return answerSecondStep(
        request,
        reply,
        request.body.pendingToken,
        'password_passkey',
        async (tx, personId) => {
          try {
            await verifyPasskey({
              tx,
              credential: request.body.credential as unknown as AuthenticationResponseJSON,
              challenge,
              rp,
              personId,
            });
            return true;
          } catch {
            return false;
          }
        },
        new AppError('unauthenticated', "That passkey didn't open this account.", {
          reason: 'passkey_refused',
        }),
      );
    },
  );

  // --- My second factors ------------------------------------------------------------------

  api.get(
    '/api/v1/me/second-factors',
    {
      schema: {
        tags,
        summary: 'My passkeys, whether codes from an app are on, recovery codes left',
        response: { 200: secondFactorStatusBody },
      },
    },
    (request) =>
      auth.run(request, ({ tx, userId }) =>
        secondFactorStatus({ tx, userId, tokenHash: tokenHash(request) }),
      ),
  );

  api.post(
    '/api/v1/me/recheck',
    {
      schema: {
        tags,
        summary: 'Type my password again, to change how I sign in for the next ten minutes',
        body: recheckInput,
        response: { 200: recheckAnswer },
      },
      config: perAddress,
    },
    (request) =>
      auth.run(request, async ({ tx, userId }) => ({
        recheckedUntil: (
          await recheckWithPassword({
            tx,
            userId,
            tokenHash: tokenHash(request),
            password: request.body.password,
          })
        ).toISOString(),
      })),
  );

  api.post(
    '/api/v1/me/passkeys/options',
    {
      schema: {
        tags,
        summary: 'Start adding a passkey (after typing my password again)',
        response: { 200: passkeyOptions },
      },
      config: { apiErrors: ['bad_request', 'forbidden'] },
    },
    (request) => {
      const rp = rpOf(request);
      return rechecked(request, ({ tx, userId }) => registrationOptions({ tx, userId, rp }));
    },
  );

  api.post(
    '/api/v1/me/passkeys',
    {
      schema: {
        tags,
        summary: 'Add a passkey; the first second factor brings ten recovery codes',
        body: addPasskeyInput,
        response: {
          201: passkeyAdded,
        },
      },
      config: { apiErrors: ['forbidden', 'conflict'] },
    },
    async (request, reply) => {
      if (!auth.tokenHashOf(request)) throw notSignedIn();
      // The session first (a locked one answers 423 like every other route), then the challenge.
      await auth.run(request, async () => undefined);
      const rp = rpOf(request);
      // Taken first, in a transaction of its own: used up even when what follows fails.
      const challenge = await takeChallenge(db, {
        id: request.body.challengeId,
        purpose: 'register',
        origin: rp.origin,
      });
      const result = await rechecked(request, async ({ tx, userId }) => {
        if (challenge.personId !== userId) throw challengeGone();
        const passkey = await addPasskey({ tx, userId, input: request.body, challenge, rp });
        await note(tx, request, userId, 'passkey_added');
        return { passkey, recoveryCodes: await codesWithFirstFactor(tx, userId) };
      });
      return reply.status(201).send(result);
    },
  );

  api.delete(
    '/api/v1/me/passkeys/:id',
    {
      schema: {
        tags,
        summary: 'Remove one of my passkeys',
        params: passkeyIdParams,
        response: { 204: z.null() },
      },
      config: { apiErrors: ['forbidden'] },
    },
    async (request, reply) => {
      await rechecked(request, async ({ tx, userId }) => {
        await removePasskey({ tx, userId, id: request.params.id });
        await note(tx, request, userId, 'passkey_removed');
        if ((await countPasskeys(tx, userId)) === 0 && !(await totpIsOn(tx, userId))) {
          await dropRecoveryCodes(tx, userId);
        }
      });
      return reply.status(204).send(null);
    },
  );

  api.post(
    '/api/v1/me/totp',
    {
      schema: {
        tags,
        summary: 'Start turning on codes from an app: a new secret, on once a code confirms it',
        response: { 200: totpSetup },
      },
      config: { apiErrors: ['forbidden', 'conflict'] },
    },
    (request) => rechecked(request, ({ tx, userId }) => startTotp({ tx, userId })),
  );

  api.post(
    '/api/v1/me/totp/confirm',
    {
      schema: {
        tags,
        summary:
          'Turn on codes from an app with a first code; the first second factor brings recovery codes',
        body: totpCodeInput,
        response: { 200: totpConfirmed },
      },
      config: { ...perAddress, apiErrors: ['forbidden', 'conflict'] },
    },
    (request) =>
      rechecked(request, async ({ tx, userId }) => {
        await confirmTotp({ tx, userId, code: request.body.code });
        await note(tx, request, userId, 'totp_turned_on');
        return { recoveryCodes: await codesWithFirstFactor(tx, userId) };
      }),
  );

  api.delete(
    '/api/v1/me/totp',
    {
      schema: { tags, summary: 'Turn off codes from an app', response: { 204: z.null() } },
      config: { apiErrors: ['forbidden'] },
    },
    async (request, reply) => {
      await rechecked(request, async ({ tx, userId }) => {
        await turnOffTotp({ tx, userId });
        await note(tx, request, userId, 'totp_turned_off');
        if ((await countPasskeys(tx, userId)) === 0) await dropRecoveryCodes(tx, userId);
      });
      return reply.status(204).send(null);
    },
  );

  api.post(
    '/api/v1/me/recovery-codes',
    {
      schema: {
        tags,
        summary: 'Replace my recovery codes with ten new ones (the old ones stop working)',
        response: { 200: recoveryCodesOut },
      },
      config: { apiErrors: ['forbidden', 'conflict'] },
    },
    (request) =>
      rechecked(request, async ({ tx, userId }) => {
        const on = (await totpIsOn(tx, userId)) || (await countPasskeys(tx, userId)) > 0;
        if (!on) {
          throw new AppError(
            'conflict',
            'Recovery codes come with a second factor. Add a passkey or turn on codes first.',
            { reason: 'no_second_factor' },
          );
        }
        const recoveryCodes = await makeRecoveryCodes(tx, userId);
        await note(tx, request, userId, 'recovery_codes_made');
        return { recoveryCodes };
      }),
  );
};

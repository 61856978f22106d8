import { z } from 'zod';
import type { FeatureModule, RegisterRoutes } from '../../platform/server/build-server.ts';
import { AppError } from '../../platform/server/errors.ts';
import {
  couple,
  createdInvite,
  currentCoupleAnswer,
  inviteIdParams,
  joinInput,
  openInvitesAnswer,
} from './couples.schema.ts';
import { createCouple } from './create-couple.server.ts';
import { findMyCoupleId, getCouple, listMyMemberships } from './get-couple.server.ts';
import { joinCouple } from './join-couple.server.ts';
import { leaveCouple } from './leave-couple.server.ts';
import { createInvite, listInvites, revokeInvite } from './manage-invites.server.ts';

const tags = ['couple'];

const registerCoupleRoutes: RegisterRoutes = (api, { auth, env, limits }) => {
  api.post(
    '/api/v1/couple',
    { schema: { tags, summary: 'Start my shared space', response: { 201: couple } } },
    async (request, reply) => {
      const created = await auth.run(request, ({ tx, userId }) => createCouple({ tx, userId }));
      return reply.status(201).send(created);
    },
  );

  api.get(
    '/api/v1/couple',
    { schema: { tags, summary: 'My shared space', response: { 200: couple } } },
    (request) => auth.run(request, ({ tx, userId }) => getCouple({ tx, userId })),
  );

  // The app asks this one: having no space yet is an expected answer (couple: null), not a 404
  // in the browser console. GET /api/v1/couple keeps its 404 for other clients (decision 121).
  api.get(
    '/api/v1/couple/current',
    {
      schema: {
        tags,
        summary: 'My shared space, or null when I have none',
        response: { 200: currentCoupleAnswer },
      },
    },
    (request) =>
      auth.run(request, async ({ tx, userId }) => {
        try {
          return { couple: await getCouple({ tx, userId }) };
        } catch (error) {
          if (error instanceof AppError && error.code === 'not_found') return { couple: null };
          throw error;
        }
      }),
  );

  api.post(
    '/api/v1/couple/invites',
    {
      schema: {
        tags,
        summary: 'Invite my partner (replaces any open invite)',
        response: { 201: createdInvite },
      },
      // Each invite is a fresh code to guess at; a few a minute is all anyone needs.
      config: {
        rateLimit: {
          max: limits.invitesMax,
          timeWindow: limits.windowMs,
          keyGenerator: (request) => auth.tokenHashOf(request) ?? request.ip,
        },
      },
    },
    async (request, reply) => {
      const origin = env.PUBLIC_ORIGIN ?? `${request.protocol}://${request.host}`;
      const invite = await auth.run(request, ({ tx, userId }) =>
        createInvite({ tx, userId, origin }),
      );
      return reply.status(201).send(invite);
    },
  );

  api.get(
    '/api/v1/couple/invites',
    {
      schema: {
        tags,
        summary: 'Open invites (codes are shown only once)',
        response: { 200: openInvitesAnswer },
      },
    },
    (request) =>
      auth.run(request, async ({ tx, userId }) => ({ invites: await listInvites({ tx, userId }) })),
  );

  api.delete(
    '/api/v1/couple/invites/:id',
    {
      schema: {
        tags,
        summary: 'Revoke an open invite',
        params: inviteIdParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await auth.run(request, ({ tx, userId }) =>
        revokeInvite({ tx, userId, inviteId: request.params.id }),
      );
      return reply.status(204).send(null);
    },
  );

  api.post(
    '/api/v1/couple/join',
    {
      schema: {
        tags,
        summary: "Join my partner's space with an invite code",
        body: joinInput,
        response: { 200: couple },
      },
      config: { rateLimit: { max: limits.signUpMax, timeWindow: limits.windowMs } },
    },
    (request) =>
      auth.run(request, ({ tx, userId }) => joinCouple({ tx, userId, code: request.body.code })),
  );

  api.post(
    '/api/v1/couple/leave',
    {
      schema: {
        tags,
        summary: 'Leave the shared space, alone and at once',
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await auth.run(request, ({ tx, userId }) => leaveCouple({ tx, userId }));
      return reply.status(204).send(null);
    },
  );
};

export const couplesModule: FeatureModule = {
  name: 'couples',
  routes: registerCoupleRoutes,
  exportFor: async ({ tx, userId }) => ({
    // Every space I was ever part of (those I left included), and the one I'm in now.
    memberships: (await listMyMemberships({ tx, userId })).map((m) => ({
      space: m.coupleId,
      joinedAt: m.joinedAt.toISOString(),
      leftAt: m.leftAt?.toISOString() ?? null,
    })),
    current: (await findMyCoupleId({ tx, userId })) ? await getCouple({ tx, userId }) : null,
  }),
};

import { z } from 'zod';
import { nextCursor, pageQuery } from '../../platform/db/keyset.ts';
import type { FeatureModule, RegisterRoutes } from '../../platform/server/build-server.ts';
import { waitingFromPart } from '../../platform/server/waiting.ts';
import {
  letterIdParams,
  letterInput,
  letterList,
  letterUpdate,
  letterWithReplies,
} from './letters.schema.ts';
import {
  createLetter,
  deleteLetter,
  getLetter,
  lettersPage,
  listLetters,
  lettersWaitingPart,
  markLetterRead,
  updateLetter,
} from './letters.server.ts';
import { letterMoments } from './letter-reminders.server.ts';

const tags = ['letters'];

const registerLetterRoutes: RegisterRoutes = (api, { auth }) => {
  api.get(
    '/api/v1/letters',
    {
      schema: {
        tags,
        summary: 'Letters delivered to me, and letters I wrote, a page at a time',
        querystring: pageQuery,
        response: { 200: letterList.extend({ next: nextCursor }) },
      },
    },
    (request) =>
      auth.run(request, ({ tx, userId }) =>
        lettersPage({ tx, userId, before: request.query.before }),
      ),
  );

  api.post(
    '/api/v1/letters',
    {
      schema: {
        tags,
        summary: 'Write a letter: keep it as a draft, send it now, or at a chosen time',
        body: letterInput,
        response: { 201: letterWithReplies },
      },
    },
    async (request, reply) => {
      const created = await auth.run(request, ({ tx, userId }) =>
        createLetter({ tx, userId, input: request.body }),
      );
      return reply.status(201).send(created);
    },
  );

  api.get(
    '/api/v1/letters/:id',
    {
      schema: {
        tags,
        summary: 'A letter I wrote, or one delivered to me, with its replies',
        params: letterIdParams,
        response: { 200: letterWithReplies },
      },
    },
    (request) =>
      auth.run(request, ({ tx, userId }) => getLetter({ tx, userId, id: request.params.id })),
  );

  api.patch(
    '/api/v1/letters/:id',
    {
      schema: {
        tags,
        summary: 'Change, send, reschedule or take back my letter before it is delivered',
        params: letterIdParams,
        body: letterUpdate,
        response: { 200: letterWithReplies },
      },
    },
    (request) =>
      auth.run(request, ({ tx, userId }) =>
        updateLetter({ tx, userId, id: request.params.id, input: request.body }),
      ),
  );

  api.delete(
    '/api/v1/letters/:id',
    {
      schema: {
        tags,
        summary: 'Delete my letter before it is delivered',
        params: letterIdParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await auth.run(request, ({ tx, userId }) =>
        deleteLetter({ tx, userId, id: request.params.id }),
      );
      return reply.status(204).send(null);
    },
  );

  api.post(
    '/api/v1/letters/:id/read',
    {
      schema: {
        tags,
        summary: 'I opened a letter delivered to me (only I see this)',
        params: letterIdParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await auth.run(request, ({ tx, userId }) =>
        markLetterRead({ tx, userId, id: request.params.id }),
      );
      return reply.status(204).send(null);
    },
  );
};

export const lettersModule: FeatureModule = {
  name: 'letters',
  routes: registerLetterRoutes,
  dueReminders: letterMoments,
  waiting: waitingFromPart(lettersWaitingPart),
  waitingPart: lettersWaitingPart,
  exportFor: async ({ tx, userId }) => {
    const { received, written } = await listLetters({ tx, userId, limit: 1_000_000 });
    return { lettersWritten: written, lettersReceived: received };
  },
};

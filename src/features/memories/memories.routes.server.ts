import { z } from 'zod';
import { nextCursor, pageQuery } from '../../platform/db/keyset.ts';
import type { FeatureModule, RegisterRoutes } from '../../platform/server/build-server.ts';
import { waitingFromPart } from '../../platform/server/waiting.ts';
import { calendarFile } from './calendar.server.ts';
import {
  calendarQuery,
  lineInput,
  memory,
  memoryIdParams,
  memoryInput,
  memoryList,
  photoInput,
  suggestInput,
} from './memories.schema.ts';
import {
  addPhoto,
  cancelMemory,
  confirmMemory,
  exportMemories,
  getMemory,
  keepLine,
  listMemories,
  memoriesWaitingPart,
  planMemory,
  readPhoto,
  removePhoto,
  suggestTime,
} from './memories.server.ts';
import { PHOTO_MAX_BYTES } from './photo.server.ts';

const tags = ['memories'];
/** A 5 MB photo as base64 (a third more), its data: prefix and some room, so the photo's own message can say what is too big. */
const PHOTO_BODY_LIMIT = Math.ceil((PHOTO_MAX_BYTES * 4) / 3) + 1024 * 1024;

const registerMemoryRoutes: RegisterRoutes = (api, { auth }) => {
  api.get(
    '/api/v1/memories',
    {
      schema: {
        tags,
        summary: 'Our memories, newest planned first, a page at a time',
        querystring: pageQuery,
        response: { 200: memoryList.extend({ next: nextCursor }) },
      },
    },
    (request) =>
      auth.run(request, ({ tx, userId }) =>
        listMemories({ tx, userId, before: request.query.before }),
      ),
  );

  api.post(
    '/api/v1/memories',
    {
      schema: {
        tags,
        summary: 'Plan a time together; my partner confirms it or suggests another time',
        body: memoryInput,
        response: { 201: z.object({ memory }) },
      },
    },
    async (request, reply) => {
      const made = await auth.run(request, ({ tx, userId }) =>
        planMemory({ tx, userId, input: request.body }),
      );
      return reply.status(201).send({ memory: made });
    },
  );

  api.get(
    '/api/v1/memories/:id',
    {
      schema: { tags, summary: 'One memory', params: memoryIdParams, response: { 200: memory } },
    },
    (request) =>
      auth.run(request, ({ tx, userId }) => getMemory({ tx, userId, id: request.params.id })),
  );

  api.post(
    '/api/v1/memories/:id/confirm',
    {
      schema: {
        tags,
        summary: 'Yes to the time my partner put forward',
        params: memoryIdParams,
        response: { 200: memory },
      },
    },
    (request) =>
      auth.run(request, ({ tx, userId }) => confirmMemory({ tx, userId, id: request.params.id })),
  );

  api.post(
    '/api/v1/memories/:id/suggest',
    {
      schema: {
        tags,
        summary: 'Suggest another time; it goes back to my partner to confirm',
        params: memoryIdParams,
        body: suggestInput,
        response: { 200: memory },
      },
    },
    (request) =>
      auth.run(request, ({ tx, userId }) =>
        suggestTime({ tx, userId, id: request.params.id, input: request.body }),
      ),
  );

  api.put(
    '/api/v1/memories/:id/line',
    {
      schema: {
        tags,
        summary: 'My one line of what I will keep, after the day (only mine to change)',
        params: memoryIdParams,
        body: lineInput,
        response: { 200: memory },
      },
    },
    (request) =>
      auth.run(request, ({ tx, userId }) =>
        keepLine({ tx, userId, id: request.params.id, input: request.body }),
      ),
  );

  api.put(
    '/api/v1/memories/:id/photo',
    {
      bodyLimit: PHOTO_BODY_LIMIT,
      schema: {
        tags,
        summary:
          'Add the one photo of a memory: up to 5 MB, re-encoded as JPEG with every bit of metadata left out',
        params: memoryIdParams,
        body: photoInput,
        response: { 200: memory },
      },
    },
    (request) =>
      auth.run(request, ({ tx, userId }) =>
        addPhoto({ tx, userId, id: request.params.id, input: request.body }),
      ),
  );

  api.get(
    '/api/v1/memories/:id/photo',
    {
      schema: {
        tags,
        summary: 'The photo of a memory, for the two partners only (never cached)',
        params: memoryIdParams,
        produces: ['image/jpeg'],
      },
    },
    async (request, reply) => {
      const photo = await auth.run(request, ({ tx }) => readPhoto({ tx, id: request.params.id }));
      return reply
        .header('cache-control', 'private, no-store')
        .header('content-disposition', 'inline; filename="memory.jpg"')
        .type(photo.mime)
        .send(photo.bytes);
    },
  );

  api.delete(
    '/api/v1/memories/:id/photo',
    {
      schema: {
        tags,
        summary: 'Remove the photo I added',
        params: memoryIdParams,
        response: { 200: memory },
      },
    },
    (request) =>
      auth.run(request, ({ tx, userId }) => removePhoto({ tx, userId, id: request.params.id })),
  );

  api.delete(
    '/api/v1/memories/:id',
    {
      schema: {
        tags,
        summary: 'Call off a plan I made, while it holds nothing of my partner’s',
        params: memoryIdParams,
        response: { 204: z.null().describe('Called off') },
      },
    },
    async (request, reply) => {
      await auth.run(request, ({ tx, userId }) =>
        cancelMemory({ tx, userId, id: request.params.id }),
      );
      return reply.status(204).send(null);
    },
  );

  api.get(
    '/api/v1/memories/:id/calendar',
    {
      schema: {
        tags,
        summary:
          'The memory as a calendar file (.ics); it says only "Time together" unless asked for the title',
        params: memoryIdParams,
        querystring: calendarQuery,
        produces: ['text/calendar'],
      },
    },
    async (request, reply) => {
      const found = await auth.run(request, ({ tx, userId }) =>
        getMemory({ tx, userId, id: request.params.id }),
      );
      return reply
        .header('content-disposition', 'attachment; filename="time-together.ics"')
        .type('text/calendar; charset=utf-8')
        .send(await calendarFile(found, request.query.with === 'title'));
    },
  );
};

export const memoriesModule: FeatureModule = {
  name: 'memories',
  routes: registerMemoryRoutes,
  waiting: waitingFromPart(memoriesWaitingPart),
  waitingPart: memoriesWaitingPart,
  exportFor: ({ tx, userId }) => exportMemories({ tx, userId }),
};

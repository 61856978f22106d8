import { z } from 'zod';
import { nextCursor, pageQuery } from '../../platform/db/keyset.ts';
import type { FeatureModule, RegisterRoutes } from '../../platform/server/build-server.ts';
import {
  createJournalEntry,
  deleteJournalEntry,
  getJournalEntry,
  journalPage,
  listJournalEntries,
  updateJournalEntry,
} from './journal-entries.server.ts';
import { journalEntry, journalIdParams, journalInput, journalSearch } from './journal.schema.ts';

const tags = ['journal'];
const list = z.object({ entries: z.array(journalEntry) });
const page = list.extend({ next: nextCursor });

const registerJournalRoutes: RegisterRoutes = (api, { auth }) => {
  api.get(
    '/api/v1/journal',
    {
      schema: {
        tags,
        summary: 'My journal entries, newest first, a page at a time',
        querystring: pageQuery,
        response: { 200: page },
      },
    },
    (request) =>
      auth.run(request, ({ tx, userId }) =>
        journalPage({ tx, userId, before: request.query.before }),
      ),
  );

  // A search is a POST: the words searched for never sit in a URL or a log line.
  api.post(
    '/api/v1/journal/search',
    {
      schema: { tags, summary: 'Search my journal', body: journalSearch, response: { 200: list } },
    },
    (request) =>
      auth.run(request, async ({ tx, userId }) => ({
        entries: await listJournalEntries({ tx, userId, q: request.body.q }),
      })),
  );

  api.post(
    '/api/v1/journal',
    {
      schema: {
        tags,
        summary: 'Write a journal entry (only I can ever read it)',
        body: journalInput,
        response: { 201: journalEntry },
      },
    },
    async (request, reply) => {
      const entry = await auth.run(request, ({ tx, userId }) =>
        createJournalEntry({ tx, userId, input: request.body }),
      );
      return reply.status(201).send(entry);
    },
  );

  api.get(
    '/api/v1/journal/:id',
    {
      schema: {
        tags,
        summary: 'One of my journal entries',
        params: journalIdParams,
        response: { 200: journalEntry },
      },
    },
    (request) =>
      auth.run(request, ({ tx, userId }) => getJournalEntry({ tx, userId, id: request.params.id })),
  );

  api.patch(
    '/api/v1/journal/:id',
    {
      schema: {
        tags,
        summary: 'Change one of my journal entries',
        params: journalIdParams,
        body: journalInput,
        response: { 200: journalEntry },
      },
    },
    (request) =>
      auth.run(request, ({ tx, userId }) =>
        updateJournalEntry({ tx, userId, id: request.params.id, input: request.body }),
      ),
  );

  api.delete(
    '/api/v1/journal/:id',
    {
      schema: {
        tags,
        summary: 'Delete one of my journal entries',
        params: journalIdParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await auth.run(request, ({ tx, userId }) =>
        deleteJournalEntry({ tx, userId, id: request.params.id }),
      );
      return reply.status(204).send(null);
    },
  );
};

export const journalModule: FeatureModule = {
  name: 'journal',
  routes: registerJournalRoutes,
  // Nothing from the journal is ever "waiting": it is never anyone else's business.
  exportFor: async ({ tx, userId }) => ({
    journal: await listJournalEntries({ tx, userId, limit: 1_000_000 }),
  }),
};

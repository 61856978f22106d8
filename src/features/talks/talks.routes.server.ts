import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { nextCursor, pageQuery } from '../../platform/db/keyset.ts';
import type { FeatureModule, RegisterRoutes } from '../../platform/server/build-server.ts';
import { waitingFromPart } from '../../platform/server/waiting.ts';
import { talksWaitingPart } from './talks-waiting.server.ts';
import { openEventStream, wantsEventStream } from '../../platform/server/live.ts';
import {
  actOnConversation,
  conversationsPage,
  exportConversations,
  getConversation,
  getConversationVersion,
  liveTopic,
  startConversation,
} from './conversations.server.ts';
import {
  addStatementVersion,
  answerStatement,
  createStatement,
  exportAnswersElsewhere,
  exportStatements,
  getStatement,
  statementsPage,
} from './ownership.server.ts';
import {
  answerInput,
  conversation,
  conversationSummary,
  pauseInput,
  questionOffer,
  startTalkInput,
  statement,
  statementIdParams,
  statementInput,
  statementSummary,
  talkIdParams,
  talkVersion,
  turnInput,
  versionInput,
} from './talks.schema.ts';
import { offerQuestions } from './questions.server.ts';
import type { TalkAction } from './turn-rules.ts';

const tags = ['talk'];

function turnAction(
  userId: string,
  kind: z.infer<typeof turnInput>['kind'],
  body = '',
): TalkAction {
  switch (kind) {
    case 'answer':
      return { type: 'answer', by: userId, text: body };
    case 'reflection':
      return { type: 'reflect', by: userId, text: body };
    case 'clarify':
      return { type: 'clarify', by: userId, text: body };
    case 'confirm':
      return { type: 'confirm', by: userId };
  }
}

const registerTalkRoutes: RegisterRoutes = (api, { auth, db, live }) => {
  /** A step in conversation `:id` at the version the screen showed; `turn-rules.ts` decides. */
  const actOn = (
    request: FastifyRequest & { params: { id: string }; body: { version: number } },
    action: (by: string) => TalkAction,
  ) =>
    auth.run(request, ({ tx, userId }) =>
      actOnConversation({
        tx,
        userId,
        id: request.params.id,
        version: request.body.version,
        action: action(userId),
      }),
    );

  /** A step's route: conversation `:id`, the step in the body, the conversation after it. */
  const stepRoute = <Body extends z.ZodType>(summary: string, body: Body) => ({
    schema: { tags, summary, params: talkIdParams, body, response: { 200: conversation } },
  });

  api.get(
    '/api/v1/talks',
    {
      schema: {
        tags,
        summary:
          'Conversations I am part of, a page at a time, and the questions offered to each possible first speaker',
        querystring: pageQuery,
        response: {
          200: z.object({
            conversations: z.array(conversationSummary),
            next: nextCursor,
            questions: questionOffer,
          }),
        },
      },
    },
    (request) =>
      auth.run(request, async ({ tx, userId }) => ({
        ...(await conversationsPage({ tx, userId, before: request.query.before })),
        questions: await offerQuestions({ tx }),
      })),
  );

  api.post(
    '/api/v1/talks',
    {
      schema: {
        tags,
        summary: 'Start a hard conversation on a question',
        body: startTalkInput,
        response: { 201: conversation },
      },
    },
    async (request, reply) => {
      const created = await auth.run(request, ({ tx, userId }) =>
        startConversation({ tx, userId, input: request.body }),
      );
      return reply.status(201).send(created);
    },
  );

  api.get(
    '/api/v1/talks/:id',
    {
      schema: {
        tags,
        summary: 'A conversation, its turns and whose step it is',
        params: talkIdParams,
        response: { 200: conversation },
      },
    },
    (request) =>
      auth.run(request, ({ tx, userId }) => getConversation({ tx, userId, id: request.params.id })),
  );

  api.post(
    '/api/v1/talks/:id/turns',
    stepRoute('Answer, reflect back, confirm or clarify', turnInput),
    (request) => actOn(request, (by) => turnAction(by, request.body.kind, request.body.body)),
  );

  api.post(
    '/api/v1/talks/:id/pause',
    stepRoute('Ask for a pause until a time', pauseInput),
    (request) =>
      actOn(request, (by) => ({ type: 'pause', by, until: new Date(request.body.until) })),
  );

  api.post(
    '/api/v1/talks/:id/resume',
    stepRoute('End my own pause early', versionInput),
    (request) => actOn(request, (by) => ({ type: 'resume', by })),
  );

  api.post('/api/v1/talks/:id/end', stepRoute('Finish the conversation', versionInput), (request) =>
    actOn(request, (by) => ({ type: 'end', by })),
  );

  // With Accept: text/event-stream, a live stream of { version } for an open screen; without it,
  // one snapshot of { version }, which is also the polling fallback when streams are blocked.
  api.get(
    '/api/v1/talks/:id/live',
    {
      schema: {
        tags,
        summary: 'Live changes of a conversation (server-sent events), or its version now',
        params: talkIdParams,
        response: { 200: talkVersion },
      },
    },
    async (request, reply) => {
      const id = request.params.id;
      const [now, personId] = await auth.run(
        request,
        async ({ tx, userId }) =>
          [await getConversationVersion({ tx, userId, id }), userId] as const,
      );
      const tokenHash = auth.tokenHashOf(request);
      if (!wantsEventStream(request) || !tokenHash) return now;
      return openEventStream({
        request,
        reply,
        hub: live,
        topic: liveTopic(id),
        personId,
        check: () =>
          db.withUser(
            tokenHash,
            ({ tx, userId }) => getConversationVersion({ tx, userId, id }),
            'read',
          ),
      });
    },
  );

  api.get(
    '/api/v1/ownership',
    {
      schema: {
        tags,
        summary: 'Ownership statements I wrote or that were written to me, a page at a time',
        querystring: pageQuery,
        response: {
          200: z.object({ statements: z.array(statementSummary), next: nextCursor }),
        },
      },
    },
    (request) =>
      auth.run(request, ({ tx, userId }) =>
        statementsPage({ tx, userId, before: request.query.before }),
      ),
  );

  api.post(
    '/api/v1/ownership',
    {
      schema: {
        tags,
        summary: 'Send an ownership statement to my partner',
        body: statementInput,
        response: { 201: statement },
      },
    },
    async (request, reply) => {
      const created = await auth.run(request, ({ tx, userId }) =>
        createStatement({ tx, userId, input: request.body }),
      );
      return reply.status(201).send(created);
    },
  );

  api.get(
    '/api/v1/ownership/:id',
    {
      schema: {
        tags,
        summary: 'A statement with every version and answer',
        params: statementIdParams,
        response: { 200: statement },
      },
    },
    (request) =>
      auth.run(request, ({ tx, userId }) => getStatement({ tx, userId, id: request.params.id })),
  );

  api.post(
    '/api/v1/ownership/:id/versions',
    {
      schema: {
        tags,
        summary: 'Write a new version of my statement (all are kept)',
        params: statementIdParams,
        body: statementInput,
        response: { 201: statement },
      },
    },
    async (request, reply) => {
      const updated = await auth.run(request, ({ tx, userId }) =>
        addStatementVersion({ tx, userId, id: request.params.id, input: request.body }),
      );
      return reply.status(201).send(updated);
    },
  );

  api.post(
    '/api/v1/ownership/:id/answers',
    {
      schema: {
        tags,
        summary: 'Answer a version: what landed, what is still missing',
        params: statementIdParams,
        body: answerInput,
        response: { 201: statement },
      },
    },
    async (request, reply) => {
      const updated = await auth.run(request, ({ tx, userId }) =>
        answerStatement({ tx, userId, id: request.params.id, input: request.body }),
      );
      return reply.status(201).send(updated);
    },
  );
};

export const talksModule: FeatureModule = {
  name: 'talks',
  routes: registerTalkRoutes,
  waiting: waitingFromPart(talksWaitingPart),
  waitingPart: talksWaitingPart,
  exportFor: async ({ tx, userId }) => ({
    conversations: await exportConversations({ tx, userId }),
    ownershipStatements: await exportStatements({ tx, userId }),
    ownershipAnswersGiven: await exportAnswersElsewhere({ tx, userId }),
  }),
};

import { nextCursor, pageQuery } from '../../platform/db/keyset.ts';
import type { FeatureModule, RegisterRoutes } from '../../platform/server/build-server.ts';
import { versionOrStream } from '../../platform/server/live.ts';
import { waitingFromPart } from '../../platform/server/waiting.ts';
import {
  questionHistory,
  questionInput,
  questionToday,
  questionVersion,
} from './questions.schema.ts';
import {
  answerQuestionToday,
  exportQuestions,
  getQuestionToday,
  getQuestionVersion,
  listAnsweredTogether,
  liveTopic,
  questionsWaitingPart,
} from './questions.server.ts';

const tags = ['questions'];

const registerQuestionRoutes: RegisterRoutes = (api, { auth, db, live }) => {
  api.get(
    '/api/v1/questions/today',
    {
      schema: {
        tags,
        summary:
          'Today’s question, my answer, whether my partner answered, and their answer once I answered too',
        response: { 200: questionToday },
      },
    },
    (request) => auth.run(request, ({ tx, userId }) => getQuestionToday({ tx, userId })),
  );

  api.put(
    '/api/v1/questions/today',
    {
      schema: {
        tags,
        summary: 'Answer today’s question (until my partner’s answer is shown to me), or let it go',
        body: questionInput,
        response: { 200: questionToday },
      },
    },
    (request) =>
      auth.run(request, ({ tx, userId }) =>
        answerQuestionToday({ tx, userId, input: request.body }),
      ),
  );

  api.get(
    '/api/v1/questions',
    {
      schema: {
        tags,
        summary: 'The days we both answered, newest first, a page at a time',
        querystring: pageQuery,
        response: { 200: questionHistory.extend({ next: nextCursor }) },
      },
    },
    (request) =>
      auth.run(request, ({ tx, userId }) =>
        listAnsweredTogether({ tx, userId, before: request.query.before }),
      ),
  );

  // With Accept: text/event-stream, a live stream of { version } for an open screen; without it,
  // one snapshot, which is also the polling fallback (decision 041).
  api.get(
    '/api/v1/questions/live',
    {
      schema: {
        tags,
        summary:
          'Live changes of today’s question for me (server-sent events), or their version now',
        response: { 200: questionVersion },
      },
    },
    versionOrStream({
      auth,
      db,
      hub: live,
      topic: liveTopic,
      version: (tx) => getQuestionVersion({ tx }),
    }),
  );
};

export const questionsModule: FeatureModule = {
  name: 'questions',
  routes: registerQuestionRoutes,
  waiting: waitingFromPart(questionsWaitingPart),
  waitingPart: questionsWaitingPart,
  exportFor: ({ tx, userId }) => exportQuestions({ tx, userId }),
};

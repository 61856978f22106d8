import type { FeatureModule, RegisterRoutes } from '../../platform/server/build-server.ts';
import { waitingFromPart } from '../../platform/server/waiting.ts';
import {
  proposalIdParams,
  proposeInput,
  revisitInput,
  rewordInput,
  signInput,
  visionView,
} from './vision.schema.ts';
import {
  answerProposal,
  exportVision,
  getVision,
  proposeLine,
  rewordProposal,
  setRevisit,
  signVision,
  visionWaitingPart,
  type AnswerAction,
} from './vision.server.ts';

const tags = ['vision'];

const registerVisionRoutes: RegisterRoutes = (api, { auth }) => {
  api.get(
    '/api/v1/vision',
    {
      schema: {
        tags,
        summary:
          'Our shared future: the accepted lines, proposals waiting, every version with who signed it, the revisit day',
        response: { 200: visionView },
      },
    },
    (request) => auth.run(request, ({ tx, userId }) => getVision({ tx, userId })),
  );

  api.post(
    '/api/v1/vision/lines',
    {
      schema: {
        tags,
        summary:
          'Propose a line ({ text }), new words for one ({ lineId, text }) or taking one out ({ lineId, remove: true })',
        body: proposeInput,
        response: { 201: visionView },
      },
    },
    async (request, reply) => {
      const view = await auth.run(request, ({ tx, userId }) =>
        proposeLine({ tx, userId, input: request.body }),
      );
      return reply.status(201).send(view);
    },
  );

  const answers: { path: AnswerAction; summary: string }[] = [
    { path: 'accept', summary: 'Accept my partner’s proposal (only the other partner can)' },
    { path: 'decline', summary: 'Decline my partner’s proposal' },
    { path: 'withdraw', summary: 'Take back my own proposal while it waits' },
  ];
  for (const { path, summary } of answers) {
    api.post(
      `/api/v1/vision/proposals/:id/${path}`,
      { schema: { tags, summary, params: proposalIdParams, response: { 200: visionView } } },
      (request) =>
        auth.run(request, ({ tx, userId }) =>
          answerProposal({ tx, userId, id: request.params.id, action: path }),
        ),
    );
  }

  api.post(
    '/api/v1/vision/proposals/:id/reword',
    {
      schema: {
        tags,
        summary: 'Answer my partner’s proposal with my own words (they then accept or decline)',
        params: proposalIdParams,
        body: rewordInput,
        response: { 201: visionView },
      },
    },
    async (request, reply) => {
      const view = await auth.run(request, ({ tx, userId }) =>
        rewordProposal({ tx, userId, id: request.params.id, input: request.body }),
      );
      return reply.status(201).send(view);
    },
  );

  api.post(
    '/api/v1/vision/sign',
    {
      schema: {
        tags,
        summary:
          'Sign the lines as they are (draft is the one I read; a changed draft answers 409). Ours once both signed',
        body: signInput,
        response: { 200: visionView },
      },
    },
    (request) =>
      auth.run(request, ({ tx, userId }) => signVision({ tx, userId, input: request.body })),
  );

  api.put(
    '/api/v1/vision/revisit',
    {
      schema: {
        tags,
        summary: 'Choose the day to look at it again, or clear it (null)',
        body: revisitInput,
        response: { 200: visionView },
      },
    },
    (request) =>
      auth.run(request, ({ tx, userId }) => setRevisit({ tx, userId, input: request.body })),
  );
};

export const visionModule: FeatureModule = {
  name: 'vision',
  routes: registerVisionRoutes,
  waiting: waitingFromPart(visionWaitingPart),
  waitingPart: visionWaitingPart,
  exportFor: ({ tx, userId }) => exportVision({ tx, userId }),
};

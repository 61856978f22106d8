import type { FeatureModule, RegisterRoutes } from '../../platform/server/build-server.ts';
import { versionOrStream } from '../../platform/server/live.ts';
import { waitingFromPart } from '../../platform/server/waiting.ts';
import {
  planInput,
  wave,
  waveIdParams,
  waveInput,
  wavePlan,
  waveSent,
  waveVersion,
  waveView,
} from './waves.schema.ts';
import {
  answerWave,
  exportWaves,
  getWaveVersion,
  getWaveView,
  liveTopic,
  saveWavePlan,
  sendWave,
  wavesWaitingPart,
} from './waves.server.ts';

const tags = ['waves'];

const registerWaveRoutes: RegisterRoutes = (api, { auth, db, live }) => {
  api.get(
    '/api/v1/waves',
    {
      schema: {
        tags,
        summary: 'My waves and my notes, my partner’s shared waves (never their notes), the plan',
        response: { 200: waveView },
      },
    },
    (request) => auth.run(request, ({ tx, userId }) => getWaveView({ tx, userId })),
  );

  api.post(
    '/api/v1/waves',
    {
      schema: {
        tags,
        summary: 'A wave is here: to my partner at once, or kept on my own timeline',
        body: waveInput,
        response: { 201: waveSent },
      },
    },
    async (request, reply) => {
      const sent = await auth.run(request, ({ tx, userId }) =>
        sendWave({ tx, userId, input: request.body }),
      );
      return reply.status(201).send(sent);
    },
  );

  api.post(
    '/api/v1/waves/:id/here',
    {
      schema: {
        tags,
        summary: 'I’m here: answer my partner’s wave, so they see it was seen',
        params: waveIdParams,
        response: { 200: wave },
      },
    },
    (request) =>
      auth.run(request, ({ tx, userId }) => answerWave({ tx, userId, id: request.params.id })),
  );

  api.get(
    '/api/v1/waves/plan',
    {
      schema: {
        tags,
        summary: 'The wave plan: my part with its versions, and my partner’s current part',
        response: { 200: wavePlan },
      },
    },
    (request) =>
      auth.run(request, async ({ tx, userId }) => (await getWaveView({ tx, userId })).plan),
  );

  api.put(
    '/api/v1/waves/plan',
    {
      schema: {
        tags,
        summary: 'A new version of my part of the wave plan (the earlier ones stay)',
        body: planInput,
        response: { 200: wavePlan },
      },
    },
    (request) =>
      auth.run(request, ({ tx, userId }) => saveWavePlan({ tx, userId, input: request.body })),
  );

  // With Accept: text/event-stream, a live stream of { version } for an open screen; without it,
  // one snapshot, which is also the polling fallback (decision 041).
  api.get(
    '/api/v1/waves/live',
    {
      schema: {
        tags,
        summary: 'Live changes of my waves (server-sent events), or their version now',
        response: { 200: waveVersion },
      },
    },
    versionOrStream({
      auth,
      db,
      hub: live,
      topic: liveTopic,
      version: (tx) => getWaveVersion({ tx }),
    }),
  );
};

export const wavesModule: FeatureModule = {
  name: 'waves',
  routes: registerWaveRoutes,
  waiting: waitingFromPart(wavesWaitingPart),
  waitingPart: wavesWaitingPart,
  exportFor: ({ tx, userId }) => exportWaves({ tx, userId }),
};

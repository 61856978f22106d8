import type { FeatureModule, RegisterRoutes } from '../../platform/server/build-server.ts';
import { getPath, getStage } from './get-path.server.ts';
import { pathView, stageInput, stageParams, stageView } from './path.schema.ts';
import { setStageStatus } from './set-stage-status.server.ts';

const tags = ['path'];

const registerPathRoutes: RegisterRoutes = (api, { auth }) => {
  api.get(
    '/api/v1/path',
    {
      schema: {
        tags,
        summary: 'Where we are on the path, the suggested focus and recent changes',
        response: { 200: pathView },
      },
    },
    (request) => auth.run(request, ({ tx, userId }) => getPath({ tx, userId })),
  );

  api.get(
    '/api/v1/path/stages/:stage',
    {
      schema: {
        tags,
        summary: 'One stage and its whole history',
        params: stageParams,
        response: { 200: stageView },
      },
    },
    (request) =>
      auth.run(request, ({ tx, userId }) => getStage({ tx, userId, stage: request.params.stage })),
  );

  api.put(
    '/api/v1/path/stages/:stage',
    {
      schema: {
        tags,
        summary: 'Mark a stage (send the version you saw; a stale one answers 409 stale_version)',
        params: stageParams,
        body: stageInput,
        response: { 200: stageView },
      },
    },
    (request) =>
      auth.run(request, ({ tx, userId }) =>
        setStageStatus({ tx, userId, stage: request.params.stage, input: request.body }),
      ),
  );
};

export const pathModule: FeatureModule = {
  name: 'path',
  routes: registerPathRoutes,
  exportFor: async ({ tx, userId }) => {
    // My own marks and changes; my partner's are theirs to export.
    const path = await getPath({ tx, userId });
    return {
      stages: path.stages.map(({ stage, mine }) => ({ stage, ...mine })),
      history: path.history.filter((change) => change.by.isMe),
    };
  },
};

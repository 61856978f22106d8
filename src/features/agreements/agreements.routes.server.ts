import type { FeatureModule, RegisterRoutes } from '../../platform/server/build-server.ts';
import {
  actionInput,
  agreementDetail,
  agreementIdParams,
  agreementsAnswer,
  changeInput,
  proposeInput,
} from './agreements.schema.ts';
import {
  agreementsWaiting,
  agreementsWaitingPart,
  exportAgreements,
  getAgreement,
  listAgreements,
} from './list-agreements.server.ts';
import { actOnAgreement, proposeAgreement, proposeChange } from './propose-agreement.server.ts';
import { reviewMoments } from './review-reminders.server.ts';

const tags = ['agreements'];

const registerAgreementRoutes: RegisterRoutes = (api, { auth }) => {
  api.get(
    '/api/v1/agreements',
    {
      schema: {
        tags,
        summary: 'Agreements of my space, and of spaces I have left (as history)',
        response: { 200: agreementsAnswer },
      },
    },
    (request) => auth.run(request, async (ctx) => ({ agreements: await listAgreements(ctx) })),
  );

  api.post(
    '/api/v1/agreements',
    {
      schema: {
        tags,
        summary: 'Propose an agreement to my partner',
        body: proposeInput,
        response: { 201: agreementDetail },
      },
    },
    async (request, reply) => {
      const created = await auth.run(request, ({ tx, userId }) =>
        proposeAgreement({ tx, userId, input: request.body }),
      );
      return reply.status(201).send(created);
    },
  );

  api.get(
    '/api/v1/agreements/:id',
    {
      schema: {
        tags,
        summary: 'One agreement with every version and step',
        params: agreementIdParams,
        response: { 200: agreementDetail },
      },
    },
    (request) =>
      auth.run(request, ({ tx, userId }) =>
        getAgreement({ tx, userId, agreementId: request.params.id }),
      ),
  );

  api.post(
    '/api/v1/agreements/:id/versions',
    {
      schema: {
        tags,
        summary:
          'Propose a change: a new version (baseVersion is the version I saw; stale answers 409)',
        params: agreementIdParams,
        body: changeInput,
        response: { 201: agreementDetail },
      },
    },
    async (request, reply) => {
      const changed = await auth.run(request, ({ tx, userId }) =>
        proposeChange({ tx, userId, agreementId: request.params.id, input: request.body }),
      );
      return reply.status(201).send(changed);
    },
  );

  api.post(
    '/api/v1/agreements/:id/actions',
    {
      schema: {
        tags,
        summary:
          'Accept, decline, ask to revisit, ask to retire, or withdraw my yes (version I saw; stale answers 409)',
        params: agreementIdParams,
        body: actionInput,
        response: { 200: agreementDetail },
      },
    },
    (request) =>
      auth.run(request, ({ tx, userId }) =>
        actOnAgreement({ tx, userId, agreementId: request.params.id, input: request.body }),
      ),
  );
};

export const agreementsModule: FeatureModule = {
  name: 'agreements',
  routes: registerAgreementRoutes,
  dueReminders: reviewMoments,
  waiting: agreementsWaiting,
  waitingPart: agreementsWaitingPart,
  exportFor: exportAgreements,
};

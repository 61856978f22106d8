import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { people } from '../../platform/db/core.tables.server.ts';
import type { FeatureModule, RegisterRoutes } from '../../platform/server/build-server.ts';
import { waitingFromPart } from '../../platform/server/waiting.ts';
import { exportDocument, noticeIdParams, noticesAnswer } from './data-rights.schema.ts';
import { exportDataRights, gatherExport } from './gather-export.server.ts';
import { dismissNotice, listNotices, noticesWaitingPart } from './manage-notices.server.ts';
import { localDay } from '../../platform/time/days.ts';
import { EXPORT_CSP, renderExportHtml } from './render-export-html.ts';

const tags = ['data rights'];
const fileName = (ext: string) => `kintsugi-export-${localDay(new Date(), 'UTC')}.${ext}`;

const registerDataRightsRoutes: RegisterRoutes = (api, { auth, modules }) => {
  api.get(
    '/api/v1/notices',
    {
      schema: {
        tags,
        summary: 'Notices for me (a partner left or closed their account)',
        response: { 200: noticesAnswer },
      },
    },
    (request) =>
      auth.run(request, async ({ tx, userId }) => ({ notices: await listNotices({ tx, userId }) })),
  );

  api.post(
    '/api/v1/notices/:id/dismiss',
    {
      schema: {
        tags,
        summary: 'Put a notice away',
        params: noticeIdParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await auth.run(request, ({ tx, userId }) =>
        dismissNotice({ tx, userId, noticeId: request.params.id }),
      );
      return reply.status(204).send(null);
    },
  );

  api.get(
    '/api/v1/export',
    {
      schema: {
        tags,
        summary:
          'Download everything I wrote and everything shared with me, as JSON (docs/export.md)',
        response: { 200: exportDocument },
      },
    },
    async (request, reply) => {
      const document = await auth.run(request, (ctx) => gatherExport(ctx, modules));
      reply.header('content-disposition', `attachment; filename="${fileName('json')}"`);
      return document;
    },
  );

  api.get(
    '/api/v1/export/html',
    {
      schema: {
        tags,
        summary: 'Download the same export as a readable, printable page',
        produces: ['text/html'],
      },
    },
    async (request, reply) => {
      const html = await auth.run(request, async (ctx) => {
        const [me] = await ctx.tx
          .select({ timeZone: people.timeZone })
          .from(people)
          .where(eq(people.id, ctx.userId));
        return renderExportHtml(await gatherExport(ctx, modules), me?.timeZone);
      });
      return reply
        .header('content-security-policy', EXPORT_CSP)
        .header('content-disposition', `attachment; filename="${fileName('html')}"`)
        .type('text/html; charset=utf-8')
        .send(html);
    },
  );
};

export const dataRightsModule: FeatureModule = {
  name: 'dataRights',
  routes: registerDataRightsRoutes,
  exportFor: exportDataRights,
  waiting: waitingFromPart(noticesWaitingPart),
  waitingPart: noticesWaitingPart,
};

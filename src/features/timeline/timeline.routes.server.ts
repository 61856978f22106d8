import { sql } from 'drizzle-orm';
import { queryRows, type UserContext } from '../../platform/db/database.ts';
import type { FeatureModule, RegisterRoutes } from '../../platform/server/build-server.ts';
import { getTimeline } from './get-timeline.server.ts';
import { timelineQuery, timelineView } from './timeline.schema.ts';

const registerTimelineRoutes: RegisterRoutes = (api, { auth }) => {
  api.get(
    '/api/v1/timeline',
    {
      schema: {
        tags: ['timeline'],
        summary:
          "My healing timeline: my check-ins, my partner's revealed ones, and what we marked along the way",
        querystring: timelineQuery,
        response: { 200: timelineView },
      },
    },
    (request) => auth.run(request, (ctx) => getTimeline({ ...ctx, range: request.query.range })),
  );
};

/** The marks on my timeline that I can see: mine, and the shared ones of my couple. */
async function exportFor({ tx, userId }: UserContext): Promise<Record<string, unknown>> {
  const rows = await queryRows<{
    kind: string;
    label: string;
    occurred_at: string | Date;
    author_id: string;
  }>(tx, sql`select kind, label, occurred_at, author_id from timeline_events order by occurred_at`);
  return {
    timelineEvents: rows.map((r) => ({
      kind: r.kind,
      label: r.label,
      at: new Date(r.occurred_at).toISOString(),
      isMine: r.author_id === userId,
    })),
  };
}

export const timelineModule: FeatureModule = {
  name: 'timeline',
  routes: registerTimelineRoutes,
  exportFor,
};

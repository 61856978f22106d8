import { asc } from 'drizzle-orm';
import { exportWords } from '../../content/data-rights.ts';
import type { UserContext } from '../../platform/db/database.ts';
import { timelineEvents } from '../../platform/db/shared.tables.server.ts';
import type { FeatureModule } from '../../platform/server/build-server.ts';
import type { ExportDocument } from './data-rights.schema.ts';
import { exportNotices } from './manage-notices.server.ts';

/**
 * Everything this person wrote and everything shared with them: each feature's own `exportFor`,
 * run in the person's own transaction, so row-level security stands behind every section and
 * another person's private items can't be in it.
 */
export async function gatherExport(
  ctx: UserContext,
  modules: readonly FeatureModule[],
): Promise<ExportDocument> {
  const sections: Record<string, unknown> = {};
  for (const module of modules) {
    if (module.exportFor) sections[module.name] = await module.exportFor(ctx);
  }
  return {
    format: 'kintsugi-export',
    version: 1,
    exportedAt: new Date().toISOString(),
    about: exportWords.documentLead,
    sections,
  };
}

/** This feature's own section: notices for me and the healing-timeline marks I can see. */
export async function exportDataRights({ tx, userId }: UserContext) {
  const marks = await tx
    .select({
      kind: timelineEvents.kind,
      label: timelineEvents.label,
      visibility: timelineEvents.visibility,
      authorId: timelineEvents.authorId,
      occurredAt: timelineEvents.occurredAt,
    })
    .from(timelineEvents)
    .orderBy(asc(timelineEvents.occurredAt));
  return {
    notices: await exportNotices({ tx, userId }),
    timelineMarks: marks.map((m) => ({
      what: m.label,
      kind: m.kind,
      byMe: m.authorId === userId,
      visibility: m.visibility,
      at: m.occurredAt.toISOString(),
    })),
  };
}

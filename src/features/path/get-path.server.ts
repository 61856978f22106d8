import { and, desc, eq } from 'drizzle-orm';
import { stageIds, type StageId } from '../../content/stages.ts';
import { people } from '../../platform/db/core.tables.server.ts';
import { getCoupleContext, isSharingOpen } from '../../platform/db/couple-context.ts';
import type { Tx } from '../../platform/db/database.ts';
import { loadFocus } from '../../platform/db/focus.ts';
import type { PathView, StageChange, StageState, StageView } from './path.schema.ts';
import { pathStageChanges, pathStages } from './path.tables.server.ts';

interface Options {
  tx: Tx;
  userId: string;
}

const HISTORY_LIMIT = 40;

async function readStages(tx: Tx, userId: string, coupleId: string | null): Promise<StageState[]> {
  const rows = coupleId
    ? await tx
        .select({
          stage: pathStages.stage,
          status: pathStages.status,
          version: pathStages.version,
          updatedAt: pathStages.updatedAt,
          updatedBy: pathStages.updatedBy,
          name: people.displayName,
        })
        .from(pathStages)
        .leftJoin(people, eq(people.id, pathStages.updatedBy))
        .where(eq(pathStages.coupleId, coupleId))
    : [];
  return stageIds.map((stage) => {
    const row = rows.find((r) => r.stage === stage);
    if (!row) return { stage, status: 'not-yet', version: 0, updatedAt: null, updatedBy: null };
    return {
      stage,
      status: row.status,
      version: row.version,
      updatedAt: row.updatedAt.toISOString(),
      updatedBy: { name: row.name, isMe: row.updatedBy === userId },
    };
  });
}

async function readHistory(tx: Tx, userId: string, coupleId: string, stage?: StageId): Promise<StageChange[]> {
  const rows = await tx
    .select({
      id: pathStageChanges.id,
      stage: pathStageChanges.stage,
      from: pathStageChanges.fromStatus,
      to: pathStageChanges.toStatus,
      at: pathStageChanges.changedAt,
      changedBy: pathStageChanges.changedBy,
      name: people.displayName,
    })
    .from(pathStageChanges)
    .leftJoin(people, eq(people.id, pathStageChanges.changedBy))
    .where(and(eq(pathStageChanges.coupleId, coupleId), stage ? eq(pathStageChanges.stage, stage) : undefined))
    .orderBy(desc(pathStageChanges.changedAt), desc(pathStageChanges.id))
    .limit(stage ? 200 : HISTORY_LIMIT);
  return rows.map((r) => ({
    id: r.id,
    stage: r.stage,
    from: r.from,
    to: r.to,
    at: r.at.toISOString(),
    by: { name: r.name, isMe: r.changedBy === userId },
  }));
}

async function access(tx: Tx, userId: string) {
  const context = await getCoupleContext({ tx, userId });
  const canChange = context ? await isSharingOpen(tx, context.coupleId) : false;
  return { coupleId: context?.coupleId ?? null, hasSpace: context !== null, canChange };
}

/** The whole path: every stage's status, the suggested focus, and recent changes. */
export async function getPath({ tx, userId }: Options): Promise<PathView> {
  const { coupleId, hasSpace, canChange } = await access(tx, userId);
  const { stage, patterns, reason } = await loadFocus(tx);
  return {
    hasSpace,
    canChange,
    stages: await readStages(tx, userId, coupleId),
    focus: { stage, patterns, reason },
    history: coupleId ? await readHistory(tx, userId, coupleId) : [],
  };
}

/** One stage, with every change ever made to it. */
export async function getStage({ tx, userId, stage }: Options & { stage: StageId }): Promise<StageView> {
  const { coupleId, hasSpace, canChange } = await access(tx, userId);
  const stages = await readStages(tx, userId, coupleId);
  return {
    hasSpace,
    canChange,
    stage: stages.find((s) => s.stage === stage)!,
    history: coupleId ? await readHistory(tx, userId, coupleId, stage) : [],
  };
}

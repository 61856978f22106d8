import { and, desc, eq, inArray } from 'drizzle-orm';
import { stageIds, type StageId } from '../../content/stages.ts';
import { people } from '../../platform/db/core.tables.server.ts';
import { getCoupleContext, isSharingOpen } from '../../platform/db/couple-context.ts';
import type { Tx } from '../../platform/db/database.ts';
import { loadFocus } from '../../platform/db/focus.ts';
import type { PathView, StageChange, StageMark, StageState, StageView } from './path.schema.ts';
import { pathMarkChanges, pathMarks } from './path.tables.server.ts';

interface Options {
  tx: Tx;
  userId: string;
}

interface Access {
  coupleId: string | null;
  partnerId: string | null;
  partnerName: string | null;
  hasSpace: boolean;
  canChange: boolean;
}

const HISTORY_LIMIT = 40;
const unmarked: StageMark = { status: 'not-yet', version: 0, updatedAt: null, carriedOver: false };

/** Each stage with my own mark, and my partner's beside it (null while I'm in the space alone). */
async function readStages(tx: Tx, userId: string, at: Access): Promise<StageState[]> {
  const authors = at.partnerId ? [userId, at.partnerId] : [userId];
  const rows = at.coupleId
    ? await tx
        .select()
        .from(pathMarks)
        .where(and(eq(pathMarks.coupleId, at.coupleId), inArray(pathMarks.authorId, authors)))
    : [];
  const markOf = (authorId: string, stage: StageId): StageMark => {
    const row = rows.find((r) => r.authorId === authorId && r.stage === stage);
    if (!row) return unmarked;
    return {
      status: row.status,
      version: row.version,
      updatedAt: row.updatedAt.toISOString(),
      carriedOver: row.carriedOver,
    };
  };
  return stageIds.map((stage) => ({
    stage,
    mine: markOf(userId, stage),
    partner: at.partnerId ? markOf(at.partnerId, stage) : null,
  }));
}

async function readHistory(
  tx: Tx,
  userId: string,
  coupleId: string,
  stage?: StageId,
): Promise<StageChange[]> {
  const rows = await tx
    .select({
      id: pathMarkChanges.id,
      stage: pathMarkChanges.stage,
      from: pathMarkChanges.fromStatus,
      to: pathMarkChanges.toStatus,
      at: pathMarkChanges.changedAt,
      authorId: pathMarkChanges.authorId,
      carriedOver: pathMarkChanges.carriedOver,
      name: people.displayName,
    })
    .from(pathMarkChanges)
    .leftJoin(people, eq(people.id, pathMarkChanges.authorId))
    .where(
      and(
        eq(pathMarkChanges.coupleId, coupleId),
        stage ? eq(pathMarkChanges.stage, stage) : undefined,
      ),
    )
    .orderBy(desc(pathMarkChanges.changedAt), desc(pathMarkChanges.id))
    .limit(stage ? 200 : HISTORY_LIMIT);
  return rows.map((r) => ({
    id: r.id,
    stage: r.stage,
    from: r.from,
    to: r.to,
    at: r.at.toISOString(),
    by: { name: r.name, isMe: r.authorId === userId },
    carriedOver: r.carriedOver,
  }));
}

async function access(tx: Tx, userId: string): Promise<Access> {
  const context = await getCoupleContext({ tx, userId });
  const canChange = context ? await isSharingOpen(tx, context.coupleId) : false;
  const partnerId = context?.partnerId ?? null;
  const [partner] = partnerId
    ? await tx.select({ name: people.displayName }).from(people).where(eq(people.id, partnerId))
    : [];
  return {
    coupleId: context?.coupleId ?? null,
    partnerId,
    partnerName: partner?.name ?? null,
    hasSpace: context !== null,
    canChange,
  };
}

/** The whole path: my marks and my partner's, the suggested focus, and recent changes. */
export async function getPath({ tx, userId }: Options): Promise<PathView> {
  const at = await access(tx, userId);
  const { stage, patterns, reason } = await loadFocus(tx);
  return {
    hasSpace: at.hasSpace,
    canChange: at.canChange,
    partnerName: at.partnerName,
    stages: await readStages(tx, userId, at),
    focus: { stage, patterns, reason },
    history: at.coupleId ? await readHistory(tx, userId, at.coupleId) : [],
  };
}

/** One stage, with every change either of us made to our own marks of it. */
export async function getStage({
  tx,
  userId,
  stage,
}: Options & { stage: StageId }): Promise<StageView> {
  const at = await access(tx, userId);
  const stages = await readStages(tx, userId, at);
  return {
    hasSpace: at.hasSpace,
    canChange: at.canChange,
    partnerName: at.partnerName,
    stage: stages.find((s) => s.stage === stage)!,
    history: at.coupleId ? await readHistory(tx, userId, at.coupleId, stage) : [],
  };
}

import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { stageIds, type StageId } from '../../content/stages.ts';
import { people } from '../../platform/db/core.tables.server.ts';
import { queryRows, type Tx } from '../../platform/db/database.ts';
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

/** My space, my partner and whether I may mark stages now: one statement. */
async function access(tx: Tx, userId: string): Promise<Access> {
  const [row] = await queryRows<{
    couple_id: string;
    partner_id: string | null;
    partner_name: string | null;
    can_change: boolean;
  }>(
    tx,
    sql`select m.couple_id, o.person_id as partner_id, pp.display_name as partner_name,
        app_sharing_open(m.couple_id) as can_change
      from memberships m
      left join memberships o on o.couple_id = m.couple_id and o.person_id <> m.person_id and o.left_at is null
      left join people pp on pp.id = o.person_id
      where m.person_id = ${userId} and m.left_at is null limit 1`,
  );
  return {
    coupleId: row?.couple_id ?? null,
    partnerId: row?.partner_id ?? null,
    partnerName: row?.partner_name ?? null,
    hasSpace: row !== undefined,
    canChange: row?.can_change ?? false,
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

import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { stageIds, type StageId } from '../../content/stages.ts';
import { people } from '../../platform/db/core.tables.server.ts';
import { queryRows, type Tx } from '../../platform/db/database.ts';
import { focusFrom, focusInputsSql, readFocusInputs } from '../../platform/db/focus.ts';
import { rowsFromJson } from '../../platform/db/json-rows.ts';
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
  return stagesFrom(rows, userId, at);
}

function stagesFrom(
  rows: (typeof pathMarks.$inferSelect)[],
  userId: string,
  at: Access,
): StageState[] {
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

interface ChangeRow {
  id: string;
  stage: StageId;
  fromStatus: StageChange['from'];
  toStatus: StageChange['to'];
  changedAt: Date;
  authorId: string;
  carriedOver: boolean;
  name: string | null;
}

const toChange = (r: ChangeRow, userId: string): StageChange => ({
  id: r.id,
  stage: r.stage,
  from: r.fromStatus,
  to: r.toStatus,
  at: r.changedAt.toISOString(),
  by: { name: r.name, isMe: r.authorId === userId },
  carriedOver: r.carriedOver,
});

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
      fromStatus: pathMarkChanges.fromStatus,
      toStatus: pathMarkChanges.toStatus,
      changedAt: pathMarkChanges.changedAt,
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
  return rows.map((r) => toChange(r, userId));
}

/**
 * My space, my partner and whether I may mark stages now, and (for the path) the suggested
 * focus's inputs: one statement. One row always, with or without a space.
 */
async function access(
  tx: Tx,
  userId: string,
  withFocus = false,
): Promise<Access & { focus: unknown }> {
  const [row] = await queryRows<{
    couple_id: string | null;
    partner_id: string | null;
    partner_name: string | null;
    can_change: boolean | null;
    focus: unknown;
  }>(
    tx,
    sql`select m.couple_id, o.person_id as partner_id, pp.display_name as partner_name,
        case when m.couple_id is null then false else app_sharing_open(m.couple_id) end as can_change,
        ${withFocus ? focusInputsSql : sql`null`} as focus
      from (select 1) one
      left join memberships m on m.person_id = ${userId} and m.left_at is null
      left join memberships o on o.couple_id = m.couple_id and o.person_id <> m.person_id and o.left_at is null
      left join people pp on pp.id = o.person_id
      limit 1`,
  );
  return {
    coupleId: row?.couple_id ?? null,
    partnerId: row?.partner_id ?? null,
    partnerName: row?.partner_name ?? null,
    hasSpace: Boolean(row?.couple_id),
    canChange: row?.can_change ?? false,
    focus: row?.focus ?? null,
  };
}

/** Marks and recent changes of my space, in one statement as JSON (decision 111). */
async function marksAndHistory(
  tx: Tx,
  userId: string,
  at: Access,
): Promise<{ stages: StageState[]; history: StageChange[] }> {
  if (!at.coupleId) return { stages: stagesFrom([], userId, at), history: [] };
  const authors = at.partnerId ? [userId, at.partnerId] : [userId];
  const [row] = await queryRows<{ marks: unknown; history: unknown }>(
    tx,
    sql`select
      (select coalesce(json_agg(pm), '[]'::json) from ${pathMarks} pm
        where pm.couple_id = ${at.coupleId} and pm.author_id in (${sql.join(
          authors.map((a) => sql`${a}::uuid`),
          sql`, `,
        )})) as marks,
      (select coalesce(json_agg(h), '[]'::json) from (
        select c.*, p.display_name as name from ${pathMarkChanges} c
          left join people p on p.id = c.author_id
          where c.couple_id = ${at.coupleId}
          order by c.changed_at desc, c.id desc limit ${HISTORY_LIMIT}) h) as history`,
  );
  const names = (typeof row!.history === 'string' ? JSON.parse(row!.history) : row!.history) as {
    name: string | null;
  }[];
  const changes = rowsFromJson(pathMarkChanges, names);
  return {
    stages: stagesFrom(rowsFromJson(pathMarks, row!.marks), userId, at),
    history: changes.map((c, i) => toChange({ ...c, name: names[i]?.name ?? null }, userId)),
  };
}

/** The whole path: my marks and my partner's, the suggested focus, and recent changes. */
export async function getPath({ tx, userId }: Options): Promise<PathView> {
  // Two statements: who and the focus's inputs, then marks and recent changes (decision 111).
  const at = await access(tx, userId, true);
  const { stage, patterns, reason } = focusFrom(readFocusInputs(at.focus));
  const { stages, history } = await marksAndHistory(tx, userId, at);
  return {
    hasSpace: at.hasSpace,
    canChange: at.canChange,
    partnerName: at.partnerName,
    stages,
    focus: { stage, patterns, reason },
    history,
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

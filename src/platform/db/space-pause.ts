import { and, eq, gt, isNull, or, sql, type SQL } from 'drizzle-orm';
import { memberships } from './core.tables.server.ts';
import type { Tx } from './database.ts';
import { rowsFromJson } from './json-rows.ts';
import { spacePauses } from './shared.tables.server.ts';

/**
 * Time apart as the app may tell it to either partner: that it is on, who asked (only as "me"
 * or "not me") and until when. Never why. Null when no pause is on in my current space.
 */
export interface SpacePause {
  startedByMe: boolean;
  startedAt: string;
  /** Null while it is on with no end date. */
  endsAt: string | null;
}

/**
 * The pause that is on in my current space, if any, in one statement. An end date ends it by
 * itself: a pause whose `ends_at` has passed is over here, whether or not a row says so yet
 * (a fact of time in the query, like a letter's `deliver_at`; no job runner). Today, time
 * apart and every feature that writes to the partner read it through this one function.
 */
export async function readSpacePause({
  tx,
  userId,
}: {
  tx: Tx;
  userId: string;
}): Promise<SpacePause | null> {
  const [row] = await tx
    .select({
      startedBy: spacePauses.startedBy,
      startedAt: spacePauses.startedAt,
      endsAt: spacePauses.endsAt,
    })
    .from(spacePauses)
    .innerJoin(
      memberships,
      and(
        eq(memberships.coupleId, spacePauses.coupleId),
        eq(memberships.personId, userId),
        isNull(memberships.leftAt),
      ),
    )
    .where(
      and(
        isNull(spacePauses.endedAt),
        or(isNull(spacePauses.endsAt), gt(spacePauses.endsAt, sql`now()`)),
      ),
    )
    .limit(1);
  if (!row) return null;
  return {
    startedByMe: row.startedBy === userId,
    startedAt: row.startedAt.toISOString(),
    endsAt: row.endsAt?.toISOString() ?? null,
  };
}

/**
 * The same as an expression to select in a statement of one's own (Today reads it with its
 * situation): the pause that is on in my current space as JSON, or null. Read it with
 * `readSpacePauseJson`.
 */
export const spacePauseSql = (userId: string): SQL =>
  sql`(select to_json(sp) from ${spacePauses} sp
    join ${memberships} m on m.couple_id = sp.couple_id and m.person_id = ${userId} and m.left_at is null
    where sp.ended_at is null and (sp.ends_at is null or sp.ends_at > now()) limit 1)`;

export function readSpacePauseJson(json: unknown, userId: string): SpacePause | null {
  const [row] = rowsFromJson(spacePauses, json);
  if (!row) return null;
  return {
    startedByMe: row.startedBy === userId,
    startedAt: row.startedAt.toISOString(),
    endsAt: row.endsAt?.toISOString() ?? null,
  };
}

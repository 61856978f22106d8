import { and, desc, eq, isNull, isNotNull, lte, sql } from 'drizzle-orm';
import { memberships } from '../../platform/db/core.tables.server.ts';
import { noSpace, requireCouple } from '../../platform/db/couple-context.ts';
import { queryRows, type Tx } from '../../platform/db/database.ts';
import { spacePauses } from '../../platform/db/shared.tables.server.ts';
import { readSpacePauseJson, spacePauseSql } from '../../platform/db/space-pause.ts';
import { AppError } from '../../platform/server/errors.ts';
import { timeApartErrors } from '../../content/time-apart.ts';
import type { StartTimeApartInput, TimeApartStatus } from './time-apart.schema.ts';

interface Options {
  tx: Tx;
  userId: string;
}

/** A pause whose end date passed is over: close it, so a new one can start. */
async function closeLapsed(tx: Tx, coupleId: string) {
  await tx
    .update(spacePauses)
    .set({ endedAt: spacePauses.endsAt })
    .where(
      and(
        eq(spacePauses.coupleId, coupleId),
        isNull(spacePauses.endedAt),
        isNotNull(spacePauses.endsAt),
        lte(spacePauses.endsAt, sql`now()`),
      ),
    );
}

async function findOpen(tx: Tx, coupleId: string) {
  const [row] = await tx
    .select()
    .from(spacePauses)
    .where(
      and(
        eq(spacePauses.coupleId, coupleId),
        isNull(spacePauses.endedAt),
        sql`(${spacePauses.endsAt} is null or ${spacePauses.endsAt} > now())`,
      ),
    );
  return row ?? null;
}

export async function getTimeApart({ tx, userId }: Options): Promise<TimeApartStatus> {
  // Whether I have a space, and the pause on in it, in one statement (two before; decision 172).
  const [row] = await queryRows<{ couple_id: string | null; pause: unknown }>(
    tx,
    sql`select (select m.couple_id from ${memberships} m
          where m.person_id = ${userId} and m.left_at is null limit 1) as couple_id,
        ${spacePauseSql(userId)} as pause`,
  );
  if (!row?.couple_id) throw noSpace();
  const pause = readSpacePauseJson(row.pause, userId);
  if (!pause)
    return { active: false, startedByMe: false, startedAt: null, endsAt: null, canEnd: false };
  return { active: true, ...pause, canEnd: pause.startedByMe };
}

/** Either partner pauses the shared space, with or without an end date. No reason is asked or kept. */
export async function startTimeApart({
  tx,
  userId,
  input,
}: Options & { input: StartTimeApartInput }): Promise<TimeApartStatus> {
  const { coupleId } = await requireCouple({ tx, userId });
  await closeLapsed(tx, coupleId);
  if (await findOpen(tx, coupleId)) {
    throw new AppError('conflict', timeApartErrors.alreadyOn, { reason: 'already_paused' });
  }
  await tx.insert(spacePauses).values({
    coupleId,
    startedBy: userId,
    endsAt: input.endsAt ? new Date(input.endsAt) : null,
  });
  return getTimeApart({ tx, userId });
}

/**
 * Only the partner who asked for time apart ends it early; the other waits for its end date (or
 * can leave the space). The policy on space_pauses says the same, as the second lock.
 */
export async function endTimeApart({ tx, userId }: Options): Promise<void> {
  const { coupleId } = await requireCouple({ tx, userId });
  const open = await findOpen(tx, coupleId);
  if (!open) throw new AppError('not_found', timeApartErrors.notOn, { reason: 'not_paused' });
  if (open.startedBy !== userId) {
    throw new AppError('forbidden', timeApartErrors.notYours(open.endsAt !== null), {
      reason: 'not_your_pause',
    });
  }
  await tx
    .update(spacePauses)
    .set({ endedAt: sql`now()` })
    .where(eq(spacePauses.id, open.id));
}

/** For the export: the pauses of my space, without who started them beyond "me" or "not me". */
export async function exportTimeApart({ tx, userId }: Options) {
  const rows = await tx.select().from(spacePauses).orderBy(desc(spacePauses.startedAt));
  const now = Date.now();
  // A pause whose end date has passed ended then, even if no row was closed yet.
  const lapsed = (endsAt: Date | null) => (endsAt && endsAt.getTime() <= now ? endsAt : null);
  return rows.map((row) => ({
    startedByMe: row.startedBy === userId,
    startedAt: row.startedAt.toISOString(),
    endsAt: row.endsAt?.toISOString() ?? null,
    endedAt: (row.endedAt ?? lapsed(row.endsAt))?.toISOString() ?? null,
  }));
}

import { and, eq, sql } from 'drizzle-orm';
import { stageById, type StageId } from '../../content/stages.ts';
import {
  recordEvent,
  requireCouple,
  requireSharingOpen,
} from '../../platform/db/couple-context.ts';
import type { Tx } from '../../platform/db/database.ts';
import { isUniqueViolation } from '../../platform/db/errors.ts';
import { AppError } from '../../platform/server/errors.ts';
import { getStage } from './get-path.server.ts';
import type { StageInput, StageView } from './path.schema.ts';
import { pathMarkChanges, pathMarks } from './path.tables.server.ts';

const stale = (version: number) =>
  new AppError(
    'conflict',
    `Your mark for this stage was changed a moment ago (perhaps in another window), so we didn't overwrite it. It is now at version ${version}; have a look and choose again.`,
    { reason: 'stale_version', fields: { version: String(version) } },
  );

/**
 * I mark a stage for myself; my partner's mark of it never moves. The client sends the version
 * it saw; an older one answers 409 rather than silently overwriting (another tab of mine).
 * Every change is kept and marked on the timeline with the stage's name only.
 */
export async function setStageStatus(options: {
  tx: Tx;
  userId: string;
  stage: StageId;
  input: StageInput;
}): Promise<StageView> {
  const { tx, userId, stage, input } = options;
  const { coupleId } = await requireCouple({ tx, userId });
  await requireSharingOpen(tx, coupleId);
  const mine = and(
    eq(pathMarks.authorId, userId),
    eq(pathMarks.coupleId, coupleId),
    eq(pathMarks.stage, stage),
  );
  const [row] = await tx
    .select({ status: pathMarks.status, version: pathMarks.version })
    .from(pathMarks)
    .where(mine)
    .for('update');
  const current = row?.version ?? 0;
  if (input.version !== current) throw stale(current);
  const from = row?.status ?? 'not-yet';
  if (from === input.status) return getStage({ tx, userId, stage });

  if (row) {
    await tx
      .update(pathMarks)
      .set({
        status: input.status,
        version: current + 1,
        carriedOver: false,
        updatedAt: sql`now()`,
      })
      .where(and(mine, eq(pathMarks.version, current)));
  } else {
    try {
      // A savepoint: if my other window's first mark won the race, the transaction stays usable.
      await tx.transaction((sp) =>
        sp
          .insert(pathMarks)
          .values({ authorId: userId, coupleId, stage, status: input.status, version: 1 }),
      );
    } catch (error) {
      if (isUniqueViolation(error)) throw stale(1);
      throw error;
    }
  }
  const [change] = await tx
    .insert(pathMarkChanges)
    .values({ authorId: userId, coupleId, stage, fromStatus: from, toStatus: input.status })
    .returning({ id: pathMarkChanges.id });
  await recordEvent(tx, {
    coupleId,
    authorId: userId,
    kind: 'stage.changed',
    label: stageById(stage).name,
    refId: change!.id,
  });
  return getStage({ tx, userId, stage });
}

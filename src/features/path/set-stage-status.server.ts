import { and, eq, sql } from 'drizzle-orm';
import { stageById, type StageId } from '../../content/stages.ts';
import { recordEvent, requireCouple, requireSharingOpen } from '../../platform/db/couple-context.ts';
import type { Tx } from '../../platform/db/database.ts';
import { isUniqueViolation } from '../../platform/db/errors.ts';
import { AppError } from '../../platform/server/errors.ts';
import { getStage } from './get-path.server.ts';
import type { StageInput, StageView } from './path.schema.ts';
import { pathStageChanges, pathStages } from './path.tables.server.ts';

const stale = (version: number) =>
  new AppError(
    'conflict',
    `This stage was changed a moment ago, so we didn't overwrite it. It is now at version ${version}; have a look and choose again.`,
    { reason: 'stale_version', fields: { version: String(version) } },
  );

/**
 * Either partner marks a stage. The client sends the version it saw; an older one answers 409
 * rather than silently overwriting the other's change. Every change is kept and marked on the
 * timeline with the stage's name only.
 */
export async function setStageStatus(options: { tx: Tx; userId: string; stage: StageId; input: StageInput }): Promise<StageView> {
  const { tx, userId, stage, input } = options;
  const { coupleId } = await requireCouple({ tx, userId });
  await requireSharingOpen(tx, coupleId);
  const [row] = await tx
    .select({ status: pathStages.status, version: pathStages.version })
    .from(pathStages)
    .where(and(eq(pathStages.coupleId, coupleId), eq(pathStages.stage, stage)))
    .for('update');
  const current = row?.version ?? 0;
  if (input.version !== current) throw stale(current);
  const from = row?.status ?? 'not-yet';
  if (from === input.status) return getStage({ tx, userId, stage });

  if (row) {
    await tx
      .update(pathStages)
      .set({ status: input.status, version: current + 1, updatedBy: userId, updatedAt: sql`now()` })
      .where(and(eq(pathStages.coupleId, coupleId), eq(pathStages.stage, stage), eq(pathStages.version, current)));
  } else {
    try {
      // A savepoint: if the partner's first mark won the race, the transaction stays usable.
      await tx.transaction((sp) => sp.insert(pathStages).values({ coupleId, stage, status: input.status, version: 1, updatedBy: userId }));
    } catch (error) {
      if (isUniqueViolation(error)) throw stale(1);
      throw error;
    }
  }
  const [change] = await tx
    .insert(pathStageChanges)
    .values({ coupleId, stage, fromStatus: from, toStatus: input.status, changedBy: userId })
    .returning({ id: pathStageChanges.id });
  await recordEvent(tx, { coupleId, authorId: userId, kind: 'stage.changed', label: stageById(stage).name, refId: change!.id });
  return getStage({ tx, userId, stage });
}

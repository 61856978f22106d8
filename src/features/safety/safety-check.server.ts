import { and, desc, eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.ts';
import { soloModes } from '../../platform/db/shared.tables.server.ts';
import { notFound } from '../../platform/server/errors.ts';
import { signalsDanger, type CheckInput, type SafetyCheck, type SafetyView } from './safety.schema.ts';
import { safetyChecks, safetyOffers } from './safety.tables.server.ts';

interface Options {
  tx: Tx;
  userId: string;
}

type Row = typeof safetyChecks.$inferSelect;
const toCheck = (r: Row): SafetyCheck => ({
  id: r.id,
  takenAt: r.takenAt.toISOString(),
  answers: { humiliated: r.humiliated, afraid: r.afraid, forced: r.forced, hurt: r.hurt },
  signalsDanger: r.signalsDanger,
});

async function settleOffer(tx: Tx, userId: string): Promise<void> {
  await tx.insert(safetyOffers).values({ personId: userId }).onConflictDoNothing();
}

export async function getSafety({ tx, userId }: Options): Promise<SafetyView> {
  const rows = await tx.select().from(safetyChecks).where(eq(safetyChecks.personId, userId)).orderBy(desc(safetyChecks.takenAt));
  const [solo] = await tx.select().from(soloModes).where(eq(soloModes.personId, userId));
  const [offer] = await tx.select().from(safetyOffers).where(eq(safetyOffers.personId, userId));
  return { checks: rows.map(toCheck), solo: solo ? { since: solo.startedAt.toISOString() } : null, offered: Boolean(offer) };
}

/** Records a check, for its author only. It changes nothing for the partner. */
export async function takeSafetyCheck({ tx, userId, input }: Options & { input: CheckInput }): Promise<SafetyCheck> {
  const [row] = await tx
    .insert(safetyChecks)
    .values({ personId: userId, ...input, signalsDanger: signalsDanger(input) })
    .returning();
  await settleOffer(tx, userId);
  return toCheck(row!);
}

export async function deleteSafetyCheck({ tx, userId, checkId }: Options & { checkId: string }): Promise<void> {
  const deleted = await tx
    .delete(safetyChecks)
    .where(and(eq(safetyChecks.id, checkId), eq(safetyChecks.personId, userId)))
    .returning({ id: safetyChecks.id });
  if (deleted.length === 0) throw notFound("We couldn't find that check.");
}

/** "Not now": the check stays in Support, and is not offered on Today again. */
export async function setAsideOffer({ tx, userId }: Options): Promise<void> {
  await settleOffer(tx, userId);
}

/**
 * Using Kintsugi alone: shared things pause for me (requireSharingOpen refuses new ones), my
 * own journal and reflection keep working. Nothing is said to my partner.
 */
export async function startSolo({ tx, userId }: Options): Promise<SafetyView> {
  await tx.insert(soloModes).values({ personId: userId }).onConflictDoNothing();
  return getSafety({ tx, userId });
}

export async function endSolo({ tx, userId }: Options): Promise<SafetyView> {
  await tx.delete(soloModes).where(eq(soloModes.personId, userId));
  return getSafety({ tx, userId });
}

import { and, eq, sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../platform/db/database.ts';
import { rowsFromJson } from '../../platform/db/json-rows.ts';
import { soloModes } from '../../platform/db/shared.tables.server.ts';
import type { WaitingPart } from '../../platform/server/build-server.ts';
import { notFound } from '../../platform/server/errors.ts';
import { safety as safetyWords } from '../../content/safety.ts';
import {
  signalsDanger,
  type CheckInput,
  type SafetyCheck,
  type SafetyView,
} from './safety.schema.ts';
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

/** My checks (newest first), whether I use Kintsugi alone, and whether the check was offered: one statement. */
export async function getSafety({ tx, userId }: Options): Promise<SafetyView> {
  const [row] = await queryRows<{ checks: unknown; solo: unknown; offered: boolean }>(
    tx,
    sql`select
      (select coalesce(json_agg(c order by c.taken_at desc), '[]'::json) from ${safetyChecks} c where c.person_id = ${userId}) as checks,
      (select to_json(s) from ${soloModes} s where s.person_id = ${userId}) as solo,
      exists (select 1 from ${safetyOffers} o where o.person_id = ${userId}) as offered`,
  );
  const [solo] = rowsFromJson(soloModes, row!.solo);
  return {
    checks: rowsFromJson(safetyChecks, row!.checks).map(toCheck),
    solo: solo ? { since: solo.startedAt.toISOString() } : null,
    offered: row!.offered,
  };
}

/** Records a check, for its author only. It changes nothing for the partner. */
export async function takeSafetyCheck({
  tx,
  userId,
  input,
}: Options & { input: CheckInput }): Promise<SafetyCheck> {
  const [row] = await tx
    .insert(safetyChecks)
    .values({ personId: userId, ...input, signalsDanger: signalsDanger(input) })
    .returning();
  await settleOffer(tx, userId);
  return toCheck(row!);
}

export async function deleteSafetyCheck({
  tx,
  userId,
  checkId,
}: Options & { checkId: string }): Promise<void> {
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

/** Today's part (decision 111): the check is offered once, until it was taken or set aside. */
export const safetyWaitingPart: WaitingPart = {
  sql: (userId) =>
    sql`select 'safety.offer' as kind, null as ref, null as at, null as data
      where not exists (select 1 from ${safetyOffers} o where o.person_id = ${userId})`,
  read: (rows) =>
    rows.map(() => ({
      id: 'safety-check',
      kind: 'safety.offer',
      title: safetyWords.waitingTitle,
      href: '/support/safety',
    })),
};

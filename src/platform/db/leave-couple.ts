import { and, eq, isNull, sql } from 'drizzle-orm';
import { memberships } from './core.tables.server.ts';
import { getCoupleContext } from './couple-context.ts';
import { coupleNotices, type NoticeKind } from './couple-notices.tables.server.ts';
import { asSystem, type Tx } from './database.ts';

/**
 * Closes my couple: I leave, and the space closes for my partner too, so that from the next
 * request on neither reads anything the other shared, things made together stay readable to
 * both as history (policies reading with app_my_any_couple_ids()) and nobody can add to them,
 * and no one new can ever be invited into that history. Coming back together needs a new space
 * and a new invitation. My partner gets a plain notice. Answers false when I have no space.
 * (docs/decisions/051-leaving-closes-the-space.md)
 */
export async function closeMyCouple(options: {
  tx: Tx;
  userId: string;
  notice: NoticeKind;
}): Promise<boolean> {
  const { tx, userId, notice } = options;
  const context = await getCoupleContext({ tx, userId });
  if (!context) return false;
  // No one can ever be invited into a closed space's history.
  await tx.execute(
    sql`update invites set revoked_at = now() where couple_id = ${context.coupleId} and used_at is null and revoked_at is null`,
  );
  if (context.partnerId) {
    await tx
      .insert(coupleNotices)
      .values({ coupleId: context.coupleId, personId: context.partnerId, kind: notice });
  }
  await tx
    .update(memberships)
    .set({ leftAt: sql`now()` })
    .where(
      and(
        eq(memberships.personId, userId),
        eq(memberships.coupleId, context.coupleId),
        isNull(memberships.leftAt),
      ),
    );
  if (context.partnerId) {
    // The partner's own membership ends with it; only this narrow step looks across people.
    await asSystem(tx, () =>
      tx
        .update(memberships)
        .set({ leftAt: sql`now()` })
        .where(and(eq(memberships.coupleId, context.coupleId), isNull(memberships.leftAt))),
    );
  }
  return true;
}

import { and, eq, sql } from 'drizzle-orm';
import { couples, memberships } from '../../platform/db/core.tables.server.ts';
import { asSystem, type Tx } from '../../platform/db/database.ts';
import { isUniqueViolation } from '../../platform/db/errors.ts';
import { AppError } from '../../platform/server/errors.ts';
import { alreadyInCouple } from './create-couple.server.ts';
import type { Couple } from './couples.schema.ts';
import { invites } from './couples.tables.server.ts';
import { findMyCoupleId, getCouple } from './get-couple.server.ts';
import { hashInviteCode } from './invite-code.ts';
import { countMembers, coupleFull, isOpen } from './manage-invites.server.ts';

const inviteNotFound = () =>
  new AppError('not_found', "This invite can't be used any more. Ask your partner for a new one.", {
    reason: 'invite_not_found',
  });

/**
 * Joins the couple an invite belongs to. Finding an invite by its code has to look beyond my
 * own rows, so that one step runs as kintsugi_system, in the same transaction.
 */
export async function joinCouple(options: {
  tx: Tx;
  userId: string;
  code: string;
}): Promise<Couple> {
  const { tx, userId, code } = options;
  if (await findMyCoupleId({ tx, userId })) throw alreadyInCouple();
  await asSystem(tx, async () => {
    const [invite] = await tx
      .select({ id: invites.id, coupleId: invites.coupleId })
      .from(invites)
      .where(and(eq(invites.codeHash, hashInviteCode(code)), isOpen()))
      .for('update');
    if (!invite) throw inviteNotFound();
    // Lock the couple so two people redeeming at once cannot make a space of three.
    await tx
      .select({ id: couples.id })
      .from(couples)
      .where(eq(couples.id, invite.coupleId))
      .for('update');
    if ((await countMembers(tx, invite.coupleId)) >= 2) throw coupleFull();
    try {
      await tx.insert(memberships).values({ coupleId: invite.coupleId, personId: userId });
    } catch (error) {
      if (isUniqueViolation(error)) throw alreadyInCouple();
      throw error;
    }
    await tx
      .update(invites)
      .set({ usedAt: sql`now()`, usedBy: userId })
      .where(eq(invites.id, invite.id));
  });
  return getCouple({ tx, userId });
}

import type { Tx } from '../../platform/db/database.ts';
import { closeMyCouple } from '../../platform/db/leave-couple.ts';
import { requireMyCoupleId } from './get-couple.server.ts';
import { revokeOpenInvites } from './manage-invites.server.ts';

/**
 * Either partner can leave alone, at once. Open invites die with the departure, and the space
 * closes for both (see closeMyCouple): a fresh start needs a new space and a new invitation.
 */
export async function leaveCouple({ tx, userId }: { tx: Tx; userId: string }): Promise<void> {
  const coupleId = await requireMyCoupleId({ tx, userId });
  await revokeOpenInvites({ tx, coupleId });
  await closeMyCouple({ tx, userId, notice: 'partner_left' });
}

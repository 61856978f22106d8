import { and, eq, isNull, sql } from 'drizzle-orm';
import { memberships } from '../../platform/db/core.tables.server.ts';
import type { Tx } from '../../platform/db/database.ts';
import { requireMyCoupleId } from './get-couple.server.ts';
import { revokeOpenInvites } from './manage-invites.server.ts';

/** Either partner can leave alone, at once. Open invites die with the departure. */
export async function leaveCouple({ tx, userId }: { tx: Tx; userId: string }): Promise<void> {
  const coupleId = await requireMyCoupleId({ tx, userId });
  await revokeOpenInvites({ tx, coupleId });
  await tx
    .update(memberships)
    .set({ leftAt: sql`now()` })
    .where(and(eq(memberships.personId, userId), eq(memberships.coupleId, coupleId), isNull(memberships.leftAt)));
}

import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { couples, memberships, people } from '../../platform/db/core.tables.server.ts';
import type { Tx } from '../../platform/db/database.ts';
import { getCoupleContext, noSpace } from '../../platform/db/couple-context.ts';
import type { Couple } from './couples.schema.ts';

/** The id of the couple I belong to now, or null. */
export async function findMyCoupleId(options: { tx: Tx; userId: string }): Promise<string | null> {
  return (await getCoupleContext(options))?.coupleId ?? null;
}

export async function requireMyCoupleId(options: { tx: Tx; userId: string }): Promise<string> {
  const coupleId = await findMyCoupleId(options);
  if (!coupleId) throw noSpace();
  return coupleId;
}

/** My space and who is in it now, in one statement. */
export async function getCouple({ tx, userId }: { tx: Tx; userId: string }): Promise<Couple> {
  const mine = tx
    .select({ coupleId: memberships.coupleId })
    .from(memberships)
    .where(and(eq(memberships.personId, userId), isNull(memberships.leftAt)));
  const rows = await tx
    .select({
      id: couples.id,
      createdAt: couples.createdAt,
      personId: people.id,
      displayName: people.displayName,
      joinedAt: memberships.joinedAt,
    })
    .from(couples)
    .innerJoin(memberships, and(eq(memberships.coupleId, couples.id), isNull(memberships.leftAt)))
    .innerJoin(people, eq(people.id, memberships.personId))
    .where(inArray(couples.id, mine))
    .orderBy(asc(memberships.joinedAt));
  const space = rows[0];
  if (!space) throw noSpace();
  return {
    id: space.id,
    createdAt: space.createdAt.toISOString(),
    isComplete: rows.length === 2,
    partners: rows.map((p) => ({
      id: p.personId,
      displayName: p.displayName,
      isMe: p.personId === userId,
      joinedAt: p.joinedAt.toISOString(),
    })),
  };
}

/** My memberships, past and present, oldest first. */
export async function listMyMemberships({ tx, userId }: { tx: Tx; userId: string }) {
  return tx
    .select()
    .from(memberships)
    .where(eq(memberships.personId, userId))
    .orderBy(asc(memberships.joinedAt));
}

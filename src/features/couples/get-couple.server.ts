import { and, asc, eq, isNull } from 'drizzle-orm';
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

export async function getCouple({ tx, userId }: { tx: Tx; userId: string }): Promise<Couple> {
  const coupleId = await requireMyCoupleId({ tx, userId });
  const [space] = await tx.select().from(couples).where(eq(couples.id, coupleId));
  if (!space) throw noSpace();
  const partners = await tx
    .select({ id: people.id, displayName: people.displayName, joinedAt: memberships.joinedAt })
    .from(memberships)
    .innerJoin(people, eq(people.id, memberships.personId))
    .where(and(eq(memberships.coupleId, coupleId), isNull(memberships.leftAt)))
    .orderBy(asc(memberships.joinedAt));
  return {
    id: space.id,
    createdAt: space.createdAt.toISOString(),
    isComplete: partners.length === 2,
    partners: partners.map((p) => ({
      id: p.id,
      displayName: p.displayName,
      isMe: p.id === userId,
      joinedAt: p.joinedAt.toISOString(),
    })),
  };
}

/** My memberships, past and present, oldest first. */
export async function listMyMemberships({ tx, userId }: { tx: Tx; userId: string }) {
  return tx.select().from(memberships).where(eq(memberships.personId, userId)).orderBy(asc(memberships.joinedAt));
}

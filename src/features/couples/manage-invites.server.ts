import { and, desc, eq, gt, isNull, sql } from 'drizzle-orm';
import { memberships } from '../../platform/db/core.tables.server.ts';
import type { Tx } from '../../platform/db/database.ts';
import { AppError, notFound } from '../../platform/server/errors.ts';
import { INVITE_DAYS, type CreatedInvite, type OpenInvite } from './couples.schema.ts';
import { invites } from './couples.tables.server.ts';
import { requireMyCoupleId } from './get-couple.server.ts';
import { hashInviteCode, newInviteCode } from './invite-code.ts';

interface Options {
  tx: Tx;
  userId: string;
}

export const coupleFull = () =>
  new AppError('conflict', 'This space already has two partners.', { reason: 'couple_full' });

const isOpen = () =>
  and(isNull(invites.usedAt), isNull(invites.revokedAt), gt(invites.expiresAt, sql`now()`));

async function countMembers(tx: Tx, coupleId: string): Promise<number> {
  const [row] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(memberships)
    .where(and(eq(memberships.coupleId, coupleId), isNull(memberships.leftAt)));
  return row?.n ?? 0;
}

/** A single-use invite, valid for 7 days; a new one replaces any open one. */
export async function createInvite(options: Options & { origin: string }): Promise<CreatedInvite> {
  const { tx, userId, origin } = options;
  const coupleId = await requireMyCoupleId({ tx, userId });
  if ((await countMembers(tx, coupleId)) >= 2) throw coupleFull();
  await tx
    .update(invites)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(invites.coupleId, coupleId), isOpen()));
  const code = newInviteCode();
  const expiresAt = new Date(Date.now() + INVITE_DAYS * 86_400_000);
  const [invite] = await tx
    .insert(invites)
    .values({ coupleId, createdBy: userId, codeHash: hashInviteCode(code), expiresAt })
    .returning({ id: invites.id });
  return {
    id: invite!.id,
    code,
    url: `${origin}/join#code=${code}`,
    expiresAt: expiresAt.toISOString(),
  };
}

export async function listInvites({ tx, userId }: Options): Promise<OpenInvite[]> {
  const coupleId = await requireMyCoupleId({ tx, userId });
  const rows = await tx
    .select({ id: invites.id, createdAt: invites.createdAt, expiresAt: invites.expiresAt })
    .from(invites)
    .where(and(eq(invites.coupleId, coupleId), isOpen()))
    .orderBy(desc(invites.createdAt));
  return rows.map((r) => ({
    id: r.id,
    createdAt: r.createdAt.toISOString(),
    expiresAt: r.expiresAt.toISOString(),
  }));
}

export async function revokeInvite({
  tx,
  userId,
  inviteId,
}: Options & { inviteId: string }): Promise<void> {
  const coupleId = await requireMyCoupleId({ tx, userId }).catch(() => null);
  const revoked = coupleId
    ? await tx
        .update(invites)
        .set({ revokedAt: sql`now()` })
        .where(and(eq(invites.id, inviteId), eq(invites.coupleId, coupleId), isOpen()))
        .returning({ id: invites.id })
    : [];
  if (revoked.length === 0) throw notFound("That invite doesn't exist or can't be used any more.");
}

export async function revokeOpenInvites({ tx, coupleId }: { tx: Tx; coupleId: string }) {
  await tx
    .update(invites)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(invites.coupleId, coupleId), isOpen()));
}

export { countMembers, isOpen };

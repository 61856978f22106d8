import { and, eq, isNull, ne, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { AppError } from '../server/errors.ts';
import { memberships } from './core.tables.server.ts';
import { queryRows, type Tx } from './database.ts';
import { timelineEvents, type Visibility } from './shared.tables.server.ts';

export interface CoupleContext {
  coupleId: string;
  /** My partner, when they have joined; null while I'm in the space alone. */
  partnerId: string | null;
}

/** The couple I belong to now, and my partner; null when I have no space. One statement. */
export async function getCoupleContext({
  tx,
  userId,
}: {
  tx: Tx;
  userId: string;
}): Promise<CoupleContext | null> {
  const other = alias(memberships, 'other');
  const [mine] = await tx
    .select({ coupleId: memberships.coupleId, partnerId: other.personId })
    .from(memberships)
    .leftJoin(
      other,
      and(
        eq(other.coupleId, memberships.coupleId),
        ne(other.personId, userId),
        isNull(other.leftAt),
      ),
    )
    .where(and(eq(memberships.personId, userId), isNull(memberships.leftAt)))
    .limit(1);
  if (!mine) return null;
  return { coupleId: mine.coupleId, partnerId: mine.partnerId ?? null };
}

export const noSpace = () =>
  new AppError('not_found', "You don't have a shared space yet.", { reason: 'no_space' });

export async function requireCouple(options: { tx: Tx; userId: string }): Promise<CoupleContext> {
  const context = await getCoupleContext(options);
  if (!context) throw noSpace();
  return context;
}

/** Whether new shared things may be added now (no time apart; I'm not using Kintsugi alone). */
export async function isSharingOpen(tx: Tx, coupleId: string): Promise<boolean> {
  const [row] = await queryRows<{ open: boolean }>(
    tx,
    sql`select app_sharing_open(${coupleId}) as open`,
  );
  return row?.open ?? false;
}

export async function requireSharingOpen(tx: Tx, coupleId: string): Promise<void> {
  if (!(await isSharingOpen(tx, coupleId))) throw sharingPaused();
}

/** The answer when sharing is closed; for an operation that read `app_sharing_open` already. */
export const sharingPaused = () =>
  new AppError(
    'conflict',
    'Shared things are paused right now. What you write for yourself still works.',
    { reason: 'sharing_paused' },
  );

/** Marks something on the healing timeline. `label` must hold no private text. */
export async function recordEvent(
  tx: Tx,
  event: {
    coupleId: string;
    authorId: string;
    kind: string;
    label: string;
    refId?: string;
    visibility?: Visibility;
    occurredAt?: Date;
  },
): Promise<void> {
  await tx.insert(timelineEvents).values(event);
}

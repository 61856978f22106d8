import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import { sessions } from '../../platform/db/core.tables.server.ts';
import type { Tx } from '../../platform/db/database.ts';
import type { ActivityItem } from './accounts.schema.ts';
import { accountActivity, type ActivityKind, type SignInWay } from './accounts.tables.server.ts';

export async function recordActivity(
  tx: Tx,
  entry: {
    personId: string;
    kind: ActivityKind;
    device: string;
    sessionId?: string | null;
    via?: SignInWay;
  },
): Promise<void> {
  await tx
    .insert(accountActivity)
    .values({ ...entry, sessionId: entry.sessionId ?? null, via: entry.via ?? null });
}

export async function currentSessionId(tx: Tx, tokenHash: string): Promise<string | null> {
  const [row] = await tx
    .select({ id: sessions.id })
    .from(sessions)
    .where(eq(sessions.tokenHash, tokenHash));
  return row?.id ?? null;
}

/**
 * My activity, newest first (the last 100). "New" is what I haven't seen yet, apart from this
 * very sign-in: what happened while I was away.
 */
export async function listActivity(options: {
  tx: Tx;
  userId: string;
  currentTokenHash: string;
}): Promise<ActivityItem[]> {
  const { tx, userId, currentTokenHash } = options;
  const current = await currentSessionId(tx, currentTokenHash);
  const rows = await tx
    .select()
    .from(accountActivity)
    .where(eq(accountActivity.personId, userId))
    .orderBy(desc(accountActivity.occurredAt))
    .limit(100);
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    via: row.via,
    device: row.device,
    at: row.occurredAt.toISOString(),
    isNew:
      row.seenAt === null &&
      row.kind !== 'account_created' &&
      !(row.kind === 'signed_in' && row.sessionId !== null && row.sessionId === current),
    isThisDevice: row.sessionId !== null && row.sessionId === current,
  }));
}

export async function markActivitySeen({ tx, userId }: { tx: Tx; userId: string }): Promise<void> {
  await tx
    .update(accountActivity)
    .set({ seenAt: sql`now()` })
    .where(and(eq(accountActivity.personId, userId), isNull(accountActivity.seenAt)));
}

export async function exportActivity({ tx, userId }: { tx: Tx; userId: string }) {
  const rows = await tx
    .select()
    .from(accountActivity)
    .where(eq(accountActivity.personId, userId))
    .orderBy(desc(accountActivity.occurredAt));
  return rows.map((row) => ({
    kind: row.kind,
    ...(row.via ? { via: row.via } : {}),
    device: row.device,
    at: row.occurredAt.toISOString(),
  }));
}

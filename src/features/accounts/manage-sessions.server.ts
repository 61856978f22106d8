import { and, desc, eq, ne } from 'drizzle-orm';
import { sessions } from '../../platform/db/core.tables.server.ts';
import type { Tx } from '../../platform/db/database.ts';
import { notFound } from '../../platform/server/errors.ts';
import type { SessionInfo } from './accounts.schema.ts';

interface SessionOptions {
  tx: Tx;
  userId: string;
  currentTokenHash: string;
}

export async function listSessions({
  tx,
  userId,
  currentTokenHash,
}: SessionOptions): Promise<SessionInfo[]> {
  const rows = await tx
    .select()
    .from(sessions)
    .where(eq(sessions.personId, userId))
    .orderBy(desc(sessions.lastSeenAt));
  return rows.map((row) => ({
    id: row.id,
    device: row.device,
    createdAt: row.createdAt.toISOString(),
    lastSeenAt: row.lastSeenAt.toISOString(),
    current: row.tokenHash === currentTokenHash,
  }));
}

/** Ends one of my sessions; answers whether it was the one making this request. */
export async function endSession(
  options: SessionOptions & { sessionId: string },
): Promise<{ wasCurrent: boolean }> {
  const { tx, userId, sessionId, currentTokenHash } = options;
  const [ended] = await tx
    .delete(sessions)
    .where(and(eq(sessions.id, sessionId), eq(sessions.personId, userId)))
    .returning({ tokenHash: sessions.tokenHash });
  if (!ended) throw notFound("That session doesn't exist.");
  return { wasCurrent: ended.tokenHash === currentTokenHash };
}

export async function endOtherSessions({ tx, userId, currentTokenHash }: SessionOptions) {
  const ended = await tx
    .delete(sessions)
    .where(and(eq(sessions.personId, userId), ne(sessions.tokenHash, currentTokenHash)))
    .returning({ id: sessions.id });
  return { ended: ended.length };
}

export async function endCurrentSession({ tx, currentTokenHash }: Omit<SessionOptions, 'userId'>) {
  await tx.delete(sessions).where(eq(sessions.tokenHash, currentTokenHash));
}

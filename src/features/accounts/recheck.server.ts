import { eq, sql } from 'drizzle-orm';
import { sessions } from '../../platform/db/core.tables.server.ts';
import { queryRows, type Tx } from '../../platform/db/database.ts';
import { AppError } from '../../platform/server/errors.ts';
import { requireCurrentPassword } from './require-current-password.server.ts';
import { sessionRechecks } from './second-factor.tables.server.ts';

/** How long a sign-in or a typed password lets this session turn factors on or off. */
export const RECHECK_MINUTES = 10;

/**
 * Until when this session counts as just checked: its sign-in or its last re-check, plus ten
 * minutes; null when that has passed.
 */
export async function recheckedUntil(tx: Tx, tokenHash: string): Promise<Date | null> {
  const [row] = await queryRows<{ until: string | Date | null }>(
    tx,
    sql`select greatest(s.created_at, r.checked_at) + make_interval(mins => ${RECHECK_MINUTES}) as until
        from ${sessions} s left join ${sessionRechecks} r on r.session_id = s.id
        where s.token_hash = ${tokenHash}`,
  );
  if (!row?.until) return null;
  const until = new Date(row.until);
  return until.getTime() > Date.now() ? until : null;
}

/** Refuses (403, `recheck_needed`) unless this session was checked in the last ten minutes. */
export async function requireRecentCheck(tx: Tx, tokenHash: string): Promise<void> {
  if (await recheckedUntil(tx, tokenHash)) return;
  throw new AppError(
    'forbidden',
    'For your safety, type your password again before changing how you sign in.',
    { reason: 'recheck_needed' },
  );
}

/** The password, typed again: this session counts as just checked for ten minutes. */
export async function recheckWithPassword(options: {
  tx: Tx;
  userId: string;
  tokenHash: string;
  password: string;
}): Promise<Date> {
  const { tx, userId, tokenHash, password } = options;
  await requireCurrentPassword({ tx, userId, password, field: 'password' });
  const [session] = await tx
    .select({ id: sessions.id })
    .from(sessions)
    .where(eq(sessions.tokenHash, tokenHash));
  if (!session) throw new AppError('unauthenticated', 'Please sign in to continue.');
  await tx
    .insert(sessionRechecks)
    .values({ sessionId: session.id, personId: userId })
    .onConflictDoUpdate({ target: sessionRechecks.sessionId, set: { checkedAt: sql`now()` } });
  return (await recheckedUntil(tx, tokenHash))!;
}

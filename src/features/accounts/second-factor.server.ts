import { and, eq, gt, lt, sql } from 'drizzle-orm';
import type { Database, Tx } from '../../platform/db/database.ts';
import { AppError } from '../../platform/server/errors.ts';
import { hashToken, newSessionToken } from '../../platform/server/session-token.ts';
import { countPasskeys, listPasskeys } from './passkeys.server.ts';
import { recheckedUntil } from './recheck.server.ts';
import { recoveryCodesLeft } from './recovery-codes.server.ts';
import type { SecondFactorStatus } from './second-factor.schema.ts';
import { pendingSignIns } from './second-factor.tables.server.ts';
import { totpIsOn } from './totp.server.ts';

// The second step of a password sign-in (decision 131). With a code app on or a passkey added,
// the right password makes no session: it makes a pending sign-in, a random token that lives five
// minutes (only its sha256 is kept), and the session starts only when a code, a passkey or a
// recovery code answers it. Each pending sign-in takes at most five wrong answers.

const PENDING_MS = 5 * 60_000;
export const PENDING_TRIES = 5;

export type SecondFactorMethod = 'totp' | 'passkey' | 'recovery_code';

/** What this person can answer a second step with; empty when no second factor is on. */
export async function secondFactorMethods(tx: Tx, personId: string): Promise<SecondFactorMethod[]> {
  const [totp, keys] = [await totpIsOn(tx, personId), await countPasskeys(tx, personId)];
  if (!totp && keys === 0) return [];
  return [
    ...(totp ? (['totp'] as const) : []),
    ...(keys > 0 ? (['passkey'] as const) : []),
    'recovery_code',
  ];
}

/** A pending sign-in for this person (as kintsugi_system); answers its token. */
export async function startPendingSignIn(tx: Tx, personId: string): Promise<string> {
  await tx.delete(pendingSignIns).where(lt(pendingSignIns.expiresAt, sql`now()`));
  const token = newSessionToken();
  await tx.insert(pendingSignIns).values({
    personId,
    tokenHash: hashToken(token),
    expiresAt: new Date(Date.now() + PENDING_MS),
  });
  return token;
}

const pendingGone = () =>
  new AppError('unauthenticated', 'That sign-in has timed out. Please sign in again.', {
    reason: 'sign_in_timed_out',
  });

/** The pending sign-in a token answers to, while it lives; 401 once it has ended. */
export async function findPendingSignIn(
  db: Database,
  token: string,
): Promise<{ id: string; personId: string }> {
  const [row] = await db.withSystem((tx) =>
    tx
      .select({ id: pendingSignIns.id, personId: pendingSignIns.personId })
      .from(pendingSignIns)
      .where(
        and(
          eq(pendingSignIns.tokenHash, hashToken(token)),
          gt(pendingSignIns.expiresAt, sql`now()`),
        ),
      ),
  );
  if (!row) throw pendingGone();
  return row;
}

/** Ends a pending sign-in once its factor passed (in the transaction that starts the session). */
export async function endPendingSignIn(tx: Tx, id: string): Promise<void> {
  const ended = await tx
    .delete(pendingSignIns)
    .where(eq(pendingSignIns.id, id))
    .returning({ id: pendingSignIns.id });
  // Two answers at once: only the first makes a session.
  if (ended.length === 0) throw pendingGone();
}

/** My second factors, for the account screen. */
export async function secondFactorStatus(options: {
  tx: Tx;
  userId: string;
  tokenHash: string;
}): Promise<SecondFactorStatus> {
  const { tx, userId, tokenHash } = options;
  const until = await recheckedUntil(tx, tokenHash);
  return {
    recheckedUntil: until?.toISOString() ?? null,
    totp: await totpIsOn(tx, userId),
    passkeys: await listPasskeys({ tx, userId }),
    recoveryCodesLeft: await recoveryCodesLeft(tx, userId),
  };
}

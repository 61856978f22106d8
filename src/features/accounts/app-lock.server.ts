import { and, eq, isNotNull, sql } from 'drizzle-orm';
import { sessions } from '../../platform/db/core.tables.server.ts';
import type { Tx } from '../../platform/db/database.ts';
import { AppError } from '../../platform/server/errors.ts';
import {
  UNLOCK_TRIES,
  type AppLockPatch,
  type AppLockSettings,
  type SetAppLockInput,
} from './app-lock.schema.ts';
import { appLocks } from './app-lock.tables.server.ts';
import { hashPassword, verifyPassword } from './passwords.server.ts';
import { requireCurrentPassword } from './require-current-password.server.ts';

// The app lock (decision 132). The lock itself is a state of the session (`sessions.locked_at`)
// that the request gate reads in every request's first round trip (`app_session_viewer`); these
// operations set the person's PIN and choices, and lock and unlock one session.

const NONE: AppLockSettings = { set: false, idleMinutes: null, quickExit: 'sign-out' };

const noLock = () =>
  new AppError('conflict', 'Set a PIN for the app lock first.', { reason: 'no_app_lock' });

export async function getAppLock({ tx, userId }: { tx: Tx; userId: string }) {
  const [row] = await tx
    .select({ idleMinutes: appLocks.idleMinutes, quickExit: appLocks.quickExit })
    .from(appLocks)
    .where(eq(appLocks.personId, userId));
  return row ? { set: true, ...row } : NONE;
}

/** Sets or changes the PIN (needs the current password), with the choices sent along. */
export async function setAppLock(options: {
  tx: Tx;
  userId: string;
  input: SetAppLockInput;
}): Promise<AppLockSettings> {
  const { tx, userId, input } = options;
  await requireCurrentPassword({ tx, userId, password: input.currentPassword });
  const secretHash = await hashPassword(input.secret);
  const choices = {
    ...(input.idleMinutes !== undefined ? { idleMinutes: input.idleMinutes } : {}),
    ...(input.quickExit !== undefined ? { quickExit: input.quickExit } : {}),
  };
  const [row] = await tx
    .insert(appLocks)
    .values({ personId: userId, secretHash, idleMinutes: 5, ...choices })
    .onConflictDoUpdate({
      target: appLocks.personId,
      set: { secretHash, ...choices, updatedAt: sql`now()` },
    })
    .returning({ idleMinutes: appLocks.idleMinutes, quickExit: appLocks.quickExit });
  return { set: true, ...row! };
}

/** Changes the idle time or what the quick exit does; the PIN stays. */
export async function updateAppLock(options: {
  tx: Tx;
  userId: string;
  input: AppLockPatch;
}): Promise<AppLockSettings> {
  const { tx, userId, input } = options;
  const changes = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
  const [row] = await tx
    .update(appLocks)
    .set({ ...changes, updatedAt: sql`now()` })
    .where(eq(appLocks.personId, userId))
    .returning({ idleMinutes: appLocks.idleMinutes, quickExit: appLocks.quickExit });
  if (!row) throw noLock();
  return { set: true, ...row };
}

/** Turns the lock off (needs the current password); the quick exit signs out again. */
export async function removeAppLock(options: { tx: Tx; userId: string; currentPassword: string }) {
  const { tx, userId, currentPassword } = options;
  await requireCurrentPassword({ tx, userId, password: currentPassword });
  await tx.delete(appLocks).where(eq(appLocks.personId, userId));
  return NONE;
}

/** Locks the session this request came with ("Lock now", the quick exit, the idle timer). */
export async function lockSession(options: { tx: Tx; userId: string; tokenHash: string }) {
  const { tx, userId, tokenHash } = options;
  const [lock] = await tx
    .select({ personId: appLocks.personId })
    .from(appLocks)
    .where(eq(appLocks.personId, userId));
  if (!lock) throw noLock();
  await tx
    .update(sessions)
    .set({ lockedAt: sql`coalesce(${sessions.lockedAt}, now())` })
    .where(and(eq(sessions.tokenHash, tokenHash), eq(sessions.personId, userId)));
  return { locked: true };
}

export type UnlockOutcome =
  | { kind: 'unlocked' }
  | { kind: 'wrong'; triesLeft: number }
  /** Too many wrong tries, or a locked session with no PIN left to open it: the session is gone. */
  | { kind: 'ended'; sessionId: string | null };

/**
 * Checks the PIN for the session this request came with. The try is counted before the PIN is
 * checked, in the session's own row (so tries sent at once wait for each other and all count);
 * a right PIN clears the count and the lock. At UNLOCK_TRIES wrong ones the session ends.
 * Answers instead of throwing, so that the count is kept (a thrown error would roll it back).
 */
export async function unlockSession(options: {
  tx: Tx;
  userId: string;
  tokenHash: string;
  secret: string;
}): Promise<UnlockOutcome> {
  const { tx, userId, tokenHash, secret } = options;
  const mine = and(eq(sessions.tokenHash, tokenHash), eq(sessions.personId, userId));
  const [lock] = await tx
    .select({ secretHash: appLocks.secretHash })
    .from(appLocks)
    .where(eq(appLocks.personId, userId));
  if (!lock) {
    // No PIN to open it with (turned off on another device): a locked session can only end.
    const [ended] = await tx
      .delete(sessions)
      .where(and(mine, isNotNull(sessions.lockedAt)))
      .returning({ id: sessions.id });
    if (ended) return { kind: 'ended', sessionId: ended.id };
    throw noLock();
  }
  const [session] = await tx
    .update(sessions)
    .set({ unlockFailures: sql`${sessions.unlockFailures} + 1` })
    .where(mine)
    .returning({ id: sessions.id, tries: sessions.unlockFailures });
  if (!session) return { kind: 'ended', sessionId: null };
  const right = await verifyPassword(lock.secretHash, secret);
  if (right) {
    await tx
      .update(sessions)
      .set({ lockedAt: null, unlockFailures: 0 })
      .where(eq(sessions.id, session.id));
    return { kind: 'unlocked' };
  }
  if (session.tries >= UNLOCK_TRIES) {
    await tx.delete(sessions).where(eq(sessions.id, session.id));
    return { kind: 'ended', sessionId: session.id };
  }
  return { kind: 'wrong', triesLeft: UNLOCK_TRIES - session.tries };
}

import { and, eq, gt, lt, sql } from 'drizzle-orm';
import { sessions } from '../../platform/db/core.tables.server.ts';
import { queryRows, type Database, type Tx } from '../../platform/db/database.ts';
import { AppError } from '../../platform/server/errors.ts';
import { hashToken, newSessionToken } from '../../platform/server/session-token.ts';
import { countPasskeys, listPasskeys } from './passkeys.server.ts';
import { recoveryCodesLeft } from './recovery-codes.server.ts';
import { RECHECK_MINUTES } from './recheck.server.ts';
import type { SecondFactorStatus } from './second-factor.schema.ts';
import {
  passkeys,
  pendingSignIns,
  recoveryCodes,
  sessionRechecks,
  totpFactors,
} from './second-factor.tables.server.ts';
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

/** My second factors, for the account screen, in one statement (decision 110). */
export async function secondFactorStatus(options: {
  tx: Tx;
  userId: string;
  tokenHash: string;
}): Promise<SecondFactorStatus> {
  const { tx, userId, tokenHash } = options;
  type Key = { id: string; name: string; createdAt: string; lastUsedAt: string | null };
  const [row] = await queryRows<{
    until: string | Date | null;
    totp: boolean;
    codes: number;
    keys: Key[] | string;
  }>(
    tx,
    sql`select
          (select greatest(s.created_at, r.checked_at) + make_interval(mins => ${RECHECK_MINUTES})
             from ${sessions} s left join ${sessionRechecks} r on r.session_id = s.id
            where s.token_hash = ${tokenHash}) as until,
          exists (select 1 from ${totpFactors}
                   where ${totpFactors.personId} = ${userId} and ${totpFactors.confirmedAt} is not null) as totp,
          (select count(*)::int from ${recoveryCodes}
            where ${recoveryCodes.personId} = ${userId} and ${recoveryCodes.usedAt} is null) as codes,
          coalesce((select json_agg(json_build_object('id', p.id, 'name', p.name,
                      'createdAt', p.created_at, 'lastUsedAt', p.last_used_at) order by p.created_at)
                      from ${passkeys} p where p.person_id = ${userId}), '[]'::json) as keys`,
  );
  const until = row?.until ? new Date(row.until) : null;
  const keys = (typeof row?.keys === 'string' ? JSON.parse(row.keys) : (row?.keys ?? [])) as Key[];
  const iso = (value: string) => new Date(value).toISOString();
  return {
    recheckedUntil: until && until.getTime() > Date.now() ? until.toISOString() : null,
    totp: Boolean(row?.totp),
    passkeys: keys.map((k) => ({
      id: k.id,
      name: k.name,
      createdAt: iso(k.createdAt),
      lastUsedAt: k.lastUsedAt ? iso(k.lastUsedAt) : null,
    })),
    recoveryCodesLeft: row?.codes ?? 0,
  };
}

/** For my export: my passkeys' names and dates, whether codes are on, how many codes are left. */
export async function exportSecondFactors({ tx, userId }: { tx: Tx; userId: string }) {
  const [totp, keys, left] = [
    await totpIsOn(tx, userId),
    await listPasskeys({ tx, userId }),
    await recoveryCodesLeft(tx, userId),
  ];
  return {
    codesFromAnApp: totp,
    passkeys: keys.map(({ name, createdAt, lastUsedAt }) => ({ name, createdAt, lastUsedAt })),
    recoveryCodesLeft: left,
  };
}

import { Secret, TOTP } from 'otpauth';
import { and, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import { people } from '../../platform/db/core.tables.server.ts';
import { asSystem, type Tx } from '../../platform/db/database.ts';
import { AppError, notFound } from '../../platform/server/errors.ts';
import { totpFactors } from './second-factor.tables.server.ts';

// The code app (TOTP, RFC 6238, decision 131): 6 digits, 30 seconds, SHA-1 (what every code
// app reads). A code is taken for the step before and after too (clocks drift), and each step
// only once. The secret is written by its owner's session and read only here, as
// kintsugi_system, to check a code; the app role cannot read it back (the migration's grants).

const totpFor = (secret: string, label: string) =>
  new TOTP({
    issuer: 'Kintsugi',
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    secret: Secret.fromBase32(secret),
  });

/** Whether my code app is on (confirmed with a first code). */
export async function totpIsOn(tx: Tx, personId: string): Promise<boolean> {
  const [row] = await tx
    .select({ confirmedAt: totpFactors.confirmedAt })
    .from(totpFactors)
    .where(eq(totpFactors.personId, personId));
  return Boolean(row?.confirmedAt);
}

/** A new secret to type into a code app; on only once a first code confirms it. */
export async function startTotp({ tx, userId }: { tx: Tx; userId: string }) {
  if (await totpIsOn(tx, userId)) {
    throw new AppError('conflict', 'Codes from an app are already on.', { reason: 'totp_on' });
  }
  const [me] = await tx.select({ email: people.email }).from(people).where(eq(people.id, userId));
  if (!me) throw notFound();
  const secret = new Secret({ size: 20 }).base32;
  await tx.delete(totpFactors).where(eq(totpFactors.personId, userId));
  await tx.insert(totpFactors).values({ personId: userId, secret });
  return { secret, uri: totpFor(secret, me.email).toString() };
}

const wrongCode = (field = 'code') =>
  new AppError('bad_request', "That code didn't work. Check the newest code in your app.", {
    reason: 'wrong_code',
    fields: { [field]: "That code didn't work. Check the newest code in your app." },
  });

/**
 * Checks a code against the person's secret as kintsugi_system and uses up its time step, so the
 * same code cannot be used twice. `confirmed`: only a code app that is on (sign-in); otherwise
 * only one still waiting for its first code (turning it on).
 */
async function checkCode(tx: Tx, personId: string, code: string, confirmed: boolean) {
  const [row] = await tx
    .select({ secret: totpFactors.secret, lastStep: totpFactors.lastStep })
    .from(totpFactors)
    .where(
      and(
        eq(totpFactors.personId, personId),
        confirmed ? isNotNull(totpFactors.confirmedAt) : isNull(totpFactors.confirmedAt),
      ),
    );
  if (!row) return false;
  const totp = totpFor(row.secret, 'Kintsugi');
  const delta = totp.validate({ token: code, window: 1 });
  if (delta === null) return false;
  const step = totp.counter() + delta;
  if (row.lastStep !== null && step <= row.lastStep) return false;
  const used = await tx
    .update(totpFactors)
    .set({ lastStep: step, ...(confirmed ? {} : { confirmedAt: sql`now()` }) })
    .where(
      and(eq(totpFactors.personId, personId), sql`coalesce(${totpFactors.lastStep}, -1) < ${step}`),
    )
    .returning({ personId: totpFactors.personId });
  return used.length === 1;
}

/** The first code from the app turns it on. */
export async function confirmTotp({ tx, userId, code }: { tx: Tx; userId: string; code: string }) {
  if (await totpIsOn(tx, userId)) {
    throw new AppError('conflict', 'Codes from an app are already on.', { reason: 'totp_on' });
  }
  const ok = await asSystem(tx, () => checkCode(tx, userId, code, false));
  if (!ok) throw wrongCode();
}

/** A code at the second step of a sign-in (as kintsugi_system). */
export function verifyTotp(tx: Tx, personId: string, code: string): Promise<boolean> {
  return checkCode(tx, personId, code, true);
}

export async function turnOffTotp({ tx, userId }: { tx: Tx; userId: string }) {
  const removed = await tx
    .delete(totpFactors)
    .where(and(eq(totpFactors.personId, userId), isNotNull(totpFactors.confirmedAt)))
    .returning({ personId: totpFactors.personId });
  if (removed.length === 0) throw notFound('Codes from an app are not on.');
}

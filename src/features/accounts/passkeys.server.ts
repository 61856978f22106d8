import { isIP } from 'node:net';
import type { AuthenticationResponseJSON, RegistrationResponseJSON } from '@simplewebauthn/server';
import { and, asc, eq, gt, lt, sql } from 'drizzle-orm';
import { z } from 'zod';
import { people } from '../../platform/db/core.tables.server.ts';
import { asSystem, type Database, type Tx } from '../../platform/db/database.ts';
import { AppError, notFound } from '../../platform/server/errors.ts';
import type { AddPasskeyInput, PasskeyInfo } from './second-factor.schema.ts';
import {
  passkeyChallenges,
  passkeys,
  type ChallengePurpose,
} from './second-factor.tables.server.ts';

// Passkeys (WebAuthn, decision 130): adding one, signing in with one alone, and answering the
// second step of a password sign-in with one. Challenges live in the database for two minutes
// and are taken (deleted) before they are checked, so each works once, whatever the outcome.

const CHALLENGE_MS = 2 * 60_000;

/**
 * @simplewebauthn/server, loaded at the first passkey ceremony rather than at start: it and its
 * CBOR and ASN.1 parsers are among the dearest imports of the server (decision 174).
 */
const webauthnLibrary = () => import('@simplewebauthn/server');

/** Where passkeys are bound: our own origin, and its host name as the relying party's id. */
export interface RelyingParty {
  origin: string;
  rpID: string;
}

/**
 * `PUBLIC_ORIGIN`, or without it the origin the request came from, which the write-origin check
 * has already found to be one this server listens on (`own-origin.ts`). Browsers refuse a
 * number address as a relying party, so without a name there are no passkeys.
 */
export function relyingParty(
  publicOrigin: string | undefined,
  requestOrigin: unknown,
): RelyingParty {
  const origin = publicOrigin ?? (typeof requestOrigin === 'string' ? requestOrigin : '');
  let rpID = '';
  try {
    rpID = new URL(origin).hostname;
  } catch {
    rpID = '';
  }
  if (!rpID || isIP(rpID.replace(/^\[|\]$/g, ''))) {
    throw new AppError(
      'bad_request',
      'Passkeys need Kintsugi opened by a name, like http://localhost:3000, not by a number address.',
      { reason: 'passkeys_need_a_name' },
    );
  }
  return { origin, rpID };
}

const uuidBytes = (id: string) => new Uint8Array(Buffer.from(id.replace(/-/g, ''), 'hex'));
const fromBase64url = (value: string) => new Uint8Array(Buffer.from(value, 'base64url'));

async function saveChallenge(
  tx: Tx,
  entry: { purpose: ChallengePurpose; personId: string | null; challenge: string; origin: string },
): Promise<string> {
  await tx.delete(passkeyChallenges).where(lt(passkeyChallenges.expiresAt, sql`now()`));
  const [row] = await tx
    .insert(passkeyChallenges)
    .values({ ...entry, expiresAt: new Date(Date.now() + CHALLENGE_MS) })
    .returning({ id: passkeyChallenges.id });
  return row!.id;
}

export const challengeGone = () =>
  new AppError('bad_request', 'That passkey request has ended. Please try again.', {
    reason: 'challenge_gone',
  });

/**
 * Takes a challenge in a transaction of its own, so it is gone even when the answer to it then
 * fails. Answers it only for the same purpose, person and origin, before it expires.
 */
export async function takeChallenge(
  db: Database,
  want: { id: string; purpose: ChallengePurpose; personId?: string | null; origin: string },
) {
  const [row] = await db.withSystem((tx) =>
    tx
      .delete(passkeyChallenges)
      .where(
        and(
          eq(passkeyChallenges.id, want.id),
          eq(passkeyChallenges.purpose, want.purpose),
          gt(passkeyChallenges.expiresAt, sql`now()`),
        ),
      )
      .returning(),
  );
  const someoneElse = want.personId !== undefined && row?.personId !== want.personId;
  if (!row || someoneElse || row.origin !== want.origin) throw challengeGone();
  return row;
}

/** Options to add a passkey to my account (after a recent re-check, which the route asks). */
export async function registrationOptions(options: { tx: Tx; userId: string; rp: RelyingParty }) {
  const { tx, userId, rp } = options;
  const [me] = await tx
    .select({ email: people.email, displayName: people.displayName })
    .from(people)
    .where(eq(people.id, userId));
  if (!me) throw notFound();
  const mine = await tx
    .select({ credentialId: passkeys.credentialId, transports: passkeys.transports })
    .from(passkeys)
    .where(eq(passkeys.personId, userId));
  const webauthn = await (
    await webauthnLibrary()
  ).generateRegistrationOptions({
    rpName: 'Kintsugi',
    rpID: rp.rpID,
    userName: me.email,
    userID: uuidBytes(userId),
    userDisplayName: me.displayName,
    attestationType: 'none',
    excludeCredentials: mine.map((p) => ({ id: p.credentialId, transports: p.transports })),
    // A passkey that can sign in alone: kept on the device (discoverable), unlocked by its owner.
    authenticatorSelection: { residentKey: 'required', userVerification: 'required' },
  });
  const challengeId = await asSystem(tx, () =>
    saveChallenge(tx, {
      purpose: 'register',
      personId: userId,
      challenge: webauthn.challenge,
      origin: rp.origin,
    }),
  );
  return { challengeId, options: webauthn as unknown as Record<string, unknown> };
}

const passkeyRefused = () =>
  new AppError('bad_request', "That passkey couldn't be checked. Please try again.", {
    reason: 'passkey_refused',
  });

/** Checks the new passkey against its challenge and keeps its public key under the name given. */
export async function addPasskey(options: {
  tx: Tx;
  userId: string;
  input: AddPasskeyInput;
  challenge: { challenge: string; origin: string };
  rp: RelyingParty;
}): Promise<PasskeyInfo> {
  const { tx, userId, input, challenge, rp } = options;
  let info;
  try {
    const verified = await (
      await webauthnLibrary()
    ).verifyRegistrationResponse({
      response: input.credential as unknown as RegistrationResponseJSON,
      expectedChallenge: challenge.challenge,
      expectedOrigin: challenge.origin,
      expectedRPID: rp.rpID,
      requireUserVerification: true,
    });
    if (!verified.verified) throw passkeyRefused();
    info = verified.registrationInfo;
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw passkeyRefused();
  }
  const { credential } = info;
  const taken = await asSystem(tx, () =>
    tx.select({ id: passkeys.id }).from(passkeys).where(eq(passkeys.credentialId, credential.id)),
  );
  if (taken.length > 0) {
    throw new AppError('conflict', 'That passkey is already added.', { reason: 'passkey_taken' });
  }
  const [row] = await tx
    .insert(passkeys)
    .values({
      personId: userId,
      credentialId: credential.id,
      publicKey: Buffer.from(credential.publicKey).toString('base64url'),
      counter: credential.counter,
      transports: z.array(z.string()).parse(credential.transports ?? []),
      name: input.name,
    })
    .returning();
  return toInfo(row!);
}

/** Options to sign in with a passkey: any of ours this device holds (or, for the second step, mine). */
export async function authenticationOptions(options: {
  tx: Tx;
  rp: RelyingParty;
  purpose: 'sign_in' | 'second_factor';
  personId: string | null;
}) {
  const { tx, rp, purpose, personId } = options;
  const allow = personId
    ? await tx
        .select({ id: passkeys.credentialId, transports: passkeys.transports })
        .from(passkeys)
        .where(eq(passkeys.personId, personId))
    : [];
  const webauthn = await (
    await webauthnLibrary()
  ).generateAuthenticationOptions({
    rpID: rp.rpID,
    userVerification: 'required',
    ...(personId ? { allowCredentials: allow } : {}),
  });
  const challengeId = await saveChallenge(tx, {
    purpose,
    personId,
    challenge: webauthn.challenge,
    origin: rp.origin,
  });
  return { challengeId, options: webauthn as unknown as Record<string, unknown> };
}

/**
 * Checks a passkey's signature (as kintsugi_system, before anyone is signed in) and answers whose
 * it is; bumps its counter. `personId` limits it to one person's passkeys (the second step).
 */
export async function verifyPasskey(options: {
  tx: Tx;
  credential: AuthenticationResponseJSON;
  challenge: { challenge: string; origin: string };
  rp: RelyingParty;
  personId?: string;
}): Promise<string> {
  const { tx, credential, challenge, rp, personId } = options;
  const [key] = await tx.select().from(passkeys).where(eq(passkeys.credentialId, credential.id));
  if (!key || (personId && key.personId !== personId)) throw passkeyUnknown();
  let newCounter: number;
  try {
    const verified = await (
      await webauthnLibrary()
    ).verifyAuthenticationResponse({
      response: credential,
      expectedChallenge: challenge.challenge,
      expectedOrigin: challenge.origin,
      expectedRPID: rp.rpID,
      credential: {
        id: key.credentialId,
        publicKey: fromBase64url(key.publicKey),
        counter: key.counter,
        transports: key.transports,
      },
      requireUserVerification: true,
    });
    if (!verified.verified) throw passkeyUnknown();
    newCounter = verified.authenticationInfo.newCounter;
  } catch {
    throw passkeyUnknown();
  }
  await tx
    .update(passkeys)
    .set({ counter: newCounter, lastUsedAt: sql`now()` })
    .where(eq(passkeys.id, key.id));
  return key.personId;
}

const passkeyUnknown = () =>
  new AppError('unauthenticated', "That passkey didn't open an account here.", {
    reason: 'passkey_refused',
  });

const toInfo = (row: typeof passkeys.$inferSelect): PasskeyInfo => ({
  id: row.id,
  name: row.name,
  createdAt: row.createdAt.toISOString(),
  lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
});

export async function listPasskeys({ tx, userId }: { tx: Tx; userId: string }) {
  const rows = await tx
    .select()
    .from(passkeys)
    .where(eq(passkeys.personId, userId))
    .orderBy(asc(passkeys.createdAt));
  return rows.map(toInfo);
}

/** Removes one of my passkeys; someone else's answers like a missing one. */
export async function removePasskey(options: { tx: Tx; userId: string; id: string }) {
  const { tx, userId, id } = options;
  const removed = await tx
    .delete(passkeys)
    .where(and(eq(passkeys.id, id), eq(passkeys.personId, userId)))
    .returning({ id: passkeys.id });
  if (removed.length === 0) throw notFound("That passkey doesn't exist.");
}

export async function countPasskeys(tx: Tx, personId: string): Promise<number> {
  const [row] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(passkeys)
    .where(eq(passkeys.personId, personId));
  return row?.n ?? 0;
}

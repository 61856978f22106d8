import { and, count, desc, eq, gt, isNull, ne, sql } from 'drizzle-orm';
import { emailConfirmation as words } from '../../content/email-confirmation.ts';
import { people, sessions } from '../../platform/db/core.tables.server.ts';
import type { Tx } from '../../platform/db/database.ts';
import { queueMail } from '../../platform/mail/queue-mail.server.ts';
import { AppError } from '../../platform/server/errors.ts';
import { hashToken, newSessionToken } from '../../platform/server/session-token.ts';
import { emailConfirmations } from './confirm.tables.server.ts';

// Everything here runs as kintsugi_system (decision 085).

export const LINK_LIFETIME = sql`now() + interval '1 day'`;
/** Links one address is sent in an hour, whoever asks: a mailbox is not for flooding. */
export const LINKS_PER_HOUR = 3;

export const linkTo = (origin: string, token: string) => `${origin}/confirm-email#token=${token}`;

export async function linksInLastHour(tx: Tx, where: ReturnType<typeof eq>): Promise<number> {
  const [row] = await tx
    .select({ n: count() })
    .from(emailConfirmations)
    .where(and(where, gt(emailConfirmations.createdAt, sql`now() - interval '1 hour'`)));
  return row?.n ?? 0;
}

/**
 * An email change while mail is on: pending until the link sent to the new address is opened.
 * The old address is told that a change was asked for, without the new address. An address
 * that already has an account gets no link, and the answer is the same (decision 085).
 * The caller has checked the current password.
 */
export async function requestEmailChange(options: {
  tx: Tx;
  userId: string;
  newEmail: string;
  origin: string;
}): Promise<void> {
  const { tx, userId, newEmail, origin } = options;
  const [person] = await tx
    .select({ email: people.email })
    .from(people)
    .where(eq(people.id, userId))
    .for('update');
  if (!person) throw new AppError('unauthenticated', 'Please sign in to continue.');
  if (person.email.toLowerCase() === newEmail) {
    throw new AppError('bad_request', words.errors.sameEmail, {
      reason: 'same_email',
      fields: { newEmail: words.errors.sameEmail },
    });
  }
  if ((await linksInLastHour(tx, eq(emailConfirmations.personId, userId))) >= LINKS_PER_HOUR) {
    throw new AppError('rate_limited', words.errors.tooManyLinks, { reason: 'too_many_links' });
  }
  // Only the newest asked-for address can be confirmed.
  await tx
    .update(emailConfirmations)
    .set({ usedAt: sql`now()` })
    .where(
      and(
        eq(emailConfirmations.personId, userId),
        eq(emailConfirmations.purpose, 'change'),
        isNull(emailConfirmations.usedAt),
      ),
    );
  const token = newSessionToken();
  await tx.insert(emailConfirmations).values({
    purpose: 'change',
    personId: userId,
    email: newEmail,
    tokenHash: hashToken(token),
    expiresAt: LINK_LIFETIME,
  });
  const [taken] = await tx
    .select({ id: people.id })
    .from(people)
    .where(sql`lower(${people.email}) = ${newEmail}`);
  if (!taken) {
    await queueMail(tx, {
      kind: 'confirm-email-change',
      to: newEmail,
      subject: words.mail.changeNew.subject,
      text: words.mail.changeNew.text(linkTo(origin, token)),
    });
  }
  await queueMail(tx, {
    kind: 'email-change-asked',
    to: person.email,
    subject: words.mail.changeOld.subject,
    text: words.mail.changeOld.text(origin),
  });
}

/** The newest address an email change waits for, if any. */
export async function pendingEmailOf(tx: Tx, userId: string): Promise<string | null> {
  const [row] = await tx
    .select({ email: emailConfirmations.email })
    .from(emailConfirmations)
    .where(
      and(
        eq(emailConfirmations.personId, userId),
        eq(emailConfirmations.purpose, 'change'),
        isNull(emailConfirmations.usedAt),
        gt(emailConfirmations.expiresAt, sql`now()`),
      ),
    )
    .orderBy(desc(emailConfirmations.createdAt))
    .limit(1);
  return row?.email ?? null;
}

export type Confirmed =
  | { outcome: 'account_created'; personId: string; isThisBrowser: boolean }
  | { outcome: 'email_changed'; personId: string };

const usedOrOld = () =>
  new AppError('bad_request', words.errors.linkUsedOrOld, { reason: 'invalid_token' });

/**
 * Opens a link: makes the account a sign-up waited for, or sets the new email. The link is used
 * up either way. A new email takes effect only in a browser signed in to that account
 * (`signedInAs`): the new mailbox alone must not be able to take an account over, as a typo in
 * the address would otherwise allow (decision 085).
 */
export async function confirmEmail(options: {
  tx: Tx;
  token: string;
  browserHash: string | null;
  signedInAs: string | null;
}): Promise<Confirmed> {
  const { tx, token, browserHash, signedInAs } = options;
  // Locked, so two opens at once cannot both win.
  const [link] = await tx
    .select()
    .from(emailConfirmations)
    .where(
      and(
        eq(emailConfirmations.tokenHash, hashToken(token)),
        isNull(emailConfirmations.usedAt),
        gt(emailConfirmations.expiresAt, sql`now()`),
      ),
    )
    .for('update');
  if (!link) throw usedOrOld();
  await tx
    .update(emailConfirmations)
    .set({ usedAt: sql`now()` })
    .where(eq(emailConfirmations.id, link.id));
  const [taken] = await tx
    .select({ id: people.id })
    .from(people)
    .where(
      and(
        sql`lower(${people.email}) = ${link.email}`,
        link.personId ? ne(people.id, link.personId) : undefined,
      ),
    );

  if (link.purpose === 'sign_up') {
    const emailTaken = () =>
      new AppError('conflict', words.errors.emailTaken, { reason: 'email_taken' });
    if (taken) throw emailTaken();
    // Two links for one address opened at once: the unique address decides, without a 500.
    const [created] = await tx
      .insert(people)
      .values({
        email: link.email,
        displayName: link.displayName!,
        passwordHash: link.passwordHash!,
      })
      .onConflictDoNothing()
      .returning({ id: people.id });
    if (!created) throw emailTaken();
    // Every other link for this address is spent now.
    await tx
      .update(emailConfirmations)
      .set({ usedAt: sql`now()` })
      .where(and(eq(emailConfirmations.email, link.email), isNull(emailConfirmations.usedAt)));
    return {
      outcome: 'account_created',
      personId: created.id,
      isThisBrowser: browserHash !== null && browserHash === link.browserHash,
    };
  }

  const personId = link.personId!;
  if (signedInAs !== personId) {
    throw new AppError('forbidden', words.errors.signInFirst, { reason: 'sign_in_first' });
  }
  const [person] = await tx
    .select({ closedAt: people.closedAt })
    .from(people)
    .where(eq(people.id, personId));
  if (!person || person.closedAt) throw usedOrOld();
  if (taken) {
    throw new AppError('conflict', words.errors.emailUnavailable, { reason: 'email_unavailable' });
  }
  await tx.update(people).set({ email: link.email }).where(eq(people.id, personId));
  return { outcome: 'email_changed', personId };
}

/** The session a cookie's hash belongs to, if it is a live one. */
export async function sessionOfToken(
  tx: Tx,
  tokenHash: string,
): Promise<{ id: string; personId: string } | null> {
  const [row] = await tx
    .select({ id: sessions.id, personId: sessions.personId })
    .from(sessions)
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, sql`now()`)));
  return row ?? null;
}

/** Ends every session of a person but the one with `keepTokenHash`, if it is theirs. */
export async function endSessionsBut(
  tx: Tx,
  personId: string,
  keepTokenHash: string | null,
): Promise<void> {
  await tx
    .delete(sessions)
    .where(
      and(
        eq(sessions.personId, personId),
        keepTokenHash ? ne(sessions.tokenHash, keepTokenHash) : undefined,
      ),
    );
}

import { and, count, desc, eq, gt, isNull, sql } from 'drizzle-orm';
import { emailConfirmation as words } from '../../content/email-confirmation.ts';
import { people } from '../../platform/db/core.tables.server.ts';
import type { Tx } from '../../platform/db/database.ts';
import { queueMail } from '../../platform/mail/queue-mail.server.ts';
import { hashToken, newSessionToken } from '../../platform/server/session-token.ts';
import type { SignUpInput } from './accounts.schema.ts';
import { accountActivity } from './accounts.tables.server.ts';
import { emailConfirmations } from './confirm.tables.server.ts';
import { LINK_LIFETIME, LINKS_PER_HOUR, linkTo, linksInLastHour } from './confirm-email.server.ts';
import { hashPassword, requireStrongPassword } from './passwords.server.ts';

// A sign-up while mail is on (decision 085). Everything here runs as kintsugi_system.

export type SignUpRequest = { pending: true } | { taken: string };

/**
 * A sign-up while mail is on: nothing is made yet. A new address gets a link; the account is
 * made when it is opened. An address with an account is answered alike by the route; its owner
 * is told by mail (at most three an hour). The password is hashed either way, so both cost the
 * same.
 */
export async function requestSignUp(options: {
  tx: Tx;
  input: SignUpInput;
  browserHash: string;
  origin: string;
}): Promise<SignUpRequest> {
  const { tx, input, browserHash, origin } = options;
  requireStrongPassword(input.password, 'password');
  const passwordHash = await hashPassword(input.password);
  const [existing] = await tx
    .select({ id: people.id })
    .from(people)
    .where(sql`lower(${people.email}) = ${input.email}`);
  if (existing) return { taken: existing.id };
  // Old, unused links cost nothing to keep for a while, but not forever.
  await tx
    .delete(emailConfirmations)
    .where(sql`${emailConfirmations.expiresAt} < now() - interval '7 days'`);
  if ((await linksInLastHour(tx, eq(emailConfirmations.email, input.email))) >= LINKS_PER_HOUR) {
    return { pending: true };
  }
  const token = newSessionToken();
  await tx.insert(emailConfirmations).values({
    purpose: 'sign_up',
    email: input.email,
    displayName: input.displayName,
    passwordHash,
    browserHash,
    tokenHash: hashToken(token),
    expiresAt: LINK_LIFETIME,
  });
  await queueMail(tx, {
    kind: 'confirm-sign-up',
    to: input.email,
    subject: words.mail.signUp.subject,
    text: words.mail.signUp.text(linkTo(origin, token)),
  });
  return { pending: true };
}

/** Tells the owner of an address that someone tried to sign up with it (a few an hour at most). */
export async function mailSignUpTried(options: {
  tx: Tx;
  personId: string;
  origin: string;
}): Promise<void> {
  const { tx, personId, origin } = options;
  // The try itself is already in the activity: count it with the others of the last hour.
  const [tries] = await tx
    .select({ n: count() })
    .from(accountActivity)
    .where(
      and(
        eq(accountActivity.personId, personId),
        eq(accountActivity.kind, 'sign_up_tried'),
        gt(accountActivity.occurredAt, sql`now() - interval '1 hour'`),
      ),
    );
  if ((tries?.n ?? 0) > LINKS_PER_HOUR) return;
  const [person] = await tx
    .select({ email: people.email })
    .from(people)
    .where(eq(people.id, personId));
  if (!person) return;
  await queueMail(tx, {
    kind: 'sign-up-tried',
    to: person.email,
    subject: words.mail.signUpTried.subject,
    text: words.mail.signUpTried.text(origin),
  });
}

/**
 * Sends the link again to the sign-up this browser started (found by its cookie), with a new
 * token. A browser with no such sign-up (a decoy cookie, an old one) gets the same answer and
 * nothing is sent.
 */
export async function resendSignUpLink(options: {
  tx: Tx;
  browserHash: string;
  origin: string;
}): Promise<void> {
  const { tx, browserHash, origin } = options;
  const [pending] = await tx
    .select()
    .from(emailConfirmations)
    .where(
      and(
        eq(emailConfirmations.purpose, 'sign_up'),
        eq(emailConfirmations.browserHash, browserHash),
        isNull(emailConfirmations.usedAt),
        gt(emailConfirmations.expiresAt, sql`now()`),
      ),
    )
    .orderBy(desc(emailConfirmations.createdAt))
    .limit(1);
  if (!pending) return;
  if ((await linksInLastHour(tx, eq(emailConfirmations.email, pending.email))) >= LINKS_PER_HOUR) {
    return;
  }
  const token = newSessionToken();
  await tx.insert(emailConfirmations).values({
    purpose: 'sign_up',
    email: pending.email,
    displayName: pending.displayName,
    passwordHash: pending.passwordHash,
    browserHash,
    tokenHash: hashToken(token),
    expiresAt: LINK_LIFETIME,
  });
  await queueMail(tx, {
    kind: 'confirm-sign-up',
    to: pending.email,
    subject: words.mail.signUp.subject,
    text: words.mail.signUp.text(linkTo(origin, token)),
  });
}

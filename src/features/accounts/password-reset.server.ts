import { createHash, randomBytes } from 'node:crypto';
import { and, count, eq, gt, isNull, sql } from 'drizzle-orm';
import { recovery } from '../../content/recovery.ts';
import { people, sessions } from '../../platform/db/core.tables.server.ts';
import type { Tx } from '../../platform/db/database.ts';
import { queueMail } from '../../platform/mail/queue-mail.server.ts';
import { AppError } from '../../platform/server/errors.ts';
import { hashPassword, requireStrongPassword } from './passwords.server.ts';
import type { ResetPasswordInput } from './recovery.schema.ts';
import { passwordResets } from './recovery.tables.server.ts';

const LINK_LIFETIME = sql`interval '1 hour'`;
/** Links one address can be sent in an hour, whoever asks: a mailbox is not for flooding. */
const LINKS_PER_HOUR = 3;

const sha256 = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * Sends a single-use link to set a new password, if `email` has an account. Answers nothing
 * either way, so the caller can say the same thing for every address. Runs as kintsugi_system.
 */
export async function requestPasswordReset(options: {
  tx: Tx;
  email: string;
  origin: string;
}): Promise<void> {
  const { tx, email, origin } = options;
  // Locked, so that requests at once for one person count their links one after another.
  const [person] = await tx
    .select({ id: people.id })
    .from(people)
    .where(eq(people.email, email))
    .for('update');
  if (!person) return;
  const [recent] = await tx
    .select({ n: count() })
    .from(passwordResets)
    .where(
      and(
        eq(passwordResets.personId, person.id),
        gt(passwordResets.createdAt, sql`now() - interval '1 hour'`),
      ),
    );
  if ((recent?.n ?? 0) >= LINKS_PER_HOUR) return;
  // 32 random bytes: 43 characters of base64url. Only its hash is stored.
  const token = randomBytes(32).toString('base64url');
  await tx.insert(passwordResets).values({
    personId: person.id,
    tokenHash: sha256(token),
    expiresAt: sql`now() + ${LINK_LIFETIME}`,
  });
  // In the fragment: browsers never send it to a server, so it stays out of every access log.
  const link = `${origin}/reset-password#token=${token}`;
  await queueMail(tx, {
    kind: 'reset-password',
    to: email,
    subject: recovery.mail.subject,
    text: recovery.mail.text(link),
  });
}

/**
 * Sets a new password with a link's token: the link is used up (with every other open link of
 * the person), and every session ends. Runs as kintsugi_system. Answers whose password it was.
 */
export async function resetPassword(options: {
  tx: Tx;
  input: ResetPasswordInput;
}): Promise<{ personId: string; endedSessions: number }> {
  const { tx, input } = options;
  const [link] = await tx
    .select({ personId: passwordResets.personId })
    .from(passwordResets)
    .where(
      and(
        eq(passwordResets.tokenHash, sha256(input.token)),
        isNull(passwordResets.usedAt),
        gt(passwordResets.expiresAt, sql`now()`),
      ),
    )
    .for('update');
  if (!link) {
    throw new AppError('bad_request', recovery.errors.linkUsedOrOld, { reason: 'invalid_token' });
  }
  requireStrongPassword(input.newPassword, 'newPassword');
  await tx
    .update(people)
    .set({ passwordHash: await hashPassword(input.newPassword), passwordChangedAt: sql`now()` })
    .where(eq(people.id, link.personId));
  await tx
    .update(passwordResets)
    .set({ usedAt: sql`now()` })
    .where(and(eq(passwordResets.personId, link.personId), isNull(passwordResets.usedAt)));
  const ended = await tx
    .delete(sessions)
    .where(eq(sessions.personId, link.personId))
    .returning({ id: sessions.id });
  return { personId: link.personId, endedSessions: ended.length };
}

import { and, eq, ne, sql } from 'drizzle-orm';
import { people, sessions } from '../../platform/db/core.tables.server.ts';
import type { Tx } from '../../platform/db/database.ts';
import { AppError, notFound } from '../../platform/server/errors.ts';
import type { ChangePasswordInput } from './accounts.schema.ts';
import { hashPassword, requireStrongPassword, verifyPassword } from './passwords.server.ts';

/** Needs the current password; ends every other session of the person. */
export async function changePassword(options: {
  tx: Tx;
  userId: string;
  currentTokenHash: string;
  input: ChangePasswordInput;
}): Promise<{ endedSessions: number }> {
  const { tx, userId, currentTokenHash, input } = options;
  const [person] = await tx
    .select({ hash: people.passwordHash })
    .from(people)
    .where(eq(people.id, userId));
  if (!person) throw notFound();
  if (!(await verifyPassword(person.hash, input.currentPassword))) {
    throw new AppError('bad_request', "That isn't your current password.", {
      reason: 'wrong_password',
      fields: { currentPassword: "That isn't your current password." },
    });
  }
  requireStrongPassword(input.newPassword, 'newPassword');
  await tx
    .update(people)
    .set({ passwordHash: await hashPassword(input.newPassword), passwordChangedAt: sql`now()` })
    .where(eq(people.id, userId));
  const ended = await tx
    .delete(sessions)
    .where(and(eq(sessions.personId, userId), ne(sessions.tokenHash, currentTokenHash)))
    .returning({ id: sessions.id });
  return { endedSessions: ended.length };
}

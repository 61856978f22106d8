import { eq, sql } from 'drizzle-orm';
import { people } from '../../platform/db/core.tables.server.ts';
import { asSystem, type Tx } from '../../platform/db/database.ts';
import { AppError } from '../../platform/server/errors.ts';
import type { ChangeEmailInput, Me } from './accounts.schema.ts';
import { getMe } from './get-me.server.ts';
import { endOtherSessions } from './manage-sessions.server.ts';
import { requireCurrentPassword } from './require-current-password.server.ts';

/**
 * Needs the current password, and ends every other session: the email is how an account is
 * found again, so whoever else is signed in (a partner on an old phone) must not keep it.
 */
export async function changeEmail(options: {
  tx: Tx;
  userId: string;
  currentTokenHash: string;
  input: ChangeEmailInput;
}): Promise<Me> {
  const { tx, userId, currentTokenHash, input } = options;
  await requireCurrentPassword({ tx, userId, password: input.currentPassword });
  // Another account's email is invisible to me under RLS; this one narrow look is not.
  const [taken] = await asSystem(tx, () =>
    tx
      .select({ id: people.id })
      .from(people)
      .where(sql`lower(${people.email}) = ${input.newEmail} and ${people.id} <> ${userId}`),
  );
  if (taken) {
    throw new AppError(
      'conflict',
      "That email can't be used for your account. Please use another one.",
      {
        reason: 'email_unavailable',
        fields: { newEmail: "That email can't be used for your account." },
      },
    );
  }
  await tx.update(people).set({ email: input.newEmail }).where(eq(people.id, userId));
  await endOtherSessions({ tx, userId, currentTokenHash });
  return getMe({ tx, userId });
}

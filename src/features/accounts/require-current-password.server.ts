import { eq } from 'drizzle-orm';
import { people } from '../../platform/db/core.tables.server.ts';
import type { Tx } from '../../platform/db/database.ts';
import { AppError, notFound } from '../../platform/server/errors.ts';
import { verifyPassword } from './passwords.server.ts';

/** Credential changes and deleting the account need the current password, typed again. */
export async function requireCurrentPassword(options: {
  tx: Tx;
  userId: string;
  password: string;
  field?: string;
}) {
  const { tx, userId, password, field = 'currentPassword' } = options;
  const [person] = await tx
    .select({ hash: people.passwordHash })
    .from(people)
    .where(eq(people.id, userId));
  if (!person) throw notFound();
  if (!(await verifyPassword(person.hash, password))) {
    throw new AppError('bad_request', "That isn't your current password.", {
      reason: 'wrong_password',
      fields: { [field]: "That isn't your current password." },
    });
  }
}

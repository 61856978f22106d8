import { sql } from 'drizzle-orm';
import { closedAccount } from '../../content/data-rights.ts';
import type { Tx } from '../../platform/db/database.ts';
import { closeMyCouple } from '../../platform/db/leave-couple.ts';
import { requireCurrentPassword } from './require-current-password.server.ts';

/**
 * Closes my account at once, after the password is typed again, in the request's one
 * transaction. First I leave as the leave rules say (my partner gets a calm notice; the space
 * closes). Then `app_close_account` erases my words and keeps my partner's: what is mine alone
 * goes, my words inside things we made together become a plain line, an agreement we both
 * accepted stays as agreed, and my person row stays only as a tombstone with no email, name or
 * password, so no key can take my partner's rows with it
 * (docs/decisions/052-deleting-an-account.md).
 */
export async function deleteAccount(options: {
  tx: Tx;
  userId: string;
  password: string;
}): Promise<void> {
  const { tx, userId, password } = options;
  await requireCurrentPassword({ tx, userId, password, field: 'password' });
  await closeMyCouple({ tx, userId, notice: 'partner_deleted' });
  await tx.execute(sql`select app_close_account(${closedAccount.removed}, ${closedAccount.name})`);
}

import { and, eq, sql } from 'drizzle-orm';
import { couples, memberships, people } from '../../platform/db/core.tables.server.ts';
import { asSystem, type Tx } from '../../platform/db/database.ts';
import { closeMyCouple } from '../../platform/db/leave-couple.ts';
import { requireCurrentPassword } from './require-current-password.server.ts';

/**
 * Deletes my account at once, after the password is typed again. First I leave as the leave
 * rules say (my partner gets a calm notice; the space closes); then my person row goes, and with
 * it, by cascade, everything I wrote: private and shared, including joint items I authored
 * (docs/decisions/052-deleting-an-account.md). A space my partner was ever part of is handed to
 * them first, so what they wrote there stays theirs.
 */
export async function deleteAccount(options: { tx: Tx; userId: string; password: string }): Promise<void> {
  const { tx, userId, password } = options;
  await requireCurrentPassword({ tx, userId, password, field: 'password' });
  await closeMyCouple({ tx, userId, notice: 'partner_deleted' });
  await asSystem(tx, () =>
    tx
      .update(couples)
      .set({
        createdBy: sql`(select ${memberships.personId} from ${memberships}
          where ${memberships.coupleId} = ${couples.id} and ${memberships.personId} <> ${userId}
          order by ${memberships.joinedAt} limit 1)`,
      })
      .where(
        and(
          eq(couples.createdBy, userId),
          sql`exists (select 1 from ${memberships} where ${memberships.coupleId} = ${couples.id} and ${memberships.personId} <> ${userId})`,
        ),
      ),
  );
  const deleted = await tx.delete(people).where(eq(people.id, userId)).returning({ id: people.id });
  if (deleted.length !== 1) throw new Error('account row was not deleted');
}

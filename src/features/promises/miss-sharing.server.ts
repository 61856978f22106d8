import { eq } from 'drizzle-orm';
import { requireCouple } from '../../platform/db/couple-context.ts';
import type { UserContext } from '../../platform/db/database.ts';
import type { MissSharingInput } from './promises.schema.ts';
import { promiseMissSharing } from './promises.tables.server.ts';

/**
 * Whether my partner may see the promises I missed (and their repairs). Off by default; turning
 * it off hides them again on the very next request, because the read policy asks this table.
 */
export async function setMissSharing({
  tx,
  userId,
  input,
}: UserContext & { input: MissSharingInput }) {
  await requireCouple({ tx, userId });
  if (input.shared) {
    await tx.insert(promiseMissSharing).values({ personId: userId }).onConflictDoNothing();
  } else {
    await tx.delete(promiseMissSharing).where(eq(promiseMissSharing.personId, userId));
  }
  return { shared: input.shared };
}

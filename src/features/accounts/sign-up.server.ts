import { sql } from 'drizzle-orm';
import { people } from '../../platform/db/core.tables.server.ts';
import type { Tx } from '../../platform/db/database.ts';
import type { SignUpInput } from './accounts.schema.ts';
import { hashPassword, requireStrongPassword } from './passwords.server.ts';

export type SignUpOutcome = { created: string } | { taken: string };

/**
 * Creates an account, run as kintsugi_system. An email that already has an account is never
 * signed in here, whatever the password (sign-in is the one door, with its own limits and its
 * entry in the owner's activity): the route answers it like a new account but opens nothing.
 * The password is hashed either way, so both cases cost the same time (decision 003).
 */
export async function signUp({
  tx,
  input,
}: {
  tx: Tx;
  input: SignUpInput;
}): Promise<SignUpOutcome> {
  requireStrongPassword(input.password, 'password');
  const passwordHash = await hashPassword(input.password);
  const [created] = await tx
    .insert(people)
    .values({ email: input.email, displayName: input.displayName, passwordHash })
    .onConflictDoNothing()
    .returning({ id: people.id });
  if (created) return { created: created.id };
  const [existing] = await tx
    .select({ id: people.id })
    .from(people)
    .where(sql`lower(${people.email}) = ${input.email}`);
  if (!existing) throw new Error('sign-up conflicted on a row it cannot see');
  return { taken: existing.id };
}

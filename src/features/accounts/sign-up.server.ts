import { sql } from 'drizzle-orm';
import { people } from '../../platform/db/core.tables.server.ts';
import type { Tx } from '../../platform/db/database.ts';
import type { SignUpInput } from './accounts.schema.ts';
import { hashPassword, requireStrongPassword, verifyPassword } from './passwords.server.ts';

/**
 * Creates an account, run as kintsugi_system. For an email that already has an account it
 * signs that person in when the password is theirs, and otherwise answers `null`; the route
 * makes both cases look alike so sign-up never tells whether an email is registered.
 */
export async function signUp({ tx, input }: { tx: Tx; input: SignUpInput }): Promise<string | null> {
  requireStrongPassword(input.password, 'password');
  const existing = await tx
    .select({ id: people.id, passwordHash: people.passwordHash })
    .from(people)
    .where(sql`lower(${people.email}) = ${input.email}`);
  if (existing[0]) {
    return (await verifyPassword(existing[0].passwordHash, input.password)) ? existing[0].id : null;
  }
  const passwordHash = await hashPassword(input.password);
  const [created] = await tx
    .insert(people)
    .values({ email: input.email, displayName: input.displayName, passwordHash })
    .onConflictDoNothing()
    .returning({ id: people.id });
  return created?.id ?? null;
}

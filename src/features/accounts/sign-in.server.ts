import { sql } from 'drizzle-orm';
import { people } from '../../platform/db/core.tables.server.ts';
import type { Tx } from '../../platform/db/database.ts';
import type { SignInInput } from './accounts.schema.ts';
import { verifyAgainstNobody, verifyPassword } from './passwords.server.ts';

/** Checks credentials as kintsugi_system; answers the person's id, or null for any mismatch. */
export async function signIn({
  tx,
  input,
}: {
  tx: Tx;
  input: SignInInput;
}): Promise<string | null> {
  const [person] = await tx
    .select({ id: people.id, passwordHash: people.passwordHash })
    .from(people)
    .where(sql`lower(${people.email}) = ${input.email}`);
  if (!person) return verifyAgainstNobody(input.password).then(() => null);
  return (await verifyPassword(person.passwordHash, input.password)) ? person.id : null;
}

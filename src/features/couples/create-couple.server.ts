import { randomUUID } from 'node:crypto';
import { couples, memberships } from '../../platform/db/core.tables.server.ts';
import type { Tx } from '../../platform/db/database.ts';
import { isUniqueViolation } from '../../platform/db/errors.ts';
import { AppError } from '../../platform/server/errors.ts';
import type { Couple } from './couples.schema.ts';
import { findMyCoupleId, getCouple } from './get-couple.server.ts';

export const alreadyInCouple = () =>
  new AppError(
    'conflict',
    'You already have a shared space. Leave it first to start or join another.',
    {
      reason: 'already_in_couple',
    },
  );

/** Starts my space. I'm its only member until my partner joins with an invite. */
export async function createCouple({ tx, userId }: { tx: Tx; userId: string }): Promise<Couple> {
  if (await findMyCoupleId({ tx, userId })) throw alreadyInCouple();
  // The id is made here: the new row is not visible to me (no RETURNING) until I'm a member.
  const id = randomUUID();
  await tx.insert(couples).values({ id, createdBy: userId });
  try {
    await tx.insert(memberships).values({ coupleId: id, personId: userId });
  } catch (error) {
    if (isUniqueViolation(error)) throw alreadyInCouple();
    throw error;
  }
  return getCouple({ tx, userId });
}

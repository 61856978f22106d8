import { and, eq, sql } from 'drizzle-orm';
import {
  getCoupleContext,
  isSharingOpen,
  requireCouple,
  requireSharingOpen,
} from '../../platform/db/couple-context.ts';
import type { Tx } from '../../platform/db/database.ts';
import type { SharingInput, StanceInput, Take } from './reflection.schema.ts';
import { reflectionPatterns, reflectionStances } from './reflection.tables.server.ts';
import { getTake, reflectionNotFound } from './take-reflection.server.ts';

interface Options {
  tx: Tx;
  userId: string;
}

/**
 * Sets exactly which patterns of one take my partner may see (and whether my notes go with
 * them). Sharing more needs a space and open sharing; taking things back always works.
 */
export async function setTakeSharing({
  tx,
  userId,
  takeId,
  input,
}: Options & { takeId: string; input: SharingInput }): Promise<Take> {
  const current = await getTake({ tx, userId, takeId });
  if (!current) throw reflectionNotFound();
  const wanted = new Set(input.patterns);
  const sharesMore = current.patterns.some(
    (p) =>
      wanted.has(p.pattern) &&
      (!p.shared || (input.includeNotes && !p.noteShared && p.note !== null)),
  );
  let coupleId: string | null = null;
  if (sharesMore) {
    coupleId = (await requireCouple({ tx, userId })).coupleId;
    await requireSharingOpen(tx, coupleId);
  }
  for (const p of current.patterns) {
    const shared = wanted.has(p.pattern);
    await tx
      .update(reflectionPatterns)
      .set(
        shared
          ? {
              visibility: 'shared',
              noteShared: input.includeNotes && p.note !== null,
              ...(coupleId ? { coupleId } : {}),
              ...(p.shared ? {} : { sharedAt: sql`now()` }),
            }
          : { visibility: 'private', noteShared: false, sharedAt: null },
      )
      .where(
        and(
          eq(reflectionPatterns.takeId, takeId),
          eq(reflectionPatterns.authorId, userId),
          eq(reflectionPatterns.pattern, p.pattern),
        ),
      );
  }
  return (await getTake({ tx, userId, takeId }))!;
}

export async function getMyStance({ tx, userId }: Options) {
  const [row] = await tx
    .select()
    .from(reflectionStances)
    .where(eq(reflectionStances.authorId, userId));
  return row ? { stance: row.stance, shared: row.visibility === 'shared' } : null;
}

/** Where I stand, privately; shared only when I say so. */
export async function setStance({ tx, userId, input }: Options & { input: StanceInput }) {
  let coupleId: string | null = null;
  if (input.shared) {
    coupleId = (await requireCouple({ tx, userId })).coupleId;
    await requireSharingOpen(tx, coupleId);
  }
  const values = {
    stance: input.stance,
    visibility: input.shared ? ('shared' as const) : ('private' as const),
    updatedAt: new Date(),
    ...(coupleId ? { coupleId } : {}),
  };
  await tx
    .insert(reflectionStances)
    .values({ authorId: userId, ...values })
    .onConflictDoUpdate({ target: reflectionStances.authorId, set: values });
  return (await getMyStance({ tx, userId }))!;
}

/** Whether I could share right now: I have a space and nothing pauses sharing for me. */
export async function canShareNow({ tx, userId }: Options): Promise<boolean> {
  const context = await getCoupleContext({ tx, userId });
  return context ? isSharingOpen(tx, context.coupleId) : false;
}

import { and, desc, eq } from 'drizzle-orm';
import { people } from '../../platform/db/core.tables.server.ts';
import { getCoupleContext } from '../../platform/db/couple-context.ts';
import type { Tx } from '../../platform/db/database.ts';
import type { PartnerReflection } from './reflection.schema.ts';
import { reflectionPatterns, reflectionStances } from './reflection.tables.server.ts';

/**
 * What my partner shared with me: the latest shared result per pattern, and their stance if
 * shared. Nothing else is read, so this answer is the same whether they have 0 or 100 private
 * results. Row-level security enforces the same thing underneath.
 */
export async function getPartnerReflection({
  tx,
  userId,
}: {
  tx: Tx;
  userId: string;
}): Promise<PartnerReflection> {
  const context = await getCoupleContext({ tx, userId });
  if (!context?.partnerId) return { partner: null, patterns: [], stance: null };
  const { coupleId, partnerId } = context;
  const [partner] = await tx
    .select({ displayName: people.displayName })
    .from(people)
    .where(eq(people.id, partnerId));
  const rows = await tx
    .selectDistinctOn([reflectionPatterns.pattern], {
      pattern: reflectionPatterns.pattern,
      level: reflectionPatterns.level,
      takenAt: reflectionPatterns.takenAt,
      note: reflectionPatterns.note,
      noteShared: reflectionPatterns.noteShared,
    })
    .from(reflectionPatterns)
    .where(
      and(
        eq(reflectionPatterns.authorId, partnerId),
        eq(reflectionPatterns.coupleId, coupleId),
        eq(reflectionPatterns.visibility, 'shared'),
      ),
    )
    .orderBy(reflectionPatterns.pattern, desc(reflectionPatterns.takenAt));
  const [stance] = await tx
    .select({ stance: reflectionStances.stance })
    .from(reflectionStances)
    .where(
      and(
        eq(reflectionStances.authorId, partnerId),
        eq(reflectionStances.coupleId, coupleId),
        eq(reflectionStances.visibility, 'shared'),
      ),
    );
  const order = ['insecurity', 'distance', 'secrecy', 'infidelity'];
  return {
    partner: partner ? { displayName: partner.displayName } : null,
    patterns: rows
      .map((r) => ({
        pattern: r.pattern,
        level: r.level,
        takenAt: r.takenAt.toISOString(),
        note: r.noteShared ? r.note : null,
      }))
      .sort((a, b) => order.indexOf(a.pattern) - order.indexOf(b.pattern)),
    stance: stance?.stance ?? null,
  };
}

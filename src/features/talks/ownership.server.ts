import { randomUUID } from 'node:crypto';
import { aliasedTable, and, asc, desc, eq, inArray, or, sql } from 'drizzle-orm';
import { ownership as words } from '../../content/ownership.ts';
import { people } from '../../platform/db/core.tables.server.ts';
import { requireCouple, requireSharingOpen } from '../../platform/db/couple-context.ts';
import type { Tx } from '../../platform/db/database.ts';
import { keyText, olderThan, pageOf, PAGE_SIZE, type Position } from '../../platform/db/keyset.ts';
import { isUniqueViolation } from '../../platform/db/errors.ts';
import { AppError, notFound } from '../../platform/server/errors.ts';
import type { AnswerInput, Statement, StatementInput } from './talks.schema.ts';
import { ownershipAnswers, ownershipStatements, ownershipVersions } from './talks.tables.server.ts';

const statementNotFound = () => notFound("We couldn't find that statement.");
const author = aliasedTable(people, 'statement_author');
const recipient = aliasedTable(people, 'statement_recipient');

const mineOrToMe = (userId: string) =>
  or(eq(ownershipStatements.authorId, userId), eq(ownershipStatements.recipientId, userId));

export async function getStatement({
  tx,
  userId,
  id,
}: {
  tx: Tx;
  userId: string;
  id: string;
}): Promise<Statement> {
  const [row] = await tx
    .select({
      s: ownershipStatements,
      authorName: author.displayName,
      recipientName: recipient.displayName,
    })
    .from(ownershipStatements)
    .leftJoin(author, eq(author.id, ownershipStatements.authorId))
    .leftJoin(recipient, eq(recipient.id, ownershipStatements.recipientId))
    .where(and(eq(ownershipStatements.id, id), mineOrToMe(userId)));
  if (!row) throw statementNotFound();
  const versions = await tx
    .select()
    .from(ownershipVersions)
    .where(eq(ownershipVersions.statementId, id))
    .orderBy(asc(ownershipVersions.number));
  const answers = versions.length
    ? await tx
        .select()
        .from(ownershipAnswers)
        .where(
          inArray(
            ownershipAnswers.versionId,
            versions.map((v) => v.id),
          ),
        )
    : [];
  return {
    id: row.s.id,
    isMine: row.s.authorId === userId,
    authorName: row.authorName ?? '',
    recipientName: row.recipientName ?? '',
    createdAt: row.s.createdAt.toISOString(),
    versions: versions.map((v) => {
      const answer = answers.find((a) => a.versionId === v.id);
      return {
        id: v.id,
        number: v.number,
        whatIDid: v.whatIDid,
        howItHurt: v.howItHurt,
        whatIWillDo: v.whatIWillDo,
        createdAt: v.createdAt.toISOString(),
        answer: answer
          ? {
              landed: answer.landed,
              missing: answer.missing,
              createdAt: answer.createdAt.toISOString(),
            }
          : null,
      };
    }),
  };
}

export async function listStatements(options: {
  tx: Tx;
  userId: string;
  before?: Position | undefined;
  limit?: number;
}) {
  return (await selectStatements({ limit: 200, ...options })).map((r) => r.summary);
}

/** One page of the statements I wrote or that were written to me, newest first (decision 112). */
export async function statementsPage(options: {
  tx: Tx;
  userId: string;
  before?: Position | undefined;
}) {
  const rows = await selectStatements({ ...options, limit: PAGE_SIZE + 1 });
  const page = pageOf(rows, PAGE_SIZE, (r) => ({ at: r.key, id: r.summary.id }));
  return { statements: page.items.map((r) => r.summary), next: page.next };
}

async function selectStatements(options: {
  tx: Tx;
  userId: string;
  before?: Position | undefined;
  limit: number;
}) {
  const { tx, userId, before, limit } = options;
  const rows = await tx
    .select({
      key: keyText(ownershipStatements.createdAt),
      s: ownershipStatements,
      authorName: author.displayName,
      latest:
        sql<number>`(select max(v.number) from ownership_versions v where v.statement_id = ${ownershipStatements.id})`.mapWith(
          Number,
        ),
      latestAnswered: sql<boolean>`exists (select 1 from ownership_answers a join ownership_versions v on v.id = a.version_id
        where v.statement_id = ${ownershipStatements.id}
          and v.number = (select max(v2.number) from ownership_versions v2 where v2.statement_id = ${ownershipStatements.id}))`,
    })
    .from(ownershipStatements)
    .leftJoin(author, eq(author.id, ownershipStatements.authorId))
    .where(
      and(
        mineOrToMe(userId),
        olderThan(ownershipStatements.createdAt, ownershipStatements.id, before),
      ),
    )
    .orderBy(desc(ownershipStatements.createdAt), desc(ownershipStatements.id))
    .limit(limit);
  return rows.map((r) => ({
    key: r.key,
    summary: {
      id: r.s.id,
      isMine: r.s.authorId === userId,
      authorName: r.authorName ?? '',
      latestVersion: r.latest,
      awaitsMyAnswer: r.s.recipientId === userId && !r.latestAnswered,
      createdAt: r.s.createdAt.toISOString(),
    },
  }));
}

export async function createStatement({
  tx,
  userId,
  input,
}: {
  tx: Tx;
  userId: string;
  input: StatementInput;
}) {
  const { coupleId, partnerId } = await requireCouple({ tx, userId });
  if (!partnerId) throw new AppError('conflict', words.noPartner, { reason: 'no_partner' });
  await requireSharingOpen(tx, coupleId);
  const id = randomUUID();
  await tx
    .insert(ownershipStatements)
    .values({ id, coupleId, authorId: userId, recipientId: partnerId });
  await tx
    .insert(ownershipVersions)
    .values({ statementId: id, coupleId, authorId: userId, number: 1, ...input });
  return getStatement({ tx, userId, id });
}

/** A new version beside the earlier ones; nothing is overwritten. */
export async function addStatementVersion(options: {
  tx: Tx;
  userId: string;
  id: string;
  input: StatementInput;
}) {
  const { tx, userId, id, input } = options;
  const [row] = await tx
    .select({ coupleId: ownershipStatements.coupleId })
    .from(ownershipStatements)
    .where(and(eq(ownershipStatements.id, id), eq(ownershipStatements.authorId, userId)));
  if (!row) throw statementNotFound();
  await requireSharingOpen(tx, row.coupleId);
  const [last] = await tx
    .select({ number: sql<number>`coalesce(max(${ownershipVersions.number}), 0)`.mapWith(Number) })
    .from(ownershipVersions)
    .where(eq(ownershipVersions.statementId, id));
  try {
    await tx.insert(ownershipVersions).values({
      statementId: id,
      coupleId: row.coupleId,
      authorId: userId,
      number: (last?.number ?? 0) + 1,
      ...input,
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError(
        'conflict',
        'Another version was saved at the same moment. Reload and try again.',
        { reason: 'stale_version' },
      );
    }
    throw error;
  }
  return getStatement({ tx, userId, id });
}

/** The partner answers one version: what landed, what is still missing. */
export async function answerStatement(options: {
  tx: Tx;
  userId: string;
  id: string;
  input: AnswerInput;
}) {
  const { tx, userId, id, input } = options;
  const [row] = await tx
    .select({ coupleId: ownershipStatements.coupleId, versionId: ownershipVersions.id })
    .from(ownershipStatements)
    .innerJoin(ownershipVersions, eq(ownershipVersions.statementId, ownershipStatements.id))
    .where(
      and(
        eq(ownershipStatements.id, id),
        eq(ownershipStatements.recipientId, userId),
        eq(ownershipVersions.id, input.versionId),
      ),
    );
  if (!row) throw statementNotFound();
  await requireSharingOpen(tx, row.coupleId);
  try {
    await tx.insert(ownershipAnswers).values({
      versionId: row.versionId,
      statementId: id,
      coupleId: row.coupleId,
      authorId: userId,
      landed: input.landed,
      missing: input.missing,
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError('conflict', 'You have already answered this version.', {
        reason: 'already_answered',
      });
    }
    throw error;
  }
  return getStatement({ tx, userId, id });
}

export async function exportStatements({ tx, userId }: { tx: Tx; userId: string }) {
  const list = await listStatements({ tx, userId, limit: 1_000_000 });
  const all: Statement[] = [];
  for (const s of list) all.push(await getStatement({ tx, userId, id: s.id }));
  return all;
}

/**
 * The answers I gave to statements I can no longer read (the space closed): they are my words,
 * so they stay in my export, without the statement they answered.
 */
export async function exportAnswersElsewhere({ tx, userId }: { tx: Tx; userId: string }) {
  const seen = new Set((await listStatements({ tx, userId, limit: 1_000_000 })).map((s) => s.id));
  const mine = await tx
    .select()
    .from(ownershipAnswers)
    .where(eq(ownershipAnswers.authorId, userId))
    .orderBy(asc(ownershipAnswers.createdAt));
  return mine
    .filter((a) => !seen.has(a.statementId))
    .map((a) => ({ landed: a.landed, missing: a.missing, at: a.createdAt.toISOString() }));
}

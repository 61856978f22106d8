import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm';
import { notices as words } from '../../content/data-rights.ts';
import { coupleNotices } from '../../platform/db/couple-notices.tables.server.ts';
import type { Tx } from '../../platform/db/database.ts';
import type { WaitingPart } from '../../platform/server/build-server.ts';
import { notFound } from '../../platform/server/errors.ts';
import type { Notice } from './data-rights.schema.ts';

interface Options {
  tx: Tx;
  userId: string;
}

/** Notices for me that I haven't put away: plain words, no reasons. */
export async function listNotices({ tx, userId }: Options): Promise<Notice[]> {
  const rows = await tx
    .select()
    .from(coupleNotices)
    .where(and(eq(coupleNotices.personId, userId), isNull(coupleNotices.dismissedAt)))
    .orderBy(asc(coupleNotices.createdAt));
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    message: words[row.kind],
    at: row.createdAt.toISOString(),
  }));
}

export async function dismissNotice({
  tx,
  userId,
  noticeId,
}: Options & { noticeId: string }): Promise<void> {
  const done = await tx
    .update(coupleNotices)
    .set({ dismissedAt: sql`now()` })
    .where(
      and(
        eq(coupleNotices.id, noticeId),
        eq(coupleNotices.personId, userId),
        isNull(coupleNotices.dismissedAt),
      ),
    )
    .returning({ id: coupleNotices.id });
  if (done.length === 0) throw notFound("That notice doesn't exist.");
}

export async function exportNotices({ tx, userId }: Options) {
  const rows = await tx
    .select()
    .from(coupleNotices)
    .where(eq(coupleNotices.personId, userId))
    .orderBy(desc(coupleNotices.createdAt));
  return rows.map((row) => ({ message: words[row.kind], at: row.createdAt.toISOString() }));
}

/** Today's part (decision 111): my notices not put away; the words come from src/content. */
export const noticesWaitingPart: WaitingPart = {
  sql: (userId) =>
    sql`select 'notice' as kind, n.id as ref, n.created_at as at, json_build_object('kind', n.kind) as data
      from ${coupleNotices} n where n.person_id = ${userId} and n.dismissed_at is null`,
  read: (rows) =>
    rows.map((row) => {
      const { kind } = row.data as { kind: Notice['kind'] };
      return {
        id: row.ref!,
        kind: 'notice',
        title: kind === 'partner_left' ? words.partner_left : words.partner_deleted,
        href: '/space',
        at: row.at!,
      };
    }),
};

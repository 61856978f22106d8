import { remind } from '../../platform/reminders/remind.server.ts';
import { randomUUID } from 'node:crypto';
import { aliasedTable, and, asc, desc, eq, lte, or, sql, type SQL } from 'drizzle-orm';
import { people } from '../../platform/db/core.tables.server.ts';
import { requireCouple, requireSharingOpen } from '../../platform/db/couple-context.ts';
import type { Tx } from '../../platform/db/database.ts';
import { keyText, olderThan, pageOf, PAGE_SIZE, type Position } from '../../platform/db/keyset.ts';
import type { WaitingPart } from '../../platform/server/build-server.ts';
import { AppError, notFound } from '../../platform/server/errors.ts';
import { letters as words } from '../../content/letters.ts';
import type { Letter, LetterInput, LetterUpdate, LetterWithReplies } from './letters.schema.ts';
import { letterReads, letters } from './letters.tables.server.ts';

// The read rule, written once more in code beside the policy: mine, or to me and delivered.
const delivered = (): SQL => and(eq(letters.status, 'sent'), lte(letters.deliverAt, sql`now()`))!;
const readableBy = (userId: string): SQL =>
  or(eq(letters.authorId, userId), and(eq(letters.recipientId, userId), delivered()))!;

const letterNotFound = () => notFound("We couldn't find that letter.");
const MAX_AHEAD_MS = 366 * 86_400_000;

const author = aliasedTable(people, 'letter_author');
const recipient = aliasedTable(people, 'letter_recipient');

function selectLetters(tx: Tx, userId: string) {
  return tx
    .select({
      letter: letters,
      fromName: author.displayName,
      toName: recipient.displayName,
      readAt: letterReads.readAt,
      now: sql<Date>`now()`.mapWith((v: string | Date) => new Date(v)),
    })
    .from(letters)
    .leftJoin(author, eq(author.id, letters.authorId))
    .leftJoin(recipient, eq(recipient.id, letters.recipientId))
    .leftJoin(
      letterReads,
      and(eq(letterReads.letterId, letters.id), eq(letterReads.personId, userId)),
    );
}

type Selected = Awaited<ReturnType<ReturnType<typeof selectLetters>['where']>>[number];

function toLetter(row: Selected, userId: string): Letter {
  const l = row.letter;
  const isMine = l.authorId === userId;
  const state =
    l.status === 'draft'
      ? 'draft'
      : l.deliverAt && l.deliverAt > row.now
        ? 'scheduled'
        : 'delivered';
  return {
    id: l.id,
    isMine,
    fromName: row.fromName ?? '',
    toName: row.toName ?? '',
    promptId: l.promptId,
    body: l.body,
    state,
    deliverAt: l.deliverAt?.toISOString() ?? null,
    createdAt: l.createdAt.toISOString(),
    updatedAt: l.updatedAt.toISOString(),
    replyToId: l.replyToId,
    isNew: !isMine && row.readAt === null,
  };
}

/** When the letter arrives, from the person's choice; a 400 for a time that makes no sense. */
function deliveryFor(input: { send: 'draft' | 'now' | 'later'; deliverAt?: string | undefined }) {
  if (input.send === 'draft') return { status: 'draft' as const, deliverAt: null };
  // The database's own clock, the same one the read policy compares with.
  if (input.send === 'now') return { status: 'sent' as const, deliverAt: sql`now()` };
  const at = input.deliverAt ? new Date(input.deliverAt) : null;
  const problem = !at
    ? 'Choose a day and a time.'
    : at.getTime() <= Date.now()
      ? 'Choose a time that is still to come.'
      : at.getTime() > Date.now() + MAX_AHEAD_MS
        ? 'Choose a time within the next year.'
        : null;
  if (problem || !at)
    throw new AppError('bad_request', problem ?? 'Choose a day and a time.', {
      fields: { deliverAt: problem ?? '' },
    });
  return { status: 'sent' as const, deliverAt: at };
}

/** Where a letter sits in the list: when it arrives (or arrived), else when it was last changed. */
const listKey = sql`coalesce(${letters.deliverAt}, ${letters.updatedAt})`;

async function selectLetterRows(options: {
  tx: Tx;
  userId: string;
  before?: Position | undefined;
  limit: number;
}) {
  const { tx, userId, before, limit } = options;
  return tx
    .select({
      letter: letters,
      fromName: author.displayName,
      toName: recipient.displayName,
      readAt: letterReads.readAt,
      now: sql<Date>`now()`.mapWith((v: string | Date) => new Date(v)),
      key: keyText(listKey),
    })
    .from(letters)
    .leftJoin(author, eq(author.id, letters.authorId))
    .leftJoin(recipient, eq(recipient.id, letters.recipientId))
    .leftJoin(
      letterReads,
      and(eq(letterReads.letterId, letters.id), eq(letterReads.personId, userId)),
    )
    .where(and(readableBy(userId), olderThan(listKey, letters.id, before)))
    .orderBy(desc(listKey), desc(letters.id))
    .limit(limit);
}

const split = (all: Letter[]) => ({
  received: all.filter((l) => !l.isMine),
  written: all.filter((l) => l.isMine),
});

export async function listLetters(options: { tx: Tx; userId: string; limit?: number }) {
  const rows = await selectLetterRows({ limit: 500, ...options });
  return split(rows.map((r) => toLetter(r, options.userId)));
}

/**
 * One page of letters, newest first: the page is cut from both lists together, so after each
 * "show older" both reach back to the same point in time (decision 112).
 */
export async function lettersPage(options: {
  tx: Tx;
  userId: string;
  before?: Position | undefined;
}) {
  const rows = await selectLetterRows({ ...options, limit: PAGE_SIZE + 1 });
  const page = pageOf(rows, PAGE_SIZE, (r) => ({ at: r.key, id: r.letter.id }));
  return { ...split(page.items.map((r) => toLetter(r, options.userId))), next: page.next };
}

export async function getLetter({
  tx,
  userId,
  id,
}: {
  tx: Tx;
  userId: string;
  id: string;
}): Promise<LetterWithReplies> {
  const [row] = await selectLetters(tx, userId).where(and(eq(letters.id, id), readableBy(userId)));
  if (!row) throw letterNotFound();
  const replies = await selectLetters(tx, userId)
    .where(and(eq(letters.replyToId, id), readableBy(userId)))
    .orderBy(asc(letters.createdAt));
  return { ...toLetter(row, userId), replies: replies.map((r) => toLetter(r, userId)) };
}

export async function createLetter({
  tx,
  userId,
  input,
}: {
  tx: Tx;
  userId: string;
  input: LetterInput;
}) {
  const { coupleId, partnerId } = await requireCouple({ tx, userId });
  if (!partnerId) {
    throw new AppError(
      'conflict',
      'Letters go to your partner. Once they have joined your space, you can write to them here.',
      {
        reason: 'no_partner',
      },
    );
  }
  const delivery = deliveryFor(input);
  if (delivery.status === 'sent') await requireSharingOpen(tx, coupleId);
  if (input.replyToId) {
    // Only a letter delivered to me can be answered.
    const [original] = await tx
      .select({ id: letters.id })
      .from(letters)
      .where(and(eq(letters.id, input.replyToId), eq(letters.recipientId, userId), delivered()));
    if (!original) throw letterNotFound();
  }
  const id = randomUUID();
  await tx.insert(letters).values({
    id,
    coupleId,
    authorId: userId,
    recipientId: partnerId,
    replyToId: input.replyToId ?? null,
    promptId: input.promptId ?? null,
    body: input.body,
    ...delivery,
  });
  if (input.send === 'now') await remind(tx, { personId: partnerId, kind: 'letter' });
  return getLetter({ tx, userId, id });
}

/** The author changes, sends, reschedules or takes back a letter, until it is delivered. */
export async function updateLetter(options: {
  tx: Tx;
  userId: string;
  id: string;
  input: LetterUpdate;
}) {
  const { tx, userId, id, input } = options;
  const delivery = deliveryFor(input);
  const [current] = await tx
    .select({ coupleId: letters.coupleId, recipientId: letters.recipientId })
    .from(letters)
    .where(
      and(
        eq(letters.id, id),
        eq(letters.authorId, userId),
        or(eq(letters.status, 'draft'), sql`${letters.deliverAt} > now()`),
      ),
    );
  if (!current) throw letterNotFound();
  if (delivery.status === 'sent') await requireSharingOpen(tx, current.coupleId);
  await tx
    .update(letters)
    .set({
      body: input.body,
      ...(input.promptId !== undefined ? { promptId: input.promptId } : {}),
      ...delivery,
      updatedAt: sql`now()`, // the clock deliver_at is set by (a letter sent now is not swept again)
    })
    .where(and(eq(letters.id, id), eq(letters.authorId, userId)));
  if (input.send === 'now') await remind(tx, { personId: current.recipientId, kind: 'letter' });
  return getLetter({ tx, userId, id });
}

export async function deleteLetter({
  tx,
  userId,
  id,
}: {
  tx: Tx;
  userId: string;
  id: string;
}): Promise<void> {
  const gone = await tx
    .delete(letters)
    .where(
      and(
        eq(letters.id, id),
        eq(letters.authorId, userId),
        or(eq(letters.status, 'draft'), sql`${letters.deliverAt} > now()`),
      ),
    )
    .returning({ id: letters.id });
  if (gone.length === 0) throw letterNotFound();
}

/** I opened a letter sent to me. Only I can ever see that. */
export async function markLetterRead({
  tx,
  userId,
  id,
}: {
  tx: Tx;
  userId: string;
  id: string;
}): Promise<void> {
  const [row] = await tx
    .select({ id: letters.id })
    .from(letters)
    .where(and(eq(letters.id, id), eq(letters.recipientId, userId), delivered()));
  if (!row) throw letterNotFound();
  await tx.insert(letterReads).values({ letterId: id, personId: userId }).onConflictDoNothing();
}

/** Delivered letters to me that I have not opened yet. */
/** Today's part (decision 111): letters delivered to me that I haven't opened, newest 20. */
export const lettersWaitingPart: WaitingPart = {
  sql: (userId) =>
    sql`select 'letter' as kind, ${letters.id} as ref, ${letters.deliverAt} as at, null as data
      from ${letters}
      where ${letters.recipientId} = ${userId} and ${delivered()}
        and not exists (select 1 from ${letterReads} r where r.letter_id = ${letters.id} and r.person_id = ${userId})
      order by ${letters.deliverAt} desc limit 20`,
  read: (rows) =>
    rows.map((row) => ({
      id: row.ref!,
      kind: 'letter',
      title: words.waitingTitle,
      href: `/letters/${row.ref!}`,
      ...(row.at ? { at: row.at } : {}),
    })),
};

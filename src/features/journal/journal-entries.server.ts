import { randomUUID } from 'node:crypto';
import { and, desc, eq, ilike } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.ts';
import { keyText, olderThan, pageOf, PAGE_SIZE, type Position } from '../../platform/db/keyset.ts';
import { notFound } from '../../platform/server/errors.ts';
import type { JournalEntry, JournalInput } from './journal.schema.ts';
import { journalEntries } from './journal.tables.server.ts';

// Every query names author_id = me as well: RLS is the second lock, not the only one.

type Row = typeof journalEntries.$inferSelect;
const entryNotFound = () => notFound("We couldn't find that entry.");

function toEntry(row: Row): JournalEntry {
  return {
    id: row.id,
    promptId: row.promptId,
    body: row.body,
    emotions: [...new Set(row.emotions)],
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** `%` and `_` typed by a person are literal characters, not wildcards. */
function likePattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function selectEntries(options: {
  tx: Tx;
  userId: string;
  q?: string | undefined;
  before?: Position | undefined;
  limit: number;
}) {
  const { tx, userId, q, before, limit } = options;
  const mine = eq(journalEntries.authorId, userId);
  return tx
    .select({ row: journalEntries, key: keyText(journalEntries.createdAt) })
    .from(journalEntries)
    .where(
      and(
        mine,
        q ? ilike(journalEntries.body, likePattern(q)) : undefined,
        olderThan(journalEntries.createdAt, journalEntries.id, before),
      ),
    )
    .orderBy(desc(journalEntries.createdAt), desc(journalEntries.id))
    .limit(limit);
}

export async function listJournalEntries(options: {
  tx: Tx;
  userId: string;
  q?: string;
  limit?: number;
}): Promise<JournalEntry[]> {
  const { tx, userId, q, limit = 200 } = options;
  const rows = await selectEntries({ tx, userId, q, limit });
  return rows.map((r) => toEntry(r.row));
}

/** One page of my entries, newest first, older than `before` (decision 112). */
export async function journalPage(options: {
  tx: Tx;
  userId: string;
  before?: Position | undefined;
}): Promise<{ entries: JournalEntry[]; next: string | null }> {
  const rows = await selectEntries({ ...options, limit: PAGE_SIZE + 1 });
  const page = pageOf(rows, PAGE_SIZE, (r) => ({ at: r.key, id: r.row.id }));
  return { entries: page.items.map((r) => toEntry(r.row)), next: page.next };
}

export async function getJournalEntry({
  tx,
  userId,
  id,
}: {
  tx: Tx;
  userId: string;
  id: string;
}): Promise<JournalEntry> {
  const [row] = await tx
    .select()
    .from(journalEntries)
    .where(and(eq(journalEntries.id, id), eq(journalEntries.authorId, userId)));
  if (!row) throw entryNotFound();
  return toEntry(row);
}

export async function createJournalEntry({
  tx,
  userId,
  input,
}: {
  tx: Tx;
  userId: string;
  input: JournalInput;
}) {
  // The entry as written, in the same statement (its author always reads it back).
  const [row] = await tx
    .insert(journalEntries)
    .values({
      id: randomUUID(),
      authorId: userId,
      body: input.body,
      promptId: input.promptId ?? null,
      emotions: [...new Set(input.emotions ?? [])],
    })
    .returning();
  return toEntry(row!);
}

export async function updateJournalEntry(options: {
  tx: Tx;
  userId: string;
  id: string;
  input: JournalInput;
}) {
  const { tx, userId, id, input } = options;
  const changed = await tx
    .update(journalEntries)
    .set({
      body: input.body,
      ...(input.promptId !== undefined ? { promptId: input.promptId } : {}),
      ...(input.emotions !== undefined ? { emotions: [...new Set(input.emotions)] } : {}),
      updatedAt: new Date(),
    })
    .where(and(eq(journalEntries.id, id), eq(journalEntries.authorId, userId)))
    .returning({ id: journalEntries.id });
  if (changed.length === 0) throw entryNotFound();
  return getJournalEntry({ tx, userId, id });
}

export async function deleteJournalEntry({
  tx,
  userId,
  id,
}: {
  tx: Tx;
  userId: string;
  id: string;
}): Promise<void> {
  const gone = await tx
    .delete(journalEntries)
    .where(and(eq(journalEntries.id, id), eq(journalEntries.authorId, userId)))
    .returning({ id: journalEntries.id });
  if (gone.length === 0) throw entryNotFound();
}

import { randomUUID } from 'node:crypto';
import { and, desc, eq } from 'drizzle-orm';
import { patternIds, scorePattern } from '../../content/patterns.ts';
import type { Tx } from '../../platform/db/database.ts';
import { notFound } from '../../platform/server/errors.ts';
import type { Take, TakeInput } from './reflection.schema.ts';
import { reflectionPatterns } from './reflection.tables.server.ts';

interface Options {
  tx: Tx;
  userId: string;
}

export const reflectionNotFound = () => notFound("We couldn't find that reflection.");

type Row = typeof reflectionPatterns.$inferSelect;

export function toTakes(rows: Row[]): Take[] {
  const byTake = new Map<string, Take>();
  for (const row of rows) {
    let entry = byTake.get(row.takeId);
    if (!entry) {
      entry = { id: row.takeId, takenAt: row.takenAt.toISOString(), patterns: [] };
      byTake.set(row.takeId, entry);
    }
    entry.patterns.push({
      pattern: row.pattern,
      level: row.level,
      score: row.score,
      answers: row.answers,
      note: row.note,
      shared: row.visibility === 'shared',
      noteShared: row.noteShared,
    });
  }
  for (const entry of byTake.values()) {
    entry.patterns.sort((a, b) => patternIds.indexOf(a.pattern) - patternIds.indexOf(b.pattern));
  }
  return [...byTake.values()];
}

/** Records one private take of the reflection: four patterns, scored. Nothing is shared. */
export async function takeReflection({
  tx,
  userId,
  input,
}: Options & { input: TakeInput }): Promise<Take> {
  const takeId = randomUUID();
  const takenAt = new Date();
  const rows = patternIds.map((pattern) => {
    const answers = input.answers[pattern];
    const { score, level } = scorePattern(answers);
    const note = input.notes?.[pattern]?.trim() || null;
    return { takeId, authorId: userId, pattern, answers, score, level, note, takenAt };
  });
  await tx.insert(reflectionPatterns).values(rows);
  return (await getTake({ tx, userId, takeId }))!;
}

export async function getTake({
  tx,
  userId,
  takeId,
}: Options & { takeId: string }): Promise<Take | null> {
  const rows = await tx
    .select()
    .from(reflectionPatterns)
    .where(and(eq(reflectionPatterns.takeId, takeId), eq(reflectionPatterns.authorId, userId)));
  return toTakes(rows)[0] ?? null;
}

/** My takes, newest first. */
export async function listMyTakes({ tx, userId }: Options): Promise<Take[]> {
  const rows = await tx
    .select()
    .from(reflectionPatterns)
    .where(eq(reflectionPatterns.authorId, userId))
    .orderBy(desc(reflectionPatterns.takenAt));
  return toTakes(rows);
}

export async function deleteTake({
  tx,
  userId,
  takeId,
}: Options & { takeId: string }): Promise<void> {
  const deleted = await tx
    .delete(reflectionPatterns)
    .where(and(eq(reflectionPatterns.takeId, takeId), eq(reflectionPatterns.authorId, userId)))
    .returning({ id: reflectionPatterns.id });
  if (deleted.length === 0) throw reflectionNotFound();
}

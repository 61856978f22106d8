import { and, eq, sql } from 'drizzle-orm';
import { memoryIdeaById } from '../../content/memories/ideas.ts';
import { memories as words } from '../../content/memories/words.ts';
import {
  recordEvent,
  requireCouple,
  requireSharingOpen,
} from '../../platform/db/couple-context.ts';
import { queryRows, type Tx } from '../../platform/db/database.ts';
import {
  guidanceInputsSql,
  readGuidanceInputs,
  type GuidanceInputs,
} from '../../platform/db/guidance.ts';
import { encodeCursor, keyText, PAGE_SIZE, type Position } from '../../platform/db/keyset.ts';
import { timelineEvents } from '../../platform/db/shared.tables.server.ts';
import type { WaitingPart } from '../../platform/server/build-server.ts';
import { AppError, notFound } from '../../platform/server/errors.ts';
import { localDaySql } from '../../platform/time/days-sql.server.ts';
import type {
  LineInput,
  Memory,
  MemoryInput,
  MemoryList,
  PhotoInput,
  SuggestInput,
} from './memories.schema.ts';
import { memories, memoryLines, memoryPhotos } from './memories.tables.server.ts';
import { reencodePhoto } from './photo.server.ts';

interface Options {
  tx: Tx;
  userId: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const iso = (v: string | Date): string => new Date(v).toISOString();
const json = <T>(v: T | string): T => (typeof v === 'string' ? (JSON.parse(v) as T) : v);

interface MemoryRow {
  id: string;
  title: string;
  idea_id: string | null;
  day: string | null;
  starts_at: string | null;
  status: 'proposed' | 'confirmed';
  created_by: string;
  proposed_by: string | null;
  created_at: string;
  key: string;
  happened: boolean;
  /** Still in a space I share now (so it can be answered or added to). */
  open: boolean;
  mine: string | null;
  partner: string | null;
  photo: { author_id: string; width: number; height: number; created_at: string } | null;
}

/**
 * Every memory read goes through this select: the memory, its two lines, its photo's size (never
 * its bytes) and whether its day has come, in the reader's own time zone for a whole day.
 */
const memorySelect = (where: ReturnType<typeof sql>, limit: number | null) => sql`
  select coalesce(json_agg(x order by x.created_at desc, x.id desc), '[]'::json) from (
    select m.id, m.title, m.idea_id, m.day::text as day, m.starts_at, m.status, m.created_by,
           m.proposed_by, m.created_at,
           ${keyText(sql`m.created_at`)} as key,
           (m.status = 'confirmed' and coalesce(m.starts_at <= now(),
              m.day <= ${localDaySql(sql`coalesce((select time_zone from people where id = app_user_id()), 'UTC')`)})) as happened,
           m.couple_id in (select app_my_couple_ids()) as open,
           (select l.text from memory_lines l where l.memory_id = m.id and l.author_id = app_user_id()) as mine,
           (select l.text from memory_lines l where l.memory_id = m.id and l.author_id <> app_user_id() limit 1) as partner,
           (select json_build_object('author_id', p.author_id, 'width', p.width, 'height', p.height, 'created_at', p.created_at)
              from memory_photos p where p.memory_id = m.id) as photo
      from memories m
     where ${where}
     order by m.created_at desc, m.id desc
     limit ${limit}) x`;

function toMemory(r: MemoryRow, userId: string): Memory {
  const proposedBy =
    r.proposed_by === null ? 'nobody' : r.proposed_by === userId ? 'me' : 'partner';
  return {
    id: r.id,
    title: r.title,
    ideaId: r.idea_id,
    on: r.day ?? iso(r.starts_at!),
    allDay: r.day !== null,
    status: r.status,
    plannedByMe: r.created_by === userId,
    proposedBy,
    waitingForMe: r.open && r.status === 'proposed' && proposedBy === 'partner',
    happened: r.happened,
    lines: { mine: r.mine, partner: r.partner },
    photo: r.photo
      ? {
          byMe: r.photo.author_id === userId,
          width: r.photo.width,
          height: r.photo.height,
          addedAt: iso(r.photo.created_at),
        }
      : null,
    createdAt: iso(r.created_at),
  };
}

async function readRows(tx: Tx, where: ReturnType<typeof sql>, limit: number | null) {
  const [row] = await queryRows<{ coalesce: MemoryRow[] | string }>(tx, memorySelect(where, limit));
  return json(row!.coalesce);
}

/** The memories screen in one statement: a page of memories, my partner's name, whether I can share. */
export async function listMemories({
  tx,
  userId,
  before,
  all = false,
}: Options & { before?: Position | undefined; all?: boolean }): Promise<MemoryList> {
  const limit = all ? null : PAGE_SIZE + 1;
  const where = before
    ? sql`(m.created_at, m.id) < (${before.at}::timestamptz, ${before.id}::uuid)`
    : sql`true`;
  const [row] = await queryRows<{
    inputs: GuidanceInputs | string;
    partner_name: string | null;
    list: MemoryRow[] | string;
  }>(
    tx,
    sql`select ${guidanceInputsSql} as inputs,
          (select display_name from people where id in (select app_partner_ids()) limit 1) as partner_name,
          (${memorySelect(where, limit)}) as list`,
  );
  const inputs = readGuidanceInputs(row!.inputs);
  const rows = json(row!.list);
  const page = all ? rows : rows.slice(0, PAGE_SIZE);
  const last = page[page.length - 1];
  return {
    canShare: row!.partner_name !== null && inputs.space && !inputs.paused && !inputs.solo,
    partnerName: row!.partner_name,
    memories: page.map((r) => toMemory(r, userId)),
    next:
      !all && rows.length > PAGE_SIZE && last ? encodeCursor({ at: last.key, id: last.id }) : null,
  };
}

async function readMemoryRow(tx: Tx, id: string): Promise<MemoryRow> {
  const [row] = await readRows(tx, sql`m.id = ${id}`, 1);
  if (!row) throw notFound(words.notFound);
  return row;
}

export async function getMemory({ tx, userId, id }: Options & { id: string }): Promise<Memory> {
  return toMemory(await readMemoryRow(tx, id), userId);
}

/** A memory I may still answer or add to: in a space I share now, with sharing open. */
async function openMemory(tx: Tx, id: string): Promise<MemoryRow & { couple_id: string }> {
  const row = await readMemoryRow(tx, id);
  if (!row.open) throw notFound(words.notFound);
  const [c] = await tx
    .select({ coupleId: memories.coupleId })
    .from(memories)
    .where(eq(memories.id, id));
  await requireSharingOpen(tx, c!.coupleId);
  return { ...row, couple_id: c!.coupleId };
}

const when = (on: string) =>
  DAY.test(on) ? { day: on, startsAt: null } : { day: null, startsAt: new Date(on) };

/** Plan a time together: my partner sees it, and confirms it or suggests another time. */
export async function planMemory({ tx, userId, input }: Options & { input: MemoryInput }) {
  const { coupleId, partnerId } = await requireCouple({ tx, userId });
  if (!partnerId) throw new AppError('conflict', words.needPartner, { reason: 'no_partner' });
  await requireSharingOpen(tx, coupleId);
  const [made] = await tx
    .insert(memories)
    .values({
      coupleId,
      createdBy: userId,
      proposedBy: userId,
      title: input.title,
      ideaId: input.ideaId && memoryIdeaById(input.ideaId) ? input.ideaId : null,
      ...when(input.on),
    })
    .returning({ id: memories.id });
  // A mark on the timeline, never with the title: a title may be private in a calendar or a chart.
  await recordEvent(tx, {
    coupleId,
    authorId: userId,
    kind: 'memory.planned',
    label: words.timelinePlanned,
    refId: made!.id,
  });
  return getMemory({ tx, userId, id: made!.id });
}

/** Yes to the time my partner put forward. */
export async function confirmMemory({ tx, userId, id }: Options & { id: string }) {
  const row = await openMemory(tx, id);
  if (row.status === 'confirmed')
    throw new AppError('conflict', words.alreadyConfirmed, { reason: 'already_confirmed' });
  if (row.proposed_by === userId)
    throw new AppError('conflict', words.notYourTurn, { reason: 'not_your_turn' });
  await tx
    .update(memories)
    .set({ status: 'confirmed', updatedAt: sql`now()` })
    .where(and(eq(memories.id, id), eq(memories.status, 'proposed')));
  return getMemory({ tx, userId, id });
}

/** Another time: it goes back to the other one to confirm. Not once words are kept in it. */
export async function suggestTime({
  tx,
  userId,
  id,
  input,
}: Options & { id: string; input: SuggestInput }) {
  const row = await openMemory(tx, id);
  if (row.mine !== null || row.partner !== null || row.photo !== null)
    throw new AppError('conflict', words.alreadyRemembered, { reason: 'already_remembered' });
  if (row.status === 'proposed' && row.proposed_by === userId)
    throw new AppError('conflict', words.notYourTurn, { reason: 'not_your_turn' });
  await tx
    .update(memories)
    .set({ status: 'proposed', proposedBy: userId, updatedAt: sql`now()`, ...when(input.on) })
    .where(eq(memories.id, id));
  return getMemory({ tx, userId, id });
}

async function requireHappened(row: MemoryRow) {
  if (!row.happened) throw new AppError('conflict', words.notYet, { reason: 'not_yet' });
}

/** My one line of what I will keep; only mine to write or change. */
export async function keepLine({
  tx,
  userId,
  id,
  input,
}: Options & { id: string; input: LineInput }) {
  const row = await openMemory(tx, id);
  await requireHappened(row);
  const first = row.mine === null;
  await tx
    .insert(memoryLines)
    .values({ memoryId: id, authorId: userId, coupleId: row.couple_id, text: input.text })
    .onConflictDoUpdate({
      target: [memoryLines.memoryId, memoryLines.authorId],
      set: { text: input.text, updatedAt: sql`now()` },
    });
  if (first) {
    // My own mark that the time together happened, on its day; never with any words.
    await recordEvent(tx, {
      coupleId: row.couple_id,
      authorId: userId,
      kind: 'memory.happened',
      label: words.timelineHappened,
      refId: id,
      occurredAt: row.starts_at ? new Date(row.starts_at) : new Date(`${row.day}T12:00:00Z`),
    });
  }
  return getMemory({ tx, userId, id });
}

/** One photo per memory: re-encoded (no metadata survives) and kept in the database. */
export async function addPhoto({
  tx,
  userId,
  id,
  input,
}: Options & { id: string; input: PhotoInput }) {
  const row = await openMemory(tx, id);
  await requireHappened(row);
  if (row.photo && row.photo.author_id !== userId)
    throw new AppError('conflict', words.photoBusy, { reason: 'photo_taken' });
  const photo = await reencodePhoto(input.image);
  if (row.photo) await tx.delete(memoryPhotos).where(eq(memoryPhotos.memoryId, id));
  // The bytes travel as base64 text and are decoded by PostgreSQL: the same on both engines.
  await tx.execute(
    sql`insert into memory_photos (memory_id, author_id, couple_id, mime, width, height, bytes)
        values (${id}, ${userId}, ${row.couple_id}, 'image/jpeg', ${photo.width}, ${photo.height},
                decode(${photo.bytes.toString('base64')}, 'base64'))`,
  );
  return getMemory({ tx, userId, id });
}

export async function removePhoto({ tx, userId, id }: Options & { id: string }) {
  const row = await openMemory(tx, id);
  if (!row.photo) throw new AppError('conflict', words.photoNone, { reason: 'no_photo' });
  if (row.photo.author_id !== userId)
    throw new AppError('forbidden', words.photoNotYours, { reason: 'not_your_photo' });
  await tx.delete(memoryPhotos).where(eq(memoryPhotos.memoryId, id));
  return getMemory({ tx, userId, id });
}

/** The photo's bytes, for the two only (row-level security decides who reads the row). */
export async function readPhoto({ tx, id }: { tx: Tx; id: string }) {
  const [row] = await queryRows<{ mime: string; data: string }>(
    tx,
    sql`select mime, encode(bytes, 'base64') as data from memory_photos where memory_id = ${id}`,
  );
  if (!row) throw notFound(words.notFound);
  return { mime: row.mime, bytes: Buffer.from(row.data, 'base64') };
}

/** Called off by its planner, while it holds nothing of my partner's. */
export async function cancelMemory({ tx, userId, id }: Options & { id: string }) {
  const row = await openMemory(tx, id);
  if (row.created_by !== userId)
    throw new AppError('forbidden', words.notPlanner, { reason: 'not_planner' });
  if (row.partner !== null || (row.photo && row.photo.author_id !== userId))
    throw new AppError('conflict', words.holdsPartnersWords, { reason: 'holds_partners_words' });
  await tx
    .delete(timelineEvents)
    .where(and(eq(timelineEvents.refId, id), eq(timelineEvents.authorId, userId)));
  const gone = await tx.delete(memories).where(eq(memories.id, id)).returning({ id: memories.id });
  if (gone.length === 0)
    throw new AppError('conflict', words.holdsPartnersWords, { reason: 'holds_partners_words' });
}

/**
 * Today's part (decision 111): plans my partner put forward that wait for my answer. The title
 * stays out: a Today item only says that something waits.
 */
export const memoriesWaitingPart: WaitingPart = {
  sql: (userId) =>
    sql`select 'memory' as kind, ${memories.id} as ref, ${memories.updatedAt} as at, null as data
      from ${memories}
      where ${memories.status} = 'proposed' and ${memories.proposedBy} <> ${userId}
        and ${memories.coupleId} in (select app_my_couple_ids())
      order by ${memories.updatedAt} desc limit 5`,
  read: (rows) =>
    rows.map((row) => ({
      id: row.ref!,
      kind: 'memory',
      title: words.waitingTitle,
      href: '/memories',
      ...(row.at ? { at: row.at } : {}),
    })),
};

/** For the export: every memory I can read, with both lines and the photo as a data URL. */
export async function exportMemories({ tx, userId }: Options) {
  const list = await listMemories({ tx, userId, all: true });
  const photos = await queryRows<{ memory_id: string; mime: string; data: string }>(
    tx,
    sql`select memory_id, mime, encode(bytes, 'base64') as data from memory_photos`,
  );
  const byId = new Map(
    photos.map((p) => [p.memory_id, `data:${p.mime};base64,${p.data.replace(/\s/g, '')}`]),
  );
  return {
    memories: list.memories.map((m) => ({
      ...m,
      photo: m.photo ? { ...m.photo, dataUrl: byId.get(m.id) ?? null } : null,
    })),
  };
}

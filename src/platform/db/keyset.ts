import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { z } from 'zod';

/**
 * Keyset paging for the lists (decision 112). A page is the newest `size` rows older than a
 * position; the position is the sort key and the row's id, so rows with the same time keep one
 * order. The cursor handed to clients is that position as base64url text and nothing more: it
 * names no person and grants nothing, since row-level security still decides what a read sees.
 */
export interface Position {
  /** The sort key in UTC with microseconds, as PostgreSQL keeps it. */
  at: string;
  id: string;
}

/** How many rows the first read of each list brings, and each "show older" after it. */
export const PAGE_SIZE = 30;

const AT = /^(?!0000)\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const CURSOR_MESSAGE =
  'This place in the list is not one we gave out. Open the list again from the start.';

/** A real instant: the calendar date and time read back the same (no 30 February, no 24:00). */
const realInstant = (at: string): boolean => {
  const read = new Date(at);
  return !Number.isNaN(read.getTime()) && read.toISOString() === `${at.slice(0, 23)}Z`;
};

const position = z.tuple([z.string().regex(AT).refine(realInstant), z.uuid()]);

export function encodeCursor(p: Position): string {
  return Buffer.from(`${p.at} ${p.id}`, 'utf8').toString('base64url');
}

/** `?before=<cursor>`: a cursor this server made, or a 400 that says so. */
export const cursorParam = z
  .string({ error: CURSOR_MESSAGE })
  .max(120, CURSOR_MESSAGE)
  .regex(/^[A-Za-z0-9_-]+$/, CURSOR_MESSAGE)
  .transform((text, ctx): Position => {
    const parsed = position.safeParse(Buffer.from(text, 'base64url').toString('utf8').split(' '));
    if (!parsed.success) {
      ctx.addIssue({ code: 'custom', message: CURSOR_MESSAGE });
      return z.NEVER;
    }
    return { at: parsed.data[0], id: parsed.data[1] };
  });

export const pageQuery = z.strictObject({
  before: cursorParam
    .optional()
    .describe('Where the previous page ended (its `next`); without it, the newest page.'),
});

/** `next` in every paged response: where to go on from, or null when nothing is older. */
export const nextCursor = z
  .string()
  .nullable()
  .describe('Pass as `before` to get the page after this one; null when nothing is older.');

/** The sort key as exact text (UTC, microseconds), for the position of a row. */
export const keyText = (expr: SQLWrapper): SQL<string> =>
  // An instant written out in UTC, not anyone's day (the day rule in eslint.config.js).
  // eslint-disable-next-line no-restricted-syntax
  sql<string>`to_char(${expr} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** Rows strictly after `before` in (key desc, id desc) order; everything without a position. */
export function olderThan(key: SQLWrapper, id: SQLWrapper, before: Position | undefined): SQL {
  return before
    ? sql`(${key}, ${id}) < (${before.at}::timestamptz, ${before.id}::uuid)`
    : sql`true`;
}

/** Cut the `size + 1` rows a read asked for into a page and the cursor after it. */
export function pageOf<T>(
  rows: T[],
  size: number,
  positionOf: (row: T) => Position,
): { items: T[]; next: string | null } {
  if (rows.length <= size) return { items: rows, next: null };
  const items = rows.slice(0, size);
  return { items, next: encodeCursor(positionOf(items[items.length - 1]!)) };
}

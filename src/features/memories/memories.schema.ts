import { z } from 'zod';
import { memoryIdeaById } from '../../content/memories/ideas.ts';
import { memories as words } from '../../content/memories/words.ts';
import { inputWords } from '../../content/input.ts';
import { HIDDEN_CHARACTERS as UNSAFE_TEXT } from '../../platform/text/plain-text.ts';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const YEAR_MS = 365.25 * 86_400_000;

/** A real calendar day (no 30 February). */
const realDay = (v: string) => z.iso.date().safeParse(v).success;

/** Within two years back (remembering a time already had) and five years ahead. */
const inRange = (v: string) => {
  const at = new Date(DAY.test(v) ? `${v}T12:00:00Z` : v).getTime();
  const now = Date.now();
  return at > now - 2 * YEAR_MS && at < now + 5 * YEAR_MS;
};

/** When: a whole day (`2026-12-05`) or a moment with its offset (`2026-12-05T18:30:00+01:00`). */
export const memoryOn = z
  .string({ error: words.onInvalid })
  .refine(
    (v) => (DAY.test(v) ? realDay(v) : z.iso.datetime({ offset: true }).safeParse(v).success),
    words.onInvalid,
  )
  .refine(inRange, words.onOutOfRange)
  .describe('A whole day (YYYY-MM-DD), or a date-time with its offset (ISO 8601).');

const text = (min: string, max: number, tooLong: string) =>
  z
    .string({ error: min })
    .trim()
    .min(1, min)
    .max(max, tooLong)
    .refine((v) => !UNSAFE_TEXT.test(v), inputWords.hiddenCharacters);

export const memoryInput = z.strictObject({
  title: text(words.titleRequired, 120, words.titleTooLong),
  on: memoryOn,
  ideaId: z
    .string({ error: words.unknownIdea })
    .max(60, words.unknownIdea)
    .refine((id) => memoryIdeaById(id) !== undefined, words.unknownIdea)
    .optional(),
});
export type MemoryInput = z.infer<typeof memoryInput>;

export const suggestInput = z.strictObject({ on: memoryOn });
export type SuggestInput = z.infer<typeof suggestInput>;

export const lineInput = z.strictObject({
  text: text(words.lineRequired, 500, words.lineTooLong),
});
export type LineInput = z.infer<typeof lineInput>;

/** The photo as base64, or as the data: URL a browser's FileReader gives. */
export const photoInput = z.strictObject({
  image: z
    .string({ error: words.photoFormat })
    .min(16, words.photoUnreadable)
    .regex(/^(data:image\/[a-z0-9.+-]+;base64,)?[A-Za-z0-9+/\r\n]+={0,2}$/, words.photoFormat),
});
export type PhotoInput = z.infer<typeof photoInput>;

export const memoryIdParams = z.strictObject({ id: z.uuid(words.notFound) });

export const calendarQuery = z.strictObject({
  with: z
    .enum(['title'], { error: 'Leave `with` out, or say `with=title`.' })
    .optional()
    .describe('`title`: the event is named by the memory’s title; without it, "Time together".'),
});

export const memory = z.object({
  id: z.uuid(),
  title: z.string(),
  ideaId: z.string().nullable(),
  /** A whole day (YYYY-MM-DD) or a moment (ISO instant). */
  on: z.string(),
  allDay: z.boolean(),
  status: z.enum(['proposed', 'confirmed']),
  plannedByMe: z.boolean(),
  /** Who put forward the time on it now: me, my partner, or nobody still here. */
  proposedBy: z.enum(['me', 'partner', 'nobody']),
  /** It is my turn to confirm or suggest another time. */
  waitingForMe: z.boolean(),
  /** Confirmed, and its day has come: each may write a line and add a photo. */
  happened: z.boolean(),
  lines: z.object({ mine: z.string().nullable(), partner: z.string().nullable() }),
  photo: z
    .object({
      byMe: z.boolean(),
      width: z.number().int(),
      height: z.number().int(),
      addedAt: z.iso.datetime(),
    })
    .nullable(),
  createdAt: z.iso.datetime(),
});
export type Memory = z.infer<typeof memory>;

export const memoryList = z.object({
  /** New plans may be made now (a partner has joined, no time apart, not alone). */
  canShare: z.boolean(),
  partnerName: z.string().nullable(),
  memories: z.array(memory),
});
/** The page and `next`, where to go on from (the route adds the cursor's schema). */
export type MemoryList = z.infer<typeof memoryList> & { next: string | null };

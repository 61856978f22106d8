import { z } from 'zod';
import { emotions, journalPrompts } from '../../content/journal.ts';

const promptIds = journalPrompts.map((p) => p.id) as [string, ...string[]];

export const journalInput = z.strictObject({
  body: z
    .string({ error: 'Write something first. A few words are enough.' })
    .trim()
    .min(1, 'Write something first. A few words are enough.')
    .max(20_000, 'Keep one entry under 20,000 characters. You can start another.'),
  promptId: z.enum(promptIds, { error: 'Choose a prompt from the list.' }).nullable().optional(),
  emotions: z
    .array(z.enum(emotions, { error: 'Choose feelings from the list.' }))
    .max(emotions.length, 'Choose feelings from the list.')
    .optional(),
});
export type JournalInput = z.infer<typeof journalInput>;

export const journalSearch = z.strictObject({
  q: z
    .string({ error: 'Type a word to search for.' })
    .trim()
    .max(200, 'Keep the search under 200 characters.'),
});

export const journalEntry = z.object({
  id: z.uuid(),
  promptId: z.string().nullable(),
  body: z.string(),
  emotions: z.array(z.string()),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type JournalEntry = z.infer<typeof journalEntry>;

export const journalIdParams = z.strictObject({ id: z.uuid("We couldn't find that entry.") });

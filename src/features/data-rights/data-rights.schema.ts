import { z } from 'zod';

export const notice = z.object({
  id: z.uuid(),
  kind: z.enum(['partner_left', 'partner_deleted']),
  message: z.string(),
  at: z.iso.datetime(),
});
export type Notice = z.infer<typeof notice>;
export const noticesAnswer = z.object({ notices: z.array(notice) });
export type NoticesAnswer = z.infer<typeof noticesAnswer>;

export const noticeIdParams = z.strictObject({ id: z.uuid("That notice doesn't exist.") });

/** The JSON export's envelope; `sections` holds one entry per feature (docs/export.md). */
export const exportDocument = z.object({
  format: z.literal('kintsugi-export'),
  version: z.literal(1),
  exportedAt: z.iso.datetime(),
  about: z.string(),
  sections: z.record(z.string(), z.unknown()),
});
export type ExportDocument = z.infer<typeof exportDocument>;

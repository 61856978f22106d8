import { z } from 'zod';

/** What either partner sees: that time apart is on and until when, never why. */
export const timeApartStatus = z.object({
  active: z.boolean(),
  startedByMe: z.boolean(),
  startedAt: z.iso.datetime().nullable(),
  /** Null while it is on with no end date. */
  endsAt: z.iso.datetime().nullable(),
  /** Only the partner who asked may end it early; it ends by itself at endsAt. */
  canEnd: z.boolean(),
});
export type TimeApartStatus = z.infer<typeof timeApartStatus>;

const MAX_DAYS = 366;

export const startTimeApartInput = z.strictObject({
  endsAt: z.iso
    .datetime({
      offset: true,
      error: 'Choose a date and time for the pause to end, or leave it open.',
    })
    .nullable()
    .optional()
    .refine(
      (v) => v == null || Date.parse(v) > Date.now(),
      'Choose an end in the future, or leave it open.',
    )
    .refine(
      (v) => v == null || Date.parse(v) < Date.now() + MAX_DAYS * 86_400_000,
      'Choose an end within a year, or leave it open.',
    ),
});
export type StartTimeApartInput = z.infer<typeof startTimeApartInput>;

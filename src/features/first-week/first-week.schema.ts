import { z } from 'zod';
import { firstWeekSteps } from '../../content/first-week.ts';

export const stepId = z.enum(firstWeekSteps, { error: "That isn't one of the first steps." });

/** One first step as it stands for me. Nothing here is a score: only what is there. */
export const firstWeekStep = z.object({
  id: stepId,
  /** Read from what exists (a safety check, a stance, a space, a reflection, a check-in). */
  done: z.boolean(),
  /** I chose "skip for now"; it can be brought back. */
  setAside: z.boolean(),
});

export const firstWeekView = z.object({
  /** The steps offered to me, in order (none toward the partner in solo mode or after a danger answer). */
  steps: z.array(firstWeekStep),
  /** The first step neither done nor set aside, or null. */
  next: stepId.nullable(),
  /** I put the first steps away: Today no longer shows them. */
  closed: z.boolean(),
  /** Today already offers the safety check on its own card (it was neither answered nor set aside there). */
  safetyOfferOpen: z.boolean(),
});
export type FirstWeekView = z.infer<typeof firstWeekView>;

/** A change to my own choices; the parts left out stay as they are. */
export const firstWeekPatch = z
  .strictObject({
    /** I read the welcome. */
    welcomed: z.literal(true, { error: 'The welcome can only be marked as read.' }).optional(),
    /** Set one step aside for now, or bring it back. */
    step: z.strictObject({ id: stepId, setAside: z.boolean() }).optional(),
    /** Put the first steps away (true) or show them on Today again (false). */
    closed: z.boolean().optional(),
  })
  .refine((p) => p.welcomed !== undefined || p.step !== undefined || p.closed !== undefined, {
    error: 'Say what to change: the welcome, a step, or whether the first steps show on Today.',
  });
export type FirstWeekPatch = z.infer<typeof firstWeekPatch>;

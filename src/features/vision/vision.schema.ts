import { z } from 'zod';
import { inputWords } from '../../content/input.ts';
import { visionErrors } from '../../content/vision.ts';
import { HIDDEN_CHARACTERS as UNSAFE_TEXT } from '../../platform/text/plain-text.ts';

import { MAX_LINE } from './vision-limits.ts';

/** Longest line of our shared future: a sentence or two, not an essay. */
export { MAX_LINE };

const lineText = z
  .string({ error: visionErrors.textNeeded })
  .trim()
  .min(1, visionErrors.textNeeded)
  .max(MAX_LINE, visionErrors.tooLong)
  .refine((v) => !UNSAFE_TEXT.test(v), inputWords.hiddenCharacters)
  .refine((v) => !/[\r\n]/.test(v), visionErrors.oneLine);

/** A new line `{ text }`, new words for a line `{ lineId, text }`, or taking one out `{ lineId, remove: true }`. */
export const proposeInput = z
  .strictObject({
    text: lineText.optional(),
    lineId: z.uuid(visionErrors.lineNotFound).optional(),
    remove: z.literal(true, { error: visionErrors.removeFlag }).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.remove && v.text !== undefined)
      ctx.addIssue({ code: 'custom', path: ['text'], message: visionErrors.removeNoText });
    else if (v.remove && !v.lineId)
      ctx.addIssue({ code: 'custom', path: ['lineId'], message: visionErrors.removeWhich });
    else if (!v.remove && v.text === undefined)
      ctx.addIssue({ code: 'custom', path: ['text'], message: visionErrors.textNeeded });
  });
export type ProposeInput = z.infer<typeof proposeInput>;

export const rewordInput = z.strictObject({ text: lineText });
export type RewordInput = z.infer<typeof rewordInput>;

export const signInput = z.strictObject({
  /** The draft I read (`draft` of the view): if it changed since, signing answers 409. */
  draft: z.number({ error: visionErrors.draftNeeded }).int().min(0),
});
export type SignInput = z.infer<typeof signInput>;

export const revisitInput = z.strictObject({
  /** A calendar day (YYYY-MM-DD) after today, or null to clear the date. */
  on: z.iso.date({ error: visionErrors.revisitDay }).nullable(),
});
export type RevisitInput = z.infer<typeof revisitInput>;

export const proposalIdParams = z.strictObject({ id: z.uuid(visionErrors.proposalNotFound) });

export const visionLine = z.object({ id: z.uuid(), text: z.string() });
export type VisionLine = z.infer<typeof visionLine>;

export const proposalKinds = ['add', 'change', 'remove'] as const;
export type ProposalKind = (typeof proposalKinds)[number];

export const visionProposal = z.object({
  id: z.uuid(),
  kind: z.enum(proposalKinds),
  /** The line it changes or takes out; null for a new line. */
  lineId: z.uuid().nullable(),
  /** The proposed words ('' when taking a line out). */
  text: z.string(),
  /** The line's words now, for a change or a removal (null when the line is gone or new). */
  before: z.string().nullable(),
  isMine: z.boolean(),
  /** This answers a proposal with other words: the words first proposed. */
  rewordOf: z.string().nullable(),
  createdAt: z.iso.datetime(),
});
export type VisionProposal = z.infer<typeof visionProposal>;

export const visionVersion = z.object({
  number: z.number().int(),
  lines: z.array(visionLine),
  signedByMe: z.boolean(),
  signedByPartner: z.boolean(),
  /** Both signed it. */
  ours: z.boolean(),
  createdAt: z.iso.datetime(),
});
export type VisionVersion = z.infer<typeof visionVersion>;

export const visionView = z.object({
  /** I have a shared space (now, or one I left and can still read). */
  hasSpace: z.boolean(),
  /** New lines and answers may be sent now (a partner, no time apart, not alone). */
  canShare: z.boolean(),
  partnerName: z.string().nullable(),
  /** The lines both accepted, in order. */
  lines: z.array(visionLine),
  /** Which draft this is: changes whenever a line is accepted (sign with it). */
  draft: z.number().int(),
  /** Proposals nobody has answered yet, oldest first: mine wait for my partner, theirs for me. */
  pending: z.array(visionProposal),
  /** The newest version both signed. */
  current: visionVersion.nullable(),
  /** Every version, newest first. */
  versions: z.array(visionVersion),
  revisit: z.object({ on: z.iso.date(), setByMe: z.boolean(), due: z.boolean() }).nullable(),
  /** My calendar day, for the date picker. */
  today: z.iso.date(),
});
export type VisionView = z.infer<typeof visionView>;

import { z } from 'zod';

export const partner = z.object({
  id: z.uuid(),
  displayName: z.string(),
  isMe: z.boolean(),
  joinedAt: z.iso.datetime(),
});
export type Partner = z.infer<typeof partner>;

export const couple = z.object({
  id: z.uuid(),
  createdAt: z.iso.datetime(),
  /** Both partners are in the space. */
  isComplete: z.boolean(),
  partners: z.array(partner),
});
export type Couple = z.infer<typeof couple>;
/** `GET /api/v1/couple/current`: no space yet is `couple: null`, not a 404 (decision 121). */
export const currentCoupleAnswer = z.object({ couple: couple.nullable() });
export type CurrentCoupleAnswer = z.infer<typeof currentCoupleAnswer>;

export const createdInvite = z.object({
  id: z.uuid(),
  code: z.string(),
  url: z.string(),
  expiresAt: z.iso.datetime(),
});
export type CreatedInvite = z.infer<typeof createdInvite>;

export const openInvite = z.object({
  id: z.uuid(),
  createdAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
});
export type OpenInvite = z.infer<typeof openInvite>;
export const openInvitesAnswer = z.object({ invites: z.array(openInvite) });
export type OpenInvitesAnswer = z.infer<typeof openInvitesAnswer>;

export const joinInput = z.strictObject({
  code: z
    .string({ error: 'Enter the invite code your partner gave you.' })
    .trim()
    .min(1, 'Enter the invite code your partner gave you.')
    .max(40, "That doesn't look like an invite code."),
});
export type JoinInput = z.infer<typeof joinInput>;

export const inviteIdParams = z.strictObject({ id: z.uuid("That invite doesn't exist.") });

export const INVITE_DAYS = 7;

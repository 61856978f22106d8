import { z } from 'zod';
import { me } from './accounts.schema.ts';

/** Sign-up's answer while mail is on: the same for a new address and one with an account. */
export const signUpPendingAnswer = z.object({ checkYourEmail: z.literal(true) });
export type SignUpPendingAnswer = z.infer<typeof signUpPendingAnswer>;

export const confirmEmailInput = z.strictObject({
  token: z
    .string({ error: 'This link is missing its key. Please open the link from the mail again.' })
    .regex(
      /^[A-Za-z0-9_-]{43}$/,
      'This link is not whole. Please open the link from the mail again.',
    ),
});
export type ConfirmEmailInput = z.infer<typeof confirmEmailInput>;

export const confirmEmailAnswer = z.object({
  outcome: z.enum(['account_created', 'email_changed']),
  /** Whether this browser is now signed in to the account (or still is). */
  signedIn: z.boolean(),
});
export type ConfirmEmailAnswer = z.infer<typeof confirmEmailAnswer>;

/** With mail on, the email changes once the new address is confirmed: until then, pending. */
export const changeEmailAnswer = me.extend({ pendingEmail: z.string().nullable() });
export type ChangeEmailAnswer = z.infer<typeof changeEmailAnswer>;

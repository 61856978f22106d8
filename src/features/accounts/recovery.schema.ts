import { z } from 'zod';
import { emailSchema, passwordSchema } from './accounts.schema.ts';

export const forgotPasswordInput = z.strictObject({ email: emailSchema });
export type ForgotPasswordInput = z.infer<typeof forgotPasswordInput>;

/** The same answer whether or not the address has an account. */
export const forgotPasswordAnswer = z.object({ accepted: z.literal(true) });
export type ForgotPasswordAnswer = z.infer<typeof forgotPasswordAnswer>;

export const resetPasswordInput = z.strictObject({
  token: z
    .string({ error: 'This link is missing its key. Please open the link from the mail again.' })
    .regex(
      /^[A-Za-z0-9_-]{43}$/,
      'This link is not whole. Please open the link from the mail again.',
    ),
  newPassword: passwordSchema,
});
export type ResetPasswordInput = z.infer<typeof resetPasswordInput>;

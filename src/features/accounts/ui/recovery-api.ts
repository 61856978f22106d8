import { api } from '../../../platform/web/http.ts';
import type { PasswordChanged } from '../accounts.schema.ts';
import type { ConfirmEmailAnswer, SignUpPendingAnswer } from '../confirm.schema.ts';
import type { ForgotPasswordAnswer } from '../recovery.schema.ts';

// Account recovery calls (no one is signed in for either).
export const recoveryApi = {
  forgotPassword: (email: string) =>
    api.post<ForgotPasswordAnswer>('/api/v1/auth/forgot-password', { email }),
  resetPassword: (token: string, newPassword: string) =>
    api.post<PasswordChanged>('/api/v1/auth/reset-password', { token, newPassword }),
  /** The link from a mail that confirms an address (decision 085). */
  confirmEmail: (token: string) =>
    api.post<ConfirmEmailAnswer>('/api/v1/auth/confirm-email', { token }),
  resendSignUpLink: () => api.post<SignUpPendingAnswer>('/api/v1/auth/sign-up/resend'),
};

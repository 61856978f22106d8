import { api } from '../../../platform/web/http.ts';

// Account recovery calls (no one is signed in for either).
export const recoveryApi = {
  forgotPassword: (email: string) =>
    api.post<{ accepted: true }>('/api/v1/auth/forgot-password', { email }),
  resetPassword: (token: string, newPassword: string) =>
    api.post<{ endedSessions: number }>('/api/v1/auth/reset-password', { token, newPassword }),
  /** The link from a mail that confirms an address (decision 085). */
  confirmEmail: (token: string) =>
    api.post<{ outcome: 'account_created' | 'email_changed'; signedIn: boolean }>(
      '/api/v1/auth/confirm-email',
      { token },
    ),
  resendSignUpLink: () => api.post<{ checkYourEmail: true }>('/api/v1/auth/sign-up/resend'),
};

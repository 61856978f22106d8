import { api } from '../../../platform/web/http.ts';

// Account recovery calls (no one is signed in for either).
export const recoveryApi = {
  forgotPassword: (email: string) =>
    api.post<{ accepted: true }>('/api/v1/auth/forgot-password', { email }),
  resetPassword: (token: string, newPassword: string) =>
    api.post<{ endedSessions: number }>('/api/v1/auth/reset-password', { token, newPassword }),
};

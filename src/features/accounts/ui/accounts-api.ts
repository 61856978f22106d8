import type { AppLockChoice } from '../../../platform/web/app-lock.ts';
import { api } from '../../../platform/web/http.ts';
import type { SecondStep } from './second-factor-api.ts';

// The account calls the screens make (see docs/api.md). Types mirror the server's answers.

export interface Me {
  id: string;
  email: string;
  displayName: string;
  timeZone: string;
  createdAt: string;
}

export interface SessionInfo {
  id: string;
  device: string;
  createdAt: string;
  lastSeenAt: string;
  current: boolean;
}

export const accountsApi = {
  me: () => api.get<Me>('/api/v1/me'),
  /** Like /me, but signed out is { me: null } rather than a 401 (decision 121). */
  session: () =>
    api.get<{ me: Me | null; locked?: boolean; appLock?: AppLockChoice | null }>('/api/v1/session'),
  signIn: (email: string, password: string) =>
    api.post<{ user: Me } | { secondFactor: SecondStep }>('/api/v1/auth/sign-in', {
      email,
      password,
    }),
  signUp: (email: string, password: string, displayName: string) =>
    api.post<{ user: Me }>('/api/v1/auth/sign-up', { email, password, displayName }),
  update: (changes: { displayName?: string; timeZone?: string }) =>
    api.patch<Me>('/api/v1/me', changes),
  signOut: () => api.post<void>('/api/v1/auth/sign-out'),
  changePassword: (currentPassword: string, newPassword: string) =>
    api.post<{ endedSessions: number }>('/api/v1/me/password', { currentPassword, newPassword }),
  sessions: () => api.get<{ sessions: SessionInfo[] }>('/api/v1/me/sessions'),
  endSession: (id: string) => api.del(`/api/v1/me/sessions/${encodeURIComponent(id)}`),
  endOtherSessions: () => api.post<{ ended: number }>('/api/v1/me/sessions/end-others'),
};

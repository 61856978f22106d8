import type { AppLockChoice } from '../../../platform/web/app-lock.ts';
import { api } from '../../../platform/web/http.ts';

// The app lock's calls (decision 132; see docs/api.md).

export interface AppLockSettings extends AppLockChoice {
  set: boolean;
}

export const appLockApi = {
  get: () => api.get<AppLockSettings>('/api/v1/me/app-lock'),
  set: (input: {
    currentPassword: string;
    secret: string;
    idleMinutes?: number | null;
    quickExit?: 'sign-out' | 'lock';
  }) => api.request<AppLockSettings>('PUT', '/api/v1/me/app-lock', input),
  choose: (input: { idleMinutes?: number | null; quickExit?: 'sign-out' | 'lock' }) =>
    api.patch<AppLockSettings>('/api/v1/me/app-lock', input),
  remove: (currentPassword: string) =>
    api.post<AppLockSettings>('/api/v1/me/app-lock/remove', { currentPassword }),
  unlock: (secret: string) => api.post<{ locked: boolean }>('/api/v1/lock/unlock', { secret }),
};

/** The same rule as the server's: 4 to 8 digits, or a passphrase of 8 or more characters. */
export function isLockSecret(value: string): boolean {
  if (value.length > 128) return false;
  return /^\d+$/.test(value) ? value.length >= 4 && value.length <= 8 : value.length >= 8;
}

import { api } from '../../../platform/web/http.ts';
import type {
  AppLockPatch,
  AppLockSettings,
  LockState,
  SetAppLockInput,
} from '../app-lock.schema.ts';
import { fitsLockRule, LOCK_SECRET_MAX } from '../limits.ts';

// The app lock's calls (decision 132; see docs/api.md). Types only from the schema: no zod here.

export type { AppLockSettings };

export const appLockApi = {
  get: () => api.get<AppLockSettings>('/api/v1/me/app-lock'),
  set: (input: SetAppLockInput) =>
    api.request<AppLockSettings>('PUT', '/api/v1/me/app-lock', input),
  choose: (input: AppLockPatch) => api.patch<AppLockSettings>('/api/v1/me/app-lock', input),
  remove: (currentPassword: string) =>
    api.post<AppLockSettings>('/api/v1/me/app-lock/remove', { currentPassword }),
  unlock: (secret: string) => api.post<LockState>('/api/v1/lock/unlock', { secret }),
};

/** The same rule as the server's: 4 to 8 digits, or a passphrase of 8 or more characters. */
export function isLockSecret(value: string): boolean {
  return value.length <= LOCK_SECRET_MAX && fitsLockRule(value);
}

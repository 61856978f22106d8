import { api } from '../../../platform/web/http.ts';
import type { ActivityKind, SignInWay } from '../accounts.schema.ts';
import type { Me } from './accounts-api.ts';

// Account safety calls: activity, email change, deleting the account (see docs/api.md).

export type { ActivityKind, SignInWay } from '../accounts.schema.ts';

export interface ActivityItem {
  id: string;
  kind: ActivityKind;
  /** For a sign-in: which way it was made (decisions 130, 131). */
  via?: SignInWay | null;
  device: string;
  at: string;
  isNew: boolean;
  isThisDevice: boolean;
}

export const safetyApi = {
  activity: () => api.get<{ items: ActivityItem[] }>('/api/v1/me/activity'),
  markSeen: () => api.post<void>('/api/v1/me/activity/seen'),
  changeEmail: (currentPassword: string, newEmail: string) =>
    api.post<Me & { pendingEmail: string | null }>('/api/v1/me/email', {
      currentPassword,
      newEmail,
    }),
  deleteAccount: (password: string) => api.post<void>('/api/v1/me/delete', { password }),
};

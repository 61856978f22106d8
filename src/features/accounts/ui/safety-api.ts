import { api } from '../../../platform/web/http.ts';
import type { Me } from './accounts-api.ts';

// Account safety calls: activity, email change, deleting the account (see docs/api.md).

export type ActivityKind =
  | 'account_created'
  | 'signed_in'
  | 'signed_out'
  | 'password_changed'
  | 'email_changed'
  | 'session_ended'
  | 'other_sessions_ended'
  | 'sign_up_tried'
  | 'new_device_signed_in'
  | 'email_change_requested';

export interface ActivityItem {
  id: string;
  kind: ActivityKind;
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

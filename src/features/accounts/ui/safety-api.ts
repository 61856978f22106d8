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
  | 'passkey_added'
  | 'passkey_removed'
  | 'totp_turned_on'
  | 'totp_turned_off'
  | 'recovery_codes_made'
  | 'second_step_failed'
  | 'app_lock_set'
  | 'app_lock_removed'
  | 'app_lock_tries_ended_session';

export type SignInWay =
  'password' | 'password_totp' | 'password_passkey' | 'password_recovery_code' | 'passkey';

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
    api.post<Me>('/api/v1/me/email', { currentPassword, newEmail }),
  deleteAccount: (password: string) => api.post<void>('/api/v1/me/delete', { password }),
};

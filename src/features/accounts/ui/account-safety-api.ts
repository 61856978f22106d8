import { api } from '../../../platform/web/http.ts';
import type { ActivityAnswer } from '../accounts.schema.ts';
import type { ChangeEmailAnswer } from '../confirm.schema.ts';

// The account's own safety calls: activity, email change, deleting the account (see
// docs/api.md). The safety check and using Kintsugi alone are `safetyApi`, in the safety feature.

export type { ActivityItem, ActivityKind, SignInWay } from '../accounts.schema.ts';

export const accountSafetyApi = {
  activity: () => api.get<ActivityAnswer>('/api/v1/me/activity'),
  markSeen: () => api.post<void>('/api/v1/me/activity/seen'),
  changeEmail: (currentPassword: string, newEmail: string) =>
    api.post<ChangeEmailAnswer>('/api/v1/me/email', {
      currentPassword,
      newEmail,
    }),
  deleteAccount: (password: string) => api.post<void>('/api/v1/me/delete', { password }),
};

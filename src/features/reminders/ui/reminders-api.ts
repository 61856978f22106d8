import { api } from '../../../platform/web/http.ts';
import type { ReminderSettings, ReminderSettingsPatch, Unsubscribed } from '../reminders.schema.ts';

export const remindersApi = {
  get: () => api.get<ReminderSettings>('/api/v1/me/reminders'),
  save: (patch: ReminderSettingsPatch) =>
    api.patch<ReminderSettings>('/api/v1/me/reminders', patch),
  /** The one-click unsubscribe, from the page a pasted link opens (no session needed). */
  unsubscribe: (token: string) =>
    api.post<Unsubscribed>(`/api/v1/reminders/unsubscribe?token=${encodeURIComponent(token)}`, {
      'List-Unsubscribe': 'One-Click',
    }),
};

import { api } from '../../../platform/web/http.ts';
import type { ReminderSettings, ReminderSettingsPatch } from '../reminders.schema.ts';

export const remindersApi = {
  get: () => api.get<ReminderSettings>('/api/v1/me/reminders'),
  save: (patch: ReminderSettingsPatch) =>
    api.patch<ReminderSettings>('/api/v1/me/reminders', patch),
};

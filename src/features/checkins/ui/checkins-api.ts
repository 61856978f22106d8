import { api } from '../../../platform/web/http.ts';
import type {
  CheckinDaySetting,
  DailyInput,
  RecentDays,
  TodayView,
  WeeklyInput,
  WeeklyView,
} from '../checkins.schema.ts';

// The check-in calls the screens make (see docs/api.md). Types only from the schema: no zod here.

export type { CheckinDaySetting, DailyInput, RecentDays, TodayView, WeeklyInput, WeeklyView };
export type WeeklyItem = 'appreciated' | 'hard' | 'need' | 'agreements' | 'together';

export const checkinsApi = {
  today: () => api.get<TodayView>('/api/v1/checkins/today'),
  saveToday: (input: DailyInput) => api.request<TodayView>('PUT', '/api/v1/checkins/today', input),
  deleteToday: () => api.del('/api/v1/checkins/today'),
  recent: () => api.get<RecentDays>('/api/v1/checkins/daily'),
  weekly: () => api.get<WeeklyView>('/api/v1/checkins/weekly'),
  saveWeekly: (input: WeeklyInput) =>
    api.request<WeeklyView>('PUT', '/api/v1/checkins/weekly', input),
  reply: (answerId: string, item: WeeklyItem, body: string) =>
    api.post<WeeklyView>(`/api/v1/checkins/weekly/${encodeURIComponent(answerId)}/replies`, {
      item,
      body,
    }),
  setDay: (weekday: number, version: number) =>
    api.request<CheckinDaySetting>('PUT', '/api/v1/checkins/weekly/settings', { weekday, version }),
};

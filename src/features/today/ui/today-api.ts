import { api } from '../../../platform/web/http.ts';
import type { MarkInput, TodayView } from '../today.schema.ts';

export type { TodayView };

export const todayApi = {
  get: () => api.get<TodayView>('/api/v1/today'),
  mark: (input: MarkInput) => api.request<TodayView>('PUT', '/api/v1/today/act', input),
  undo: () => api.del<TodayView>('/api/v1/today/act'),
  setAsideSafety: () => api.post<void>('/api/v1/safety/offer/set-aside'),
};

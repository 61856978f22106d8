import { api } from '../../../platform/web/http.ts';
import type { FirstWeekPatch, FirstWeekView } from '../first-week.schema.ts';

export type { FirstWeekView };

export const firstWeekApi = {
  get: () => api.get<FirstWeekView>('/api/v1/me/first-week'),
  save: (patch: FirstWeekPatch) => api.patch<FirstWeekView>('/api/v1/me/first-week', patch),
};

import { api } from '../../../platform/web/http.ts';
import type { CheckInput, SafetyCheck, SafetyView } from '../safety.schema.ts';

export type { CheckInput, SafetyCheck, SafetyView };

export const safetyApi = {
  get: () => api.get<SafetyView>('/api/v1/safety'),
  take: (input: CheckInput) => api.post<SafetyCheck>('/api/v1/safety/checks', input),
  remove: (id: string) => api.del(`/api/v1/safety/checks/${encodeURIComponent(id)}`),
  setAside: () => api.post<void>('/api/v1/safety/offer/set-aside'),
  startSolo: () => api.post<SafetyView>('/api/v1/safety/solo'),
  endSolo: () => api.del<SafetyView>('/api/v1/safety/solo'),
};

import { api } from '../../../platform/web/http.ts';
import type {
  PlanInput,
  Wave,
  WaveInput,
  WavePlan,
  WaveSent,
  WaveVersion,
  WaveView,
} from '../waves.schema.ts';

export type { PlanInput, Wave, WaveInput, WavePlan, WaveView };

export const wavesApi = {
  view: () => api.get<WaveView>('/api/v1/waves'),
  send: (input: WaveInput) => api.post<WaveSent>('/api/v1/waves', input),
  here: (id: string) => api.post<Wave>(`/api/v1/waves/${encodeURIComponent(id)}/here`),
  savePlan: (input: PlanInput) => api.request<WavePlan>('PUT', '/api/v1/waves/plan', input),
  version: () => api.get<WaveVersion>('/api/v1/waves/live'),
};

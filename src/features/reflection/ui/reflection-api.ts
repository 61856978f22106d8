import { api } from '../../../platform/web/http.ts';
import type {
  MyReflection,
  PartnerReflection,
  SharingInput,
  StanceInput,
  StanceState,
  Take,
  TakeInput,
} from '../reflection.schema.ts';

export type { MyReflection, PartnerReflection, Take };

export const reflectionApi = {
  mine: () => api.get<MyReflection>('/api/v1/reflection'),
  partner: () => api.get<PartnerReflection>('/api/v1/reflection/partner'),
  take: (input: TakeInput) => api.post<Take>('/api/v1/reflection/takes', input),
  share: (id: string, input: SharingInput) =>
    api.request<Take>('PUT', `/api/v1/reflection/takes/${encodeURIComponent(id)}/sharing`, input),
  remove: (id: string) => api.del(`/api/v1/reflection/takes/${encodeURIComponent(id)}`),
  setStance: (input: StanceInput) =>
    api.request<StanceState>('PUT', '/api/v1/reflection/stance', input),
};

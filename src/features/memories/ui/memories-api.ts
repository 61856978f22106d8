import { api } from '../../../platform/web/http.ts';
import type {
  LineInput,
  Memory,
  MemoryInput,
  MemoryList,
  SuggestInput,
} from '../memories.schema.ts';

export type { Memory, MemoryInput, MemoryList };

const one = (id: string) => `/api/v1/memories/${encodeURIComponent(id)}`;

export const memoriesApi = {
  list: (before?: string) =>
    api.get<MemoryList>(
      before ? `/api/v1/memories?before=${encodeURIComponent(before)}` : '/api/v1/memories',
    ),
  plan: (input: MemoryInput) => api.post<{ memory: Memory }>('/api/v1/memories', input),
  confirm: (id: string) => api.post<Memory>(`${one(id)}/confirm`),
  suggest: (id: string, input: SuggestInput) => api.post<Memory>(`${one(id)}/suggest`, input),
  keepLine: (id: string, input: LineInput) => api.request<Memory>('PUT', `${one(id)}/line`, input),
  addPhoto: (id: string, image: string) =>
    api.request<Memory>('PUT', `${one(id)}/photo`, { image }),
  removePhoto: (id: string) => api.request<Memory>('DELETE', `${one(id)}/photo`),
  cancel: (id: string) => api.request<null>('DELETE', one(id)),
  photoUrl: (id: string) => `${one(id)}/photo`,
  calendarUrl: (id: string, withTitle = false) =>
    `${one(id)}/calendar${withTitle ? '?with=title' : ''}`,
};

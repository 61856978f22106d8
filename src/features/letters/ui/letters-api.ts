import { api } from '../../../platform/web/http.ts';
import type { Letter, LetterInput, LetterUpdate, LetterWithReplies } from '../letters.schema.ts';

export type { Letter, LetterInput, LetterUpdate, LetterWithReplies };
const path = (id: string) => `/api/v1/letters/${encodeURIComponent(id)}`;

export const lettersApi = {
  list: (before?: string) =>
    api.get<{ received: Letter[]; written: Letter[]; next: string | null }>(
      `/api/v1/letters${before ? `?before=${encodeURIComponent(before)}` : ''}`,
    ),
  get: (id: string) => api.get<LetterWithReplies>(path(id)),
  create: (input: LetterInput) => api.post<LetterWithReplies>('/api/v1/letters', input),
  update: (id: string, input: LetterUpdate) => api.patch<LetterWithReplies>(path(id), input),
  remove: (id: string) => api.del(path(id)),
  markRead: (id: string) => api.post<void>(`${path(id)}/read`),
};

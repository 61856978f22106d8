import { api } from '../../../platform/web/http.ts';
import type { Notice, NoticesAnswer } from '../data-rights.schema.ts';

// Types only from the schema: no zod here.
export type { Notice };

export const dataRightsApi = {
  notices: () => api.get<NoticesAnswer>('/api/v1/notices'),
  dismiss: (id: string) => api.post<void>(`/api/v1/notices/${encodeURIComponent(id)}/dismiss`),
};

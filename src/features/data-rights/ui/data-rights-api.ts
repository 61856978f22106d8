import { api } from '../../../platform/web/http.ts';

export interface Notice {
  id: string;
  kind: 'partner_left' | 'partner_deleted';
  message: string;
  at: string;
}

export const dataRightsApi = {
  notices: () => api.get<{ notices: Notice[] }>('/api/v1/notices'),
  dismiss: (id: string) => api.post<void>(`/api/v1/notices/${encodeURIComponent(id)}/dismiss`),
};

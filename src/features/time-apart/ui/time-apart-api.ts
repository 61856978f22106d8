import { ApiError } from '../../../platform/web/api.ts';
import { api } from '../../../platform/web/http.ts';

export interface TimeApartStatus {
  active: boolean;
  startedByMe: boolean;
  startedAt: string | null;
  endsAt: string | null;
}

export const timeApartApi = {
  /** null when I have no shared space. */
  async get(): Promise<TimeApartStatus | null> {
    try {
      return await api.get<TimeApartStatus>('/api/v1/time-apart');
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) return null;
      throw error;
    }
  },
  start: (endsAt: string | null) => api.post<TimeApartStatus>('/api/v1/time-apart', { endsAt }),
  end: () => api.post<void>('/api/v1/time-apart/end'),
};

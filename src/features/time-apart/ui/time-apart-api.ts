import { ApiError } from '../../../platform/web/api.ts';
import { api } from '../../../platform/web/http.ts';
import type { SpacePauseInfo } from '../../../platform/web/space-pause.ts';
import type { TimeApartStatus } from '../time-apart.schema.ts';

// Types only from the schema: no zod here.
export type { TimeApartStatus };

export const timeApartApi = {
  /** null when I have no shared space. */
  get: async (): Promise<TimeApartStatus | null> => {
    try {
      return await api.get<TimeApartStatus>('/api/v1/time-apart');
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) return null;
      throw error;
    }
  },
  start: (endsAt: string | null) => api.post<TimeApartStatus>('/api/v1/time-apart', { endsAt }),
  /** What the shared places need to know (platform's space-pause store): on and until when. */
  pause: async (): Promise<SpacePauseInfo | null> => {
    const status = await timeApartApi.get();
    return status?.active ? { startedByMe: status.startedByMe, endsAt: status.endsAt } : null;
  },
  end: () => api.post<void>('/api/v1/time-apart/end'),
};

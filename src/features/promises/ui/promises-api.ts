import { api } from '../../../platform/web/http.ts';
import type {
  LedgerView,
  LedgerWeek,
  MakePromiseInput,
  MissSharingView,
  NoticesSeenView,
  PromiseActionInput,
  PromiseView,
} from '../promises.schema.ts';

// The promise calls the screens make (see docs/api.md).
export type { LedgerView, LedgerWeek, PromiseView };

const path = (id: string) => `/api/v1/promises/${encodeURIComponent(id)}`;

export const promisesApi = {
  list: (before?: string) =>
    api.get<{ mine: PromiseView[]; partner: PromiseView[]; next: string | null }>(
      `/api/v1/promises${before ? `?before=${encodeURIComponent(before)}` : ''}`,
    ),
  make: (input: MakePromiseInput) => api.post<PromiseView>('/api/v1/promises', input),
  get: (id: string) => api.get<PromiseView>(path(id)),
  act: (id: string, body: PromiseActionInput) => api.post<PromiseView>(`${path(id)}/actions`, body),
  ledger: (weeks = 12) => api.get<LedgerView>(`/api/v1/promises/ledger?weeks=${weeks}`),
  /** My partner's "I noticed" on my promises was shown to me, up to `through`. */
  noticesSeen: (through: string) =>
    api.post<NoticesSeenView>('/api/v1/promises/notices/seen', { through }),
  shareMisses: (shared: boolean) =>
    api.request<MissSharingView>('PUT', '/api/v1/promises/miss-sharing', { shared }),
};

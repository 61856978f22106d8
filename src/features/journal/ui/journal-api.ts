import { api } from '../../../platform/web/http.ts';
import type { JournalEntry, JournalInput } from '../journal.schema.ts';

export type { JournalEntry, JournalInput };
const path = (id: string) => `/api/v1/journal/${encodeURIComponent(id)}`;

export const journalApi = {
  list: (before?: string) =>
    api.get<{ entries: JournalEntry[]; next: string | null }>(
      `/api/v1/journal${before ? `?before=${encodeURIComponent(before)}` : ''}`,
    ),
  // A POST, so what I searched for is never in an address or a log.
  search: (q: string) => api.post<{ entries: JournalEntry[] }>('/api/v1/journal/search', { q }),
  get: (id: string) => api.get<JournalEntry>(path(id)),
  create: (input: JournalInput) => api.post<JournalEntry>('/api/v1/journal', input),
  update: (id: string, input: JournalInput) => api.patch<JournalEntry>(path(id), input),
  remove: (id: string) => api.del(path(id)),
};

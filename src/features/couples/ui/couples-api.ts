import { api } from '../../../platform/web/http.ts';
import type {
  Couple,
  CreatedInvite,
  CurrentCoupleAnswer,
  OpenInvite,
  OpenInvitesAnswer,
  Partner,
} from '../couples.schema.ts';

// The shared-space calls the screens make (see docs/api.md). Types only from the schema: no zod.

export type { Couple, OpenInvite, Partner };
export type NewInvite = CreatedInvite;

export const couplesApi = {
  /** null when I have no space: asked so that "none yet" is a 200, not a 404 (decision 121). */
  get: async (): Promise<Couple | null> =>
    (await api.get<CurrentCoupleAnswer>('/api/v1/couple/current')).couple,
  create: () => api.post<Couple>('/api/v1/couple'),
  createInvite: () => api.post<NewInvite>('/api/v1/couple/invites'),
  listInvites: () => api.get<OpenInvitesAnswer>('/api/v1/couple/invites'),
  revokeInvite: (id: string) => api.del(`/api/v1/couple/invites/${encodeURIComponent(id)}`),
  join: (code: string) => api.post<Couple>('/api/v1/couple/join', { code }),
  leave: () => api.post<void>('/api/v1/couple/leave'),
};

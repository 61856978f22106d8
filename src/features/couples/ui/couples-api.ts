import { api } from '../../../platform/web/http.ts';

// The shared-space calls the screens make (see docs/api.md).

export interface Partner {
  id: string;
  displayName: string;
  isMe: boolean;
  joinedAt: string;
}

export interface Couple {
  id: string;
  createdAt: string;
  isComplete: boolean;
  partners: Partner[];
}

export interface NewInvite {
  id: string;
  code: string;
  url: string;
  expiresAt: string;
}

export interface OpenInvite {
  id: string;
  createdAt: string;
  expiresAt: string;
}

export const couplesApi = {
  /** null when I have no space: asked so that "none yet" is a 200, not a 404 (decision 121). */
  get: async (): Promise<Couple | null> =>
    (await api.get<{ couple: Couple | null }>('/api/v1/couple/current')).couple,
  create: () => api.post<Couple>('/api/v1/couple'),
  createInvite: () => api.post<NewInvite>('/api/v1/couple/invites'),
  listInvites: () => api.get<{ invites: OpenInvite[] }>('/api/v1/couple/invites'),
  revokeInvite: (id: string) => api.del(`/api/v1/couple/invites/${encodeURIComponent(id)}`),
  join: (code: string) => api.post<Couple>('/api/v1/couple/join', { code }),
  leave: () => api.post<void>('/api/v1/couple/leave'),
};

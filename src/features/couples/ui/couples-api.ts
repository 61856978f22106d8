import { ApiError } from '../../../platform/web/api.ts';
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
  /** null when I have no space (the server answers 404). */
  async get(): Promise<Couple | null> {
    try {
      return await api.get<Couple>('/api/v1/couple');
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) return null;
      throw error;
    }
  },
  create: () => api.post<Couple>('/api/v1/couple'),
  createInvite: () => api.post<NewInvite>('/api/v1/couple/invites'),
  listInvites: () => api.get<{ invites: OpenInvite[] }>('/api/v1/couple/invites'),
  revokeInvite: (id: string) => api.del(`/api/v1/couple/invites/${encodeURIComponent(id)}`),
  join: (code: string) => api.post<Couple>('/api/v1/couple/join', { code }),
  leave: () => api.post<void>('/api/v1/couple/leave'),
};

import { api } from '../../../platform/web/http.ts';
import type {
  Me,
  PasswordChanged,
  SessionAnswer,
  SessionInfo,
  SessionsAnswer,
  SessionsEnded,
  UpdateMeInput,
  UserAnswer,
} from '../accounts.schema.ts';
import type { SignUpPendingAnswer } from '../confirm.schema.ts';
import type { SecondFactorNeeded } from '../second-factor.schema.ts';

// The account calls the screens make (see docs/api.md). Types only from the schemas the routes
// declare as their answers (src/app/response-schemas.test.ts): no zod here.

export type { Me, SessionInfo };

export const accountsApi = {
  me: () => api.get<Me>('/api/v1/me'),
  /** Like /me, but signed out is { me: null } rather than a 401 (decision 121). */
  session: () => api.get<SessionAnswer>('/api/v1/session'),
  signIn: (email: string, password: string) =>
    api.post<UserAnswer | SecondFactorNeeded>('/api/v1/auth/sign-in', {
      email,
      password,
    }),
  signUp: (email: string, password: string, displayName: string) =>
    api.post<UserAnswer | SignUpPendingAnswer>('/api/v1/auth/sign-up', {
      email,
      password,
      displayName,
    }),
  update: (changes: UpdateMeInput) => api.patch<Me>('/api/v1/me', changes),
  signOut: () => api.post<void>('/api/v1/auth/sign-out'),
  changePassword: (currentPassword: string, newPassword: string) =>
    api.post<PasswordChanged>('/api/v1/me/password', { currentPassword, newPassword }),
  sessions: () => api.get<SessionsAnswer>('/api/v1/me/sessions'),
  endSession: (id: string) => api.del(`/api/v1/me/sessions/${encodeURIComponent(id)}`),
  endOtherSessions: () => api.post<SessionsEnded>('/api/v1/me/sessions/end-others'),
};

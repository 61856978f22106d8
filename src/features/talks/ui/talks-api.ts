import { api } from '../../../platform/web/http.ts';
import type {
  Conversation,
  ConversationSummary,
  QuestionOffer,
  Statement,
  StatementInput,
  StatementSummary,
  StartTalkInput,
  TalkVersion,
  TurnInput,
} from '../talks.schema.ts';

// Types only from the schema: no zod here.
export type {
  Conversation,
  ConversationSummary,
  QuestionOffer,
  Statement,
  StatementInput,
  StatementSummary,
  StartTalkInput,
};

const talk = (id: string) => `/api/v1/talks/${encodeURIComponent(id)}`;
const statement = (id: string) => `/api/v1/ownership/${encodeURIComponent(id)}`;

export const talksApi = {
  list: (before?: string) =>
    api.get<{
      conversations: ConversationSummary[];
      next: string | null;
      questions: QuestionOffer;
    }>(`/api/v1/talks${before ? `?before=${encodeURIComponent(before)}` : ''}`),
  start: (input: StartTalkInput) => api.post<Conversation>('/api/v1/talks', input),
  get: (id: string) => api.get<Conversation>(talk(id)),
  /** The version now: the fallback when live updates cannot get through. */
  version: (id: string) => api.get<TalkVersion>(`${talk(id)}/live`),
  liveUrl: (id: string) => `${talk(id)}/live`,
  turn: (id: string, version: number, kind: TurnInput['kind'], body?: string) =>
    api.post<Conversation>(`${talk(id)}/turns`, {
      version,
      kind,
      ...(body !== undefined ? { body } : {}),
    }),
  pause: (id: string, version: number, until: string) =>
    api.post<Conversation>(`${talk(id)}/pause`, { version, until }),
  resume: (id: string, version: number) =>
    api.post<Conversation>(`${talk(id)}/resume`, { version }),
  end: (id: string, version: number) => api.post<Conversation>(`${talk(id)}/end`, { version }),
  statements: (before?: string) =>
    api.get<{ statements: StatementSummary[]; next: string | null }>(
      `/api/v1/ownership${before ? `?before=${encodeURIComponent(before)}` : ''}`,
    ),
  statement: (id: string) => api.get<Statement>(statement(id)),
  sendStatement: (input: StatementInput) => api.post<Statement>('/api/v1/ownership', input),
  newVersion: (id: string, input: StatementInput) =>
    api.post<Statement>(`${statement(id)}/versions`, input),
  answer: (id: string, versionId: string, landed: string, missing: string) =>
    api.post<Statement>(`${statement(id)}/answers`, { versionId, landed, missing }),
};

import { api } from '../../../platform/web/http.ts';
import type {
  ActionInput,
  AgreementDetail,
  AgreementsAnswer,
  AgreementSummary,
  ProposeInput,
} from '../agreements.schema.ts';

// The agreement calls the screens make (see docs/api.md).
export type { AgreementDetail, AgreementSummary, ProposeInput };
export type AgreementWords = Pick<ProposeInput, 'title' | 'dailyLife' | 'whySafe' | 'reviewOn'>;

const path = (id: string) => `/api/v1/agreements/${encodeURIComponent(id)}`;

export const agreementsApi = {
  list: () => api.get<AgreementsAnswer>('/api/v1/agreements'),
  get: (id: string) => api.get<AgreementDetail>(path(id)),
  propose: (words: AgreementWords) => api.post<AgreementDetail>('/api/v1/agreements', words),
  change: (id: string, words: AgreementWords, baseVersion: number) =>
    api.post<AgreementDetail>(`${path(id)}/versions`, { ...words, baseVersion }),
  act: (id: string, body: ActionInput) => api.post<AgreementDetail>(`${path(id)}/actions`, body),
};

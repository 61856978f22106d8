import { api } from '../../../platform/web/http.ts';
import type { QuestionHistory, QuestionInput, QuestionToday } from '../questions.schema.ts';

export type { QuestionHistory, QuestionInput, QuestionToday };

export const questionsApi = {
  today: () => api.get<QuestionToday>('/api/v1/questions/today'),
  answer: (input: QuestionInput) =>
    api.request<QuestionToday>('PUT', '/api/v1/questions/today', input),
  history: (before?: string) =>
    api.get<QuestionHistory>(
      before ? `/api/v1/questions?before=${encodeURIComponent(before)}` : '/api/v1/questions',
    ),
  version: () => api.get<{ version: number }>('/api/v1/questions/live'),
};

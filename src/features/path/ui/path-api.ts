import { api } from '../../../platform/web/http.ts';
import type {
  PathView,
  StageChange,
  StageInput,
  StageMark,
  StageState,
  StageView,
} from '../path.schema.ts';

export type { PathView, StageChange, StageMark, StageState, StageView };

export const pathApi = {
  get: () => api.get<PathView>('/api/v1/path'),
  stage: (stage: string) => api.get<StageView>(`/api/v1/path/stages/${encodeURIComponent(stage)}`),
  mark: (stage: string, input: StageInput) =>
    api.request<StageView>('PUT', `/api/v1/path/stages/${encodeURIComponent(stage)}`, input),
};

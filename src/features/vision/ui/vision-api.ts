import { api } from '../../../platform/web/http.ts';
import type {
  ProposeInput,
  VisionLine,
  VisionProposal,
  VisionVersion,
  VisionView,
} from '../vision.schema.ts';

export type { VisionLine, VisionProposal, VisionVersion, VisionView };

const proposal = (id: string, action: string) =>
  `/api/v1/vision/proposals/${encodeURIComponent(id)}/${action}`;

export const visionApi = {
  view: () => api.get<VisionView>('/api/v1/vision'),
  propose: (input: ProposeInput) => api.post<VisionView>('/api/v1/vision/lines', input),
  accept: (id: string) => api.post<VisionView>(proposal(id, 'accept')),
  decline: (id: string) => api.post<VisionView>(proposal(id, 'decline')),
  withdraw: (id: string) => api.post<VisionView>(proposal(id, 'withdraw')),
  reword: (id: string, text: string) => api.post<VisionView>(proposal(id, 'reword'), { text }),
  sign: (draft: number) => api.post<VisionView>('/api/v1/vision/sign', { draft }),
  revisit: (on: string | null) => api.request<VisionView>('PUT', '/api/v1/vision/revisit', { on }),
};

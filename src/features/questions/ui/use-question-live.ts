import { useLiveChanges } from '../../../platform/web/use-live.ts';
import { questionsApi } from './questions-api.ts';

/** Calls `onChange` whenever today's question changes for me (my partner answered). */
export function useQuestionLive(onChange: () => void) {
  useLiveChanges('/api/v1/questions/live', questionsApi.version, onChange);
}

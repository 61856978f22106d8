import { useLiveChanges } from '../../../platform/web/use-live.ts';
import { wavesApi } from './waves-api.ts';

/** Calls `onChange` whenever a wave or the plan changes for me (live, or by a plain check). */
export function useWaveLive(onChange: () => void) {
  useLiveChanges('/api/v1/waves/live', wavesApi.version, onChange);
}

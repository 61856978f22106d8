import { useEffect } from 'preact/hooks';
import type { ApiError } from '../../../platform/web/api.ts';
import { createStore, useStore } from '../../../platform/web/store.ts';
import { asApiError } from '../../../platform/web/use-action.ts';
import { couplesApi, type Couple } from './couples-api.ts';

// The signed-in person's shared space. `couple` is undefined until first known, null when there
// is none. Screens show what we know at once and refresh it each time they open.

export interface CoupleState {
  couple: Couple | null | undefined;
  error: ApiError | null;
}

export const coupleStore = createStore<CoupleState>({ couple: undefined, error: null });

let inFlight: Promise<void> | null = null;

export function refreshCouple(): Promise<void> {
  inFlight ??= couplesApi
    .get()
    .then(
      (couple) => coupleStore.set({ couple, error: null }),
      (error: unknown) =>
        coupleStore.set({ couple: coupleStore.get().couple, error: asApiError(error) }),
    )
    .finally(() => {
      inFlight = null;
    });
  return inFlight;
}

export function setCouple(couple: Couple | null): void {
  coupleStore.set({ couple, error: null });
}

/** Forget everything about the space (on sign-out). */
export function resetCouple(): void {
  coupleStore.set({ couple: undefined, error: null });
}

export function useCouple(): CoupleState {
  const state = useStore(coupleStore);
  useEffect(() => {
    void refreshCouple();
    const onVisible = () => {
      if (document.visibilityState === 'visible') void refreshCouple();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, []);
  return state;
}

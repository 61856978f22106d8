import { useEffect } from 'preact/hooks';
import { createStore, useStore } from './store.ts';

/**
 * Time apart as the screens know it: on (who asked, only as "me" or not, and until when) or
 * off. Never why. Today sets it from its own answer; any shared place reads it, loading it
 * through whatever the app registered (the time-apart feature's call), so platform knows no
 * feature. `undefined` until first known.
 */
export interface SpacePauseInfo {
  startedByMe: boolean;
  /** Null while it is on with no end date. */
  endsAt: string | null;
}

export const spacePauseStore = createStore<SpacePauseInfo | null | undefined>(undefined);

let loader: (() => Promise<SpacePauseInfo | null>) | undefined;
let inFlight: Promise<void> | undefined;

export function registerSpacePauseLoader(load: () => Promise<SpacePauseInfo | null>): void {
  loader = load;
}

/** Sets what a screen just learned from the server, keeping the same object when nothing changed. */
export function setSpacePause(next: SpacePauseInfo | null): void {
  const now = spacePauseStore.get();
  const same =
    now === next ||
    (now && next && now.startedByMe === next.startedByMe && now.endsAt === next.endsAt);
  if (!same) spacePauseStore.set(next);
}

export function refreshSpacePause(): Promise<void> {
  if (!loader) return Promise.resolve();
  inFlight ??= loader()
    .then(setSpacePause, () => undefined /* the screen's own calls say what went wrong */)
    .finally(() => {
      inFlight = undefined;
    });
  return inFlight;
}

/** Forget it (on sign-out). */
export function resetSpacePause(): void {
  spacePauseStore.set(undefined);
}

/** The pause as now known, asked again each time a screen that needs it opens. */
export function useSpacePause(): SpacePauseInfo | null | undefined {
  const pause = useStore(spacePauseStore);
  useEffect(() => {
    void refreshSpacePause();
  }, []);
  return pause;
}

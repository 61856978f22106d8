import { createStore } from './store.ts';

/**
 * Whether the signed-in person uses Kintsugi alone: shared things are paused for them only.
 * Screens that learn it from the server (Today, the safety check) set it; the app hides shared
 * places from that person's navigation while it is on. Never shown to, or sent to, the partner.
 */
export const soloStore = createStore(false);

export function setSolo(on: boolean): void {
  soloStore.set(on);
}

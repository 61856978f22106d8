import { createStore } from './store.ts';

// Whether we can reach the server: the browser's online/offline events, plus what our own
// requests find out (a phone can claim to be online while nothing gets through).
export const offlineStore = createStore<boolean>(
  typeof navigator !== 'undefined' ? !navigator.onLine : false,
);

export function setReachable(reachable: boolean): void {
  offlineStore.set(!reachable);
}

export function startOfflineWatch(): void {
  window.addEventListener('online', () => offlineStore.set(false));
  window.addEventListener('offline', () => offlineStore.set(true));
}

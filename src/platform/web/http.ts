import { shell } from '../../content/shell.ts';
import { createApiClient } from './api.ts';
import { dropEverythingAndShowLock } from './app-lock.ts';
import { setReachable } from './offline.ts';

// The app's one API client. Features call api.get/post/...; a 401 outside the auth calls tells
// whoever registered (the session) that the person is signed out now.
let unauthorizedHandler: (() => void) | undefined;

export function onUnauthorized(handler: () => void): void {
  unauthorizedHandler = handler;
}

export const api = createApiClient({
  fetch: (input, init) => fetch(input, init),
  words: { generic: shell.genericError, network: shell.networkError },
  onReachability: setReachable,
  onUnauthorized: () => unauthorizedHandler?.(),
  // Locked elsewhere (another tab, the idle time on the server): forget everything, show the lock.
  onLocked: () => dropEverythingAndShowLock(),
});

export { ApiError } from './api.ts';

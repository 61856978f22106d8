// Kintsugi's service worker (decision 164), built by vite.config.ts with esbuild into sw.js. It
// keeps ONLY the built app shell (index.html, which holds no personal content), the build's own
// files and the icons, listed by the build (Workbox precaching), so the app opens without a
// connection. It never keeps nor answers anything under /api: what people write is never here.
// It also shows push reminders (decision 087).
import { clientsClaim } from 'workbox-core';
import { addRoute, matchPrecache, precache, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { reminders } from '../../content/reminders.ts';
import { answersNavigation, SHELL_URL } from './sw-rules.ts';

declare let self: ServiceWorkerGlobalScope & { __WB_MANIFEST: PrecacheEntry[] };

// Replaced by the build with this build's files.
precache(self.__WB_MANIFEST);

// Pages: the network first (always the newest shell), the kept shell when offline. Registered
// before the precache route, so a page load never gets a kept shell while the network answers.
registerRoute(
  ({ request, url }) => request.mode === 'navigate' && answersNavigation(url, self.location.origin),
  async ({ request }) => {
    try {
      return await fetch(request);
    } catch (error) {
      const shell = await matchPrecache(SHELL_URL);
      if (shell) return shell;
      throw error;
    }
  },
);

// The build's files, the icons and the manifest: from the cache (their names or revisions change
// with their content). Anything else, /api included, is left to the browser.
addRoute();

// A new build takes over at once, and its install drops the files of older builds.
self.addEventListener('install', () => void self.skipWaiting());
clientsClaim();
self.addEventListener('activate', (event) => {
  // Caches of the hand-written worker before this one (kintsugi-shell-v1) go.
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys())
        if (name.startsWith('kintsugi-shell-')) await caches.delete(name);
    })(),
  );
});

// Reminders by Web Push (decision 087). The payload says only that something is waiting; if it
// cannot be read, the same words are shown. One tag: a repeat replaces, never piles up.
self.addEventListener('push', (event) => {
  let words: { title: string; body: string } = reminders.push;
  try {
    const data: unknown = event.data?.json();
    if (
      typeof data === 'object' &&
      data !== null &&
      'title' in data &&
      'body' in data &&
      typeof data.title === 'string' &&
      typeof data.body === 'string'
    )
      words = { title: data.title, body: data.body };
  } catch {
    /* not JSON: the same calm words */
  }
  event.waitUntil(
    self.registration.showNotification(words.title, {
      body: words.body,
      tag: 'kintsugi',
      icon: '/icons/icon-192.png',
      badge: '/icons/icon-192.png',
    }),
  );
});

// A tap opens the app: an open Kintsugi window if there is one, else a new one at its start.
self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  event.waitUntil(
    (async () => {
      const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
      const open = windows.find((client) => new URL(client.url).origin === self.location.origin);
      if (open) return open.focus();
      return self.clients.openWindow(SHELL_URL);
    })(),
  );
});

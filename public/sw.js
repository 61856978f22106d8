// Kintsugi's service worker. It keeps ONLY the built app shell (index.html, which holds no
// personal content) and the hashed, immutable assets, so the app can open without a connection.
// It never stores or answers anything under /api/: what people write is never cached here.
/* eslint-disable no-restricted-globals */
'use strict';

const CACHE = 'kintsugi-shell-v1';
const SHELL = '/';
const STATIC = [
  '/manifest.webmanifest',
  '/favicon.svg',
  '/icons/icon-192.png',
  '/icons/icon-512.png',
];

function assetsIn(html) {
  const found = new Set();
  for (const match of html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)) found.add(match[1]);
  return [...found];
}

/** Chunks a script names: Vite lists lazy screens as "assets/x.js" and siblings as "./x.js". */
function assetsNamedIn(script) {
  const found = new Set();
  for (const match of script.matchAll(/["'`](?:\/?assets\/|\.\/)([\w.-]+\.(?:js|css))["'`]/g)) {
    found.add(`/assets/${match[1]}`);
  }
  return found;
}

/**
 * Keeps every asset of this build: those index.html names, and every chunk they name in turn,
 * so screens opened for the first time still work offline. Returns the paths kept.
 */
async function keepBuild(cache, start) {
  const seen = new Set(start);
  const queue = [...start];
  while (queue.length > 0) {
    const path = queue.shift();
    let response = await cache.match(path);
    if (!response) {
      response = await fetch(path, { credentials: 'omit' });
      if (!response.ok) continue;
      await cache.put(path, response.clone());
    }
    if (!path.endsWith('.js')) continue;
    for (const next of assetsNamedIn(await response.text())) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
}

/** Stores a fresh shell and its whole build; drops assets of older builds. */
async function refreshShell(response) {
  const cache = await caches.open(CACHE);
  const html = await response.clone().text();
  const kept = await cache.match(SHELL);
  if (kept && (await kept.text()) === html) return; // same build: nothing to do
  const build = await keepBuild(cache, assetsIn(html));
  await cache.put(SHELL, response);
  for (const request of await cache.keys()) {
    const path = new URL(request.url).pathname;
    if (path.startsWith('/assets/') && !build.has(path)) await cache.delete(request);
  }
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const response = await fetch(SHELL, { cache: 'no-store', credentials: 'omit' });
      if (response.ok) await refreshShell(response);
      const cache = await caches.open(CACHE);
      await cache.addAll(STATIC).catch(() => undefined);
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (name !== CACHE) await caches.delete(name);
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (url.pathname.startsWith('/api/') || url.pathname === '/api') return; // never cached

  // Pages: the network first (always the newest shell), the kept shell when offline.
  if (request.mode === 'navigate') {
    event.respondWith(
      (async () => {
        try {
          const response = await fetch(request);
          const type = response.headers.get('content-type') || '';
          if (response.ok && type.includes('text/html')) {
            event.waitUntil(refreshShell(response.clone()).catch(() => undefined));
          }
          return response;
        } catch {
          const cached = await caches.match(SHELL);
          if (cached) return cached;
          throw new Error('offline and no shell kept');
        }
      })(),
    );
    return;
  }

  // Hashed assets never change: the cache first.
  if (url.pathname.startsWith('/assets/')) {
    event.respondWith(
      (async () => {
        const cached = await caches.match(request);
        if (cached) return cached;
        const response = await fetch(request);
        if (response.ok) {
          const cache = await caches.open(CACHE);
          await cache.put(request, response.clone());
        }
        return response;
      })(),
    );
    return;
  }

  // Icons and the manifest: whatever we kept, refreshed in the background.
  if (STATIC.includes(url.pathname)) {
    event.respondWith(
      (async () => {
        const cache = await caches.open(CACHE);
        const cached = await cache.match(request);
        const fresh = fetch(request)
          .then((response) => {
            if (response.ok) void cache.put(request, response.clone());
            return response;
          })
          .catch(() => cached);
        return cached || fresh;
      })(),
    );
  }
});

// Reminders by Web Push (decision 087). The payload says only that something is waiting; if it
// cannot be read, the same words are shown. One tag: a repeat replaces, never piles up.
const PUSH_WORDS = { title: 'Kintsugi', body: 'Something is waiting for you.' };

self.addEventListener('push', (event) => {
  let words = PUSH_WORDS;
  try {
    const data = event.data ? event.data.json() : null;
    if (data && typeof data.title === 'string' && typeof data.body === 'string') {
      words = { title: data.title, body: data.body };
    }
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
      return self.clients.openWindow('/');
    })(),
  );
});

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

/** Stores a fresh shell and its assets; drops assets the new shell no longer uses. */
async function refreshShell(response) {
  const cache = await caches.open(CACHE);
  const html = await response.clone().text();
  const kept = await cache.match(SHELL);
  if (kept && (await kept.text()) === html) return; // same build: nothing to do
  const assets = assetsIn(html);
  await cache.addAll(assets);
  await cache.put(SHELL, response);
  const keep = new Set(assets.map((a) => new URL(a, self.location.origin).href));
  for (const request of await cache.keys()) {
    const url = new URL(request.url);
    if (url.pathname.startsWith('/assets/') && !keep.has(url.href) && !isLazyChunk(url))
      await cache.delete(request);
  }
}

// Chunks loaded later (not named in index.html) are kept until the next shell change clears them.
let lazy = new Set();
function isLazyChunk(url) {
  return lazy.has(url.href);
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
          lazy.add(url.href);
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

// Registers /sw.js, which keeps the built app shell so the app opens without a connection.
// It never stores an /api answer. Only in built apps: the dev server has no hashed assets.
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => {
      /* the app works without it, just not offline */
    });
  });
}

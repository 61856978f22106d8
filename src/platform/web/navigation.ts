import { createRouter, shouldIntercept, type Location, type Router } from './router.ts';
import { useStore } from './store.ts';

// The browser's one router. Links are plain <a href>; clicks on them are caught here.
let router: Router | undefined;

function getRouter(): Router {
  router ??= createRouter(window);
  return router;
}

export function navigate(to: string): void {
  getRouter().navigate(to);
  window.scrollTo(0, 0);
}

const locationSource = {
  get: (): Location => getRouter().current(),
  subscribe: (listener: () => void) => getRouter().subscribe(listener),
};

export function useLocation(): Location {
  return useStore(locationSource);
}

export function currentLocation(): Location {
  return getRouter().current();
}

/** Catches same-origin link clicks and keeps the router in step with the address bar. */
export function startNavigation(): void {
  const r = getRouter();
  document.addEventListener('click', (event) => {
    const target = event.target;
    if (!(target instanceof Element)) return;
    const anchor = target.closest('a');
    if (!anchor || !anchor.hasAttribute('href')) return;
    if (!shouldIntercept(event, anchor, window.location.origin)) return;
    event.preventDefault();
    const url = new URL(anchor.href);
    navigate(url.pathname + url.search + url.hash);
  });
  window.addEventListener('popstate', () => r.sync());
  window.addEventListener('hashchange', () => r.sync());
}

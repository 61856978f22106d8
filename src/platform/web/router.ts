// A tiny router. It navigates with history.replaceState ONLY, never pushState, so the tab holds
// exactly one entry for this app: quick exit replaces that entry and the back button cannot bring
// any of our pages back. No DOM globals are touched at import time, so this file is testable in Node.

export interface Location {
  pathname: string;
  search: string;
  hash: string;
}

export type Params = Record<string, string>;

/**
 * Matches "/a/:id" against "/a/42" and gives { id: "42" }; null when it does not match.
 * A trailing slash on the path is ignored, "*" matches anything.
 */
export function matchPath(pattern: string, pathname: string): Params | null {
  if (pattern === '*') return {};
  const want = split(pattern);
  const got = split(pathname);
  if (want.length !== got.length) return null;
  const params: Params = {};
  for (let i = 0; i < want.length; i++) {
    const w = want[i]!;
    const g = got[i]!;
    if (w.startsWith(':')) {
      let value: string;
      try {
        value = decodeURIComponent(g);
      } catch {
        return null;
      }
      params[w.slice(1)] = value;
    } else if (w !== g) {
      return null;
    }
  }
  return params;
}

function split(path: string): string[] {
  return path.split('/').filter((part) => part !== '');
}

/** Reads a value from a fragment shaped like "#code=abc&x=1". */
export function readHashParam(hash: string, name: string): string | null {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  return new URLSearchParams(raw).get(name);
}

export interface ClickLike {
  button: number;
  metaKey: boolean;
  ctrlKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  defaultPrevented: boolean;
}

export interface AnchorLike {
  href: string;
  target: string;
  hasAttribute(name: string): boolean;
  getAttribute(name: string): string | null;
}

/**
 * Whether a click on a link should stay inside the app. Links elsewhere, new-tab clicks,
 * downloads and tel:/mailto: links are left to the browser.
 */
export function shouldIntercept(event: ClickLike, anchor: AnchorLike, origin: string): boolean {
  if (event.defaultPrevented || event.button !== 0) return false;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return false;
  if (anchor.target && anchor.target !== '_self') return false;
  if (anchor.hasAttribute('download') || anchor.hasAttribute('data-native')) return false;
  // In-page links ("#main") are handled where they are rendered.
  if ((anchor.getAttribute('href') ?? '').startsWith('#')) return false;
  let url: URL;
  try {
    url = new URL(anchor.href, origin);
  } catch {
    return false;
  }
  if (url.origin !== origin) return false;
  // The API and static files are real requests, never screens.
  if (url.pathname.startsWith('/api/')) return false;
  return true;
}

export interface HistoryLike {
  replaceState(data: unknown, unused: string, url?: string): void;
}

export interface WindowLike {
  location: Location & { origin: string };
  history: HistoryLike;
}

export interface Router {
  current(): Location;
  /** Goes to an in-app path (may carry ?search and #hash). Always replaces the current entry. */
  navigate(to: string): void;
  subscribe(listener: () => void): () => void;
  /** Re-reads the address bar (after popstate or hashchange). */
  sync(): void;
}

export function createRouter(win: WindowLike): Router {
  const listeners = new Set<() => void>();
  let location = read(win);

  function read(w: WindowLike): Location {
    return { pathname: w.location.pathname, search: w.location.search, hash: w.location.hash };
  }

  function notify(): void {
    for (const listener of [...listeners]) listener();
  }

  return {
    current: () => location,
    navigate(to) {
      const url = new URL(to, win.location.origin);
      if (url.origin !== win.location.origin)
        throw new Error('navigate() only takes paths inside the app');
      const next = url.pathname + url.search + url.hash;
      const now = location.pathname + location.search + location.hash;
      win.history.replaceState(null, '', next);
      location = { pathname: url.pathname, search: url.search, hash: url.hash };
      if (next !== now) notify();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    sync() {
      const next = read(win);
      if (
        next.pathname === location.pathname &&
        next.search === location.search &&
        next.hash === location.hash
      )
        return;
      location = next;
      notify();
    },
  };
}

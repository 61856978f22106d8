// What the service worker keeps and answers (decision 164), as plain functions: the build uses
// them to write the precache list, the worker to choose what it answers, and the pure tests to
// hold both to the one rule that matters most: nothing under /api is ever kept or answered.

/** The app shell's address; index.html holds no personal content. */
export const SHELL_URL = '/';

/** Files of public/ the worker keeps beside the build: the manifest and the icons. */
export const KEPT_PUBLIC_FILES = [
  'manifest.webmanifest',
  'favicon.svg',
  'icons/icon-192.png',
  'icons/icon-512.png',
] as const;

/** One file to keep: a URL, and a revision unless its name already changes with its content. */
export interface PrecacheEntry {
  url: string;
  revision: string | null;
}

/** The API: what people wrote lives there, so the worker never keeps nor answers it. */
export function isApi(pathname: string): boolean {
  return pathname === '/api' || pathname.startsWith('/api/');
}

/**
 * The precache list from the build's own list of files (Vite's bundle) and the kept public
 * files: `index.html` as the shell at `/`, every file under `assets/` (named by its content, so
 * no revision), and each public file with the hash of its content as its revision. The `.br`
 * and `.gz` copies are the same files sent compressed, never kept twice. An /api address fails
 * the build.
 */
export function precacheEntries(files: { fileName: string; hash: string }[]): PrecacheEntry[] {
  const kept: readonly string[] = KEPT_PUBLIC_FILES;
  const entries: PrecacheEntry[] = [];
  for (const { fileName, hash } of files) {
    if (/\.(?:br|gz)$/.test(fileName)) continue;
    if (fileName === 'index.html') entries.push({ url: SHELL_URL, revision: hash });
    else if (fileName.startsWith('assets/')) entries.push({ url: `/${fileName}`, revision: null });
    else if (kept.includes(fileName)) entries.push({ url: `/${fileName}`, revision: hash });
  }
  for (const entry of entries) {
    // As the browser will read it (`/assets/../api` is /api).
    if (isApi(new URL(entry.url, 'https://kintsugi.invalid').pathname))
      throw new Error(`The service worker must never keep ${entry.url}`);
  }
  if (!entries.some((entry) => entry.url === SHELL_URL))
    throw new Error('The build has no index.html for the service worker to keep');
  return entries.sort((a, b) => a.url.localeCompare(b.url));
}

/**
 * Whether the worker answers a page load: this site's pages, network first, with the kept
 * shell when offline. Never an /api address (the one-click unsubscribe opens one in a browser).
 */
export function answersNavigation(url: URL, origin: string): boolean {
  return url.origin === origin && !isApi(url.pathname);
}

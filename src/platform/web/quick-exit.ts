import { NEUTRAL_URL } from '../../content/shell.ts';
import { LOCK_URL, quickExitMode, tellOtherTabs } from './app-lock.ts';

// Quick exit: hide the page, sign out on this device (or lock it, when the person chose that
// and set a PIN; decision 132), clear what we keep in this browser, then replace the tab's one
// app entry with a neutral page. Because the router only ever uses replaceState, nothing of
// ours stays in history (decision 005); because the session ends or is locked on the server,
// opening the site again shows the sign-in page or the lock screen, not the last screen.

/**
 * The path the account screens sign out by (kept here so the frame needs no feature), asking it
 * to forget this browser too: its device cookie goes, so nothing of Kintsugi stays in the
 * browser's cookies on a shared device (decision 085).
 */
const SIGN_OUT_URL = '/api/v1/auth/sign-out?device=forget';

export function quickExit(): void {
  // Hide the page at once, in case the next page is slow to arrive (and in any kept copy of it).
  document.documentElement.classList.add('is-leaving');
  try {
    // keepalive: the request outlives this page, so leaving never waits for the network.
    const url = quickExitMode() === 'lock' ? LOCK_URL : SIGN_OUT_URL;
    void fetch(url, { method: 'POST', credentials: 'same-origin', keepalive: true }).catch(
      () => {},
    );
  } catch {
    /* leaving matters more */
  }
  // This site's other tabs leave for the neutral page too.
  tellOtherTabs('exit');
  try {
    localStorage.clear();
  } catch {
    /* storage can be unavailable (private mode); leaving matters more */
  }
  try {
    sessionStorage.clear();
  } catch {
    /* as above */
  }
  window.location.replace(NEUTRAL_URL);
}

/**
 * A page the browser kept whole in its back/forward cache comes back with its screen and memory
 * as they were. Never show that: hide it and load afresh, which asks the server who is signed
 * in (after a quick exit: no one, or a locked session that shows only the lock screen).
 */
export function neverRestoreFromCache(): void {
  window.addEventListener('pageshow', (event) => {
    if (!event.persisted) return;
    document.documentElement.classList.add('is-leaving');
    window.location.reload();
  });
}

/**
 * Counts presses of one key: returns true on the `count`-th press within `windowMs`.
 * Pure (time is passed in) so it is tested without a browser.
 */
export function createPressCounter(count = 3, windowMs = 2000): (now: number) => boolean {
  let presses: number[] = [];
  return (now) => {
    presses = presses.filter((t) => now - t < windowMs);
    presses.push(now);
    if (presses.length >= count) {
      presses = [];
      return true;
    }
    return false;
  };
}

/** Escape three times within two seconds leaves, from anywhere in the app. */
export function startQuickExitKeys(): void {
  const press = createPressCounter(3, 2000);
  window.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Escape' || event.repeat) return;
      if (press(event.timeStamp || Date.now())) quickExit();
    },
    { capture: true },
  );
}

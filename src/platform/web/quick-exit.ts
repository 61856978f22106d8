import { NEUTRAL_URL } from '../../content/shell.ts';

// Quick exit: clear what we keep in this browser, then replace the tab's one app entry with a
// neutral page. Because the router only ever uses replaceState, nothing of ours stays in history.

export function quickExit(): void {
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
  // Hide the page at once, in case the next page is slow to arrive.
  document.documentElement.classList.add('is-leaving');
  window.location.replace(NEUTRAL_URL);
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

import { NEUTRAL_URL } from '../../content/shell.ts';
import { createStore } from './store.ts';

// The app lock in the page (decision 132). The lock itself lives on the server (the session is
// marked locked, and every private route answers 423); the page's part is to drop what it holds
// and show the lock screen. The surest way to drop every screen's data and every half-typed
// draft from memory is to load the page afresh: after `POST /api/v1/lock` the new page asks
// who is signed in, hears "locked", and shows only the lock screen.
//
// This module is part of the frame (no feature): the lock button, the quick exit, the idle timer
// and the API client all reach it. The account feature tells it what the person chose.

export type QuickExitMode = 'sign-out' | 'lock';

export interface AppLockChoice {
  /** null: never by itself. */
  idleMinutes: number | null;
  quickExit: QuickExitMode;
}

/** The same path the account feature serves; kept here so the frame needs no feature. */
export const LOCK_URL = '/api/v1/lock';
const SESSION_URL = '/api/v1/session';

/** What the person chose (from `GET /api/v1/session`); null when they set no lock. */
export const appLockStore = createStore<AppLockChoice | null>(null);

export function setAppLockChoice(next: AppLockChoice | null): void {
  appLockStore.set(next);
}

/** What the quick exit does: lock only when a lock is set and the person chose it. */
export function quickExitMode(): QuickExitMode {
  return appLockStore.get()?.quickExit === 'lock' ? 'lock' : 'sign-out';
}

let dropping = false;

/** Other tabs of this site hear a lock or a quick exit at once, not at their next request. */
const CHANNEL = 'kintsugi-leave';
let channel: BroadcastChannel | null = null;

function openChannel(): BroadcastChannel | null {
  if (channel || typeof BroadcastChannel === 'undefined') return channel;
  channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent) => {
    if (event.data === 'exit') {
      // A quick exit in another tab: this one leaves too, without asking the server anything.
      document.documentElement.classList.add('is-leaving');
      window.location.replace(NEUTRAL_URL);
    } else {
      dropEverythingAndShowLock({ tell: false });
    }
  };
  return channel;
}

/**
 * Tells this site's other tabs: `lock` (sent once the server has locked) makes them reload into
 * the lock screen; `exit` (the quick exit) sends them to the neutral page as well.
 */
export function tellOtherTabs(kind: 'lock' | 'exit'): void {
  try {
    openChannel()?.postMessage(kind);
  } catch {
    /* the other tabs will hear a 423 or 401 at their next request */
  }
}

/** Starts listening for a lock or quick exit in another tab. */
export function listenToOtherTabs(): void {
  openChannel();
}

/** Hides the page at once and loads it afresh: memory, drafts and screens go with the old page. */
export function dropEverythingAndShowLock(options: { tell?: boolean } = {}): void {
  if (dropping) return;
  dropping = true;
  if (options.tell !== false) tellOtherTabs('lock');
  document.documentElement.classList.add('is-leaving');
  try {
    sessionStorage.clear();
  } catch {
    /* storage can be unavailable; the reload matters more */
  }
  window.location.reload();
}

/** "Lock now": locks this session on the server, then drops everything the page holds. */
export async function lockNow(): Promise<void> {
  document.documentElement.classList.add('is-leaving');
  try {
    await fetch(LOCK_URL, { method: 'POST', credentials: 'same-origin', keepalive: true });
  } catch {
    /* offline: the page still forgets; the server locks by itself after the idle time */
  }
  dropEverythingAndShowLock();
}

const ACTIVITY = ['pointerdown', 'keydown', 'touchstart', 'wheel', 'scroll'] as const;
const CHECK_EVERY_MS = 10_000;
const HEARTBEAT_MS = 60_000;

/**
 * Whether the person has been away for their idle time. Pure (time passed in), tested alone.
 * No choice, or "never": never.
 */
export function idleFor(lastActivity: number, now: number, current: AppLockChoice | null): boolean {
  if (!current || current.idleMinutes === null) return false;
  return now - lastActivity >= current.idleMinutes * 60_000;
}

/**
 * Locks after the chosen idle time without a key, a tap or a scroll. Timers sleep with the
 * phone, so the check also runs when the page is shown again. While the person is active, a
 * light request now and then tells the server they are still here (the server locks a session
 * that sent nothing for the idle time and a minute).
 */
export function startIdleLock(isSignedIn: () => boolean): void {
  let last = Date.now();
  let lastBeat = Date.now();
  const check = () => {
    const choice = appLockStore.get();
    if (!isSignedIn() || !choice) {
      last = Date.now();
      return;
    }
    if (idleFor(last, Date.now(), choice)) void lockNow();
  };
  const active = () => {
    check();
    last = Date.now();
    if (isSignedIn() && appLockStore.get()?.idleMinutes && last - lastBeat > HEARTBEAT_MS) {
      lastBeat = last;
      void fetch(SESSION_URL, { credentials: 'same-origin' }).catch(() => {});
    }
  };
  for (const name of ACTIVITY) {
    window.addEventListener(name, active, { capture: true, passive: true });
  }
  document.addEventListener('visibilitychange', check);
  window.setInterval(check, CHECK_EVERY_MS);
}

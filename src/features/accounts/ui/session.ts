import { ApiError } from '../../../platform/web/api.ts';
import { onUnauthorized } from '../../../platform/web/http.ts';
import { createStore } from '../../../platform/web/store.ts';
import { setAppLockChoice } from '../../../platform/web/app-lock.ts';
import { signUp as words } from '../../../content/accounts.ts';
import type { SecondStep } from './second-factor-api.ts';
import { accountsApi, type Me } from './accounts-api.ts';

// Who is signed in on this device. The cookie is HttpOnly, so the server is the only way to know.

export type Session =
  | { status: 'loading' }
  /** We could not ask the server (offline): we don't know yet, and we don't pretend to. */
  | { status: 'unreachable' }
  | { status: 'signed-out' }
  /** Signed in, but the app lock holds: only the lock screen is shown (decision 132). */
  | { status: 'locked' }
  | { status: 'signed-in'; me: Me };

export const sessionStore = createStore<Session>({ status: 'loading' });

export function currentMe(): Me | null {
  const s = sessionStore.get();
  return s.status === 'signed-in' ? s.me : null;
}

function signedOut(): void {
  setAppLockChoice(null);
  sessionStore.set({ status: 'signed-out' });
}

let watching = false;

/**
 * Asks the server who we are. Offline, we say so and ask again as soon as the connection is back,
 * rather than showing a sign-in screen to someone who is signed in.
 */
export async function loadSession(): Promise<void> {
  if (!watching) {
    watching = true;
    onUnauthorized(() => {
      if (sessionStore.get().status !== 'signed-out') signedOut();
    });
    window.addEventListener('online', () => {
      if (sessionStore.get().status === 'unreachable') void loadSession();
    });
  }
  try {
    const { me, locked, appLock } = await accountsApi.session();
    setAppLockChoice(appLock ?? null);
    if (me) sessionStore.set({ status: 'signed-in', me });
    else if (locked) sessionStore.set({ status: 'locked' });
    else signedOut();
  } catch (error) {
    if (error instanceof ApiError && error.isNetwork) sessionStore.set({ status: 'unreachable' });
    else signedOut();
  }
}

/** Answers the second step to take when a second factor is on (decision 131), else null. */
export async function signIn(email: string, password: string): Promise<SecondStep | null> {
  const answer = await accountsApi.signIn(email, password);
  if ('secondFactor' in answer) return answer.secondFactor;
  await finishSignIn();
  return null;
}

/** A session exists now (after a password, a passkey or a second step): who am I. */
export async function finishSignIn(): Promise<void> {
  // The session's answer carries the app lock's choices too (this device's idle timer reads them).
  const { me, appLock } = await accountsApi.session();
  if (!me) throw new ApiError(401, 'not_signed_in', words.notSignedIn);
  setAppLockChoice(appLock ?? null);
  lockEndedStore.set(false);
  sessionStore.set({ status: 'signed-in', me });
}

/**
 * The server answers sign-up alike for known and unknown emails, so the proof that it worked
 * is that /me now knows us. If it doesn't, say so plainly.
 */
export async function signUp(email: string, password: string, displayName: string): Promise<void> {
  await accountsApi.signUp(email, password, displayName);
  try {
    const me = await accountsApi.me();
    sessionStore.set({ status: 'signed-in', me: await withOwnTimeZone(me) });
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      throw new ApiError(401, 'not_signed_in', words.notSignedIn);
    }
    throw error;
  }
}

/** "A day" is the person's own day: a new account takes this device's time zone. */
async function withOwnTimeZone(me: Me): Promise<Me> {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (!zone || zone === me.timeZone) return me;
  try {
    return await accountsApi.update({ timeZone: zone });
  } catch {
    return me; // not worth troubling anyone about; it can be set later
  }
}

export async function signOut(): Promise<void> {
  try {
    await accountsApi.signOut();
  } catch (error) {
    // Already signed out is fine; anything else (offline) leaves the session as it is.
    if (!(error instanceof ApiError && error.status === 401)) throw error;
  }
  signedOut();
}

/** The app lock opened: ask again who we are (the page held nothing while it was locked). */
export async function unlocked(): Promise<void> {
  await loadSession();
}

/** Too many wrong PINs ended the session: the sign-in page says why, until the next sign-in. */
export const lockEndedStore = createStore(false);

/** Too many wrong PINs: signed out on this device, and the sign-in page says so. */
export function endedWhileLocked(): void {
  lockEndedStore.set(true);
  signedOut();
}

export function updateMe(me: Me): void {
  sessionStore.set({ status: 'signed-in', me });
}

import { createStore } from '../../../platform/web/store.ts';

// An invite code someone opened but has not used yet. It is kept in localStorage (not only this
// tab's sessionStorage) so it survives a reload, a new tab and the sign-up detour; it is dropped
// once used, once the server says it is dead, when the person says they are not joining, or after
// the seven days an invite lives. Quick exit clears localStorage, and with it this.
const KEY = 'kintsugi.invite';
const INVITE_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

interface Kept {
  code: string;
  savedAt: number;
}

function read(): string {
  try {
    const raw = localStorage.getItem(KEY);
    if (!raw) return '';
    const kept = JSON.parse(raw) as Partial<Kept>;
    if (typeof kept.code !== 'string' || typeof kept.savedAt !== 'number') return '';
    if (Date.now() - kept.savedAt > INVITE_LIFETIME_MS) {
      localStorage.removeItem(KEY);
      return '';
    }
    return kept.code;
  } catch {
    return '';
  }
}

/** The code waiting to be used in this browser, or '' when there is none. */
export const pendingInviteStore = createStore<string>(read());

export function keepPendingInvite(code: string): void {
  try {
    localStorage.setItem(KEY, JSON.stringify({ code, savedAt: Date.now() } satisfies Kept));
  } catch {
    /* storage can be unavailable (private mode); the code still works in this page */
  }
  pendingInviteStore.set(code);
}

export function forgetPendingInvite(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    /* nothing kept */
  }
  pendingInviteStore.set('');
}

/** Reads storage again (another tab may have kept or used a code). */
export function refreshPendingInvite(): string {
  const code = read();
  if (code !== pendingInviteStore.get()) pendingInviteStore.set(code);
  return code;
}

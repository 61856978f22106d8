// The account limits the server's schemas enforce and the browser checks before asking, in one
// place. No zod here: the sign-in page's first chunk reads these, and zod must not enter it.

/** A new password: at least this many characters (`passwordSchema`). */
export const PASSWORD_MIN = 8;
/** A new password: at most this many characters. */
export const PASSWORD_MAX = 256;

/** The app lock's secret: a PIN of 4 to 8 digits, or a passphrase of 8 or more characters. */
export const LOCK_PIN_MIN = 4;
export const LOCK_PIN_MAX = 8;
export const LOCK_PASSPHRASE_MIN = 8;
export const LOCK_SECRET_MAX = 128;

const DIGITS = /^\d+$/;

/** The app lock's rule for a PIN or passphrase (`lockSecretSchema`), without the length cap. */
export function fitsLockRule(value: string): boolean {
  return DIGITS.test(value)
    ? value.length >= LOCK_PIN_MIN && value.length <= LOCK_PIN_MAX
    : value.length >= LOCK_PASSPHRASE_MIN;
}

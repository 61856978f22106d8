import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits, base64url: the only copy lives in the person's cookie. */
export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export const SESSION_ABSOLUTE_DAYS = 60;

export function sessionCookieName(isSecure: boolean): string {
  // `__Host-` binds the cookie to this exact origin; browsers only accept it over https.
  return isSecure ? '__Host-kintsugi' : 'kintsugi';
}

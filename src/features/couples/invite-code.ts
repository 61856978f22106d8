import { createHash, randomInt } from 'node:crypto';

// Crockford's base32: no I, L, O or U, so a code read aloud or typed on a phone survives.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** 12 symbols, 60 random bits, shown as XXXX-XXXX-XXXX. */
export function newInviteCode(): string {
  let code = '';
  for (let i = 0; i < 12; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`;
}

/** Reads a code the way people type it: any case, spaces or dashes, O for 0, I or L for 1. */
export function normalizeInviteCode(input: string): string {
  return input
    .toUpperCase()
    .replace(/[^0-9A-Z]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
}

export function hashInviteCode(input: string): string {
  return createHash('sha256').update(normalizeInviteCode(input)).digest('hex');
}

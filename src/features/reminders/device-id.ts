// No zod here: the browser's push button reads this (the first page's chunk stays free of it).

/**
 * A device's id in the API: a UUID (version 8) made from the sha256 of its push address, so the
 * browser can work it out from the subscription it holds, and the address never rides in a URL.
 */
export function deviceIdFromDigest(sha256: Uint8Array): string {
  const b = Array.from(sha256.slice(0, 16));
  b[6] = (b[6]! & 0x0f) | 0x80;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = b.map((n) => n.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

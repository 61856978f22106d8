import { describe, expect, it } from 'vitest';
import { idleFor } from './app-lock.ts';

describe('idleFor', () => {
  const five = { idleMinutes: 5, quickExit: 'sign-out' as const };

  it('locks once the chosen minutes have passed without input, not a moment before', () => {
    expect(idleFor(0, 5 * 60_000 - 1, five)).toBe(false);
    expect(idleFor(0, 5 * 60_000, five)).toBe(true);
  });

  it('never locks by itself without a lock, or with "only when I lock it"', () => {
    expect(idleFor(0, 10 * 3_600_000, null)).toBe(false);
    expect(idleFor(0, 10 * 3_600_000, { idleMinutes: null, quickExit: 'lock' })).toBe(false);
  });
});

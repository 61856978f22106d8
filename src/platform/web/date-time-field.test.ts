import { describe, expect, it } from 'vitest';
import { fromLocalInput, toLocalInput } from '../time/device.ts';

describe('date and time inputs', () => {
  it('round-trips a local time to an instant and back (to the minute)', () => {
    const at = new Date(2026, 4, 1, 20, 30);
    const local = toLocalInput(at);
    expect(local).toBe('2026-05-01T20:30');
    expect(fromLocalInput(local)).toBe(at.toISOString());
  });

  it('accepts seconds, and refuses anything that is not a whole date and time', () => {
    expect(fromLocalInput('2026-05-01T20:30:15')).toBe(
      new Date(2026, 4, 1, 20, 30, 15).toISOString(),
    );
    for (const bad of ['', '2026-05-01', '20:30', 'tomorrow', '2026-13-45T99:99'])
      expect(fromLocalInput(bad), bad).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { createPressCounter } from './quick-exit.ts';

describe('createPressCounter', () => {
  it('fires on the third press within two seconds', () => {
    const press = createPressCounter(3, 2000);
    expect(press(0)).toBe(false);
    expect(press(500)).toBe(false);
    expect(press(1900)).toBe(true);
  });

  it('does not fire when the presses are spread out', () => {
    const press = createPressCounter(3, 2000);
    expect(press(0)).toBe(false);
    expect(press(1500)).toBe(false);
    expect(press(2100)).toBe(false); // the first press has expired: only two count
    expect(press(2200)).toBe(true);
  });

  it('starts counting again after firing', () => {
    const press = createPressCounter(3, 2000);
    press(0);
    press(1);
    expect(press(2)).toBe(true);
    expect(press(3)).toBe(false);
    expect(press(4)).toBe(false);
    expect(press(5)).toBe(true);
  });
});

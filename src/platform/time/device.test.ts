import { describe, expect, it } from 'vitest';
import { mondayOf, weekStartOn } from './days.ts';
import { deviceDay, startOfDeviceDay } from './device.ts';

describe("this device's days", () => {
  it('names the day the device shows, late at night and early in the morning alike', () => {
    expect(deviceDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(deviceDay(new Date(2026, 0, 6, 0, 1))).toBe('2026-01-06');
  });

  it("starts a day at the device's own midnight", () => {
    expect(startOfDeviceDay('2026-03-09')).toBe(new Date(2026, 2, 9).toISOString());
  });
});

describe('weeks', () => {
  it('start on the chosen weekday, on that day itself or the latest before it', () => {
    expect(weekStartOn('2026-11-30', 1)).toBe('2026-11-30'); // a Monday
    expect(weekStartOn('2026-11-29', 1)).toBe('2026-11-23'); // a Sunday
    expect(weekStartOn('2026-11-29', 0)).toBe('2026-11-29');
    expect(weekStartOn('2026-12-04', 3)).toBe('2026-12-02');
    expect(mondayOf('2027-01-01')).toBe('2026-12-28');
  });
});

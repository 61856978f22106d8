import { describe, expect, it } from 'vitest';
import { formatDay, localTime } from './days.ts';

describe("a person's wall clock", () => {
  it('reads the hour and minute where they are, on a 24-hour clock', () => {
    const instant = new Date('2026-11-29T23:05:00Z');
    expect(localTime(instant, 'UTC')).toBe('23:05');
    expect(localTime(instant, 'Asia/Kolkata')).toBe('04:35');
    expect(localTime(instant, 'America/New_York')).toBe('18:05');
    // Summer time moves the clock, not the instant.
    expect(localTime(new Date('2026-07-01T23:05:00Z'), 'America/New_York')).toBe('19:05');
  });

  it('falls back to UTC for a time zone nobody knows', () => {
    expect(localTime(new Date('2026-11-29T00:00:00Z'), 'Mars/Olympus')).toBe('00:00');
  });
});

describe('a calendar day to read', () => {
  it('names the day itself, wherever the reader is, down to a day and a month', () => {
    const short = formatDay('2026-11-30', 'dayMonth');
    expect(short).toMatch(/30/);
    expect(short).not.toMatch(/2026|29/);
    expect(formatDay('2026-11-30', 'month')).toMatch(/2026/);
    expect(formatDay('not a day', 'dayMonth')).toBe('not a day');
  });
});

// Calendar days as people live them: "a day" is the person's own day in their time zone.
// Pure, shared by server and web.

/** A person's calendar day (YYYY-MM-DD) at `instant`, in their own time zone (UTC if unknown). */
export function localDay(instant: Date, timeZone: string): string {
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
  } catch {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'UTC',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
  }
  const parts = format.formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** A person's wall clock ("HH:MM", 24 hours) at `instant`, in their own time zone (UTC if unknown). */
export function localTime(instant: Date, timeZone: string): string {
  const options = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } as const;
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-GB', { ...options, timeZone });
  } catch {
    format = new Intl.DateTimeFormat('en-GB', { ...options, timeZone: 'UTC' });
  }
  return format.format(instant);
}

/** How far `timeZone`'s wall clock is ahead of UTC at `instant`, in ms. */
function offsetAt(instant: number, timeZone: string): number {
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  } catch {
    return 0;
  }
  const parts = Object.fromEntries(
    format.formatToParts(instant).map((p) => [p.type, Number(p.value)]),
  );
  const wall = Date.UTC(
    parts.year!,
    parts.month! - 1,
    parts.day,
    parts.hour,
    parts.minute,
    parts.second,
  );
  return wall - Math.floor(instant / 1000) * 1000;
}

/** When `day` begins and ends in `timeZone`, as UTC milliseconds (what PostgreSQL's AT TIME ZONE gives). */
export function daySpan(day: string, timeZone: string): { startsAt: number; endsAt: number } {
  const midnight = (d: string) => {
    const wall = Date.parse(`${d}T00:00:00Z`);
    const guess = wall - offsetAt(wall, timeZone);
    return wall - offsetAt(guess, timeZone);
  };
  return { startsAt: midnight(day), endsAt: midnight(addDays(day, 1)) };
}

/** `day` plus `days` (may be negative), as YYYY-MM-DD. Calendar arithmetic, no time zone. */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The start of the week holding `day` when weeks start on `weekday` (0 = Sunday): that day or the latest before it. */
export function weekStartOn(day: string, weekday: number): string {
  const dow = new Date(`${day}T00:00:00Z`).getUTCDay();
  return addDays(day, -((dow - weekday + 7) % 7));
}

/** The Monday of the ISO week holding `day` (what PostgreSQL's date_trunc('week') gives). */
export function mondayOf(day: string): string {
  return weekStartOn(day, 1);
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** A calendar day for people to read, in their language: "Monday 23 November 2026" or shorter ("23 Nov"). */
export function formatDay(
  day: string,
  style: 'full' | 'long' | 'medium' | 'month' | 'dayMonth' = 'medium',
): string {
  let format = dayFormats.get(style);
  if (!format) {
    const options: Intl.DateTimeFormatOptions =
      style === 'month'
        ? { month: 'long', year: 'numeric', timeZone: 'UTC' }
        : style === 'dayMonth'
          ? { day: 'numeric', month: 'short', timeZone: 'UTC' }
          : { dateStyle: style, timeZone: 'UTC' };
    format = new Intl.DateTimeFormat(undefined, options);
    dayFormats.set(style, format);
  }
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? day : format.format(date);
}

// Review dates are calendar days (YYYY-MM-DD) in the person's own day.

export function localDay(at: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

export function weeksFromToday(weeks: number, today: Date = new Date()): string {
  const at = new Date(today.getFullYear(), today.getMonth(), today.getDate() + weeks * 7);
  return localDay(at);
}

const dayFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'long', timeZone: 'UTC' });

/** "23 November 2026" for "2026-11-23", without shifting the day by a time zone. */
export function formatDay(day: string): string {
  const at = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(at.getTime()) ? day : dayFormat.format(at);
}

// Days and times as this device shows them (the browser's own time zone). For forms: a date
// input's value, a date-time input's value. The server works with the person's stored time zone
// through ./days.ts instead.

const pad = (n: number) => String(n).padStart(2, '0');

/** This device's calendar day (YYYY-MM-DD) at `at`. */
export function deviceDay(at: Date = new Date()): string {
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/** "2026-05-01T20:30" in this device's time zone, for a date-time input. */
export function toLocalInput(date: Date): string {
  return `${deviceDay(date)}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The input's local value as an ISO instant, or null when it is not a whole date and time. */
export function fromLocalInput(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value)) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** When this device's `day` (YYYY-MM-DD) begins, as an ISO instant. */
export function startOfDeviceDay(day: string): string {
  return new Date(`${day}T00:00:00`).toISOString();
}

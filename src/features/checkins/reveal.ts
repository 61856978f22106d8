// The rules of who sees which check-in, as pure functions (no I/O): the server applies them on
// top of row-level security (drizzle/0020_checkins.sql says the same in SQL), and the tests walk
// every combination. Shared by server and web.

import { addDays, daySpan, localDay, weekStartOn } from '../../platform/time/days.ts';

export type Visibility = 'private' | 'shared';

export { addDays, daySpan, localDay };

/** A lived day: when it began and ended, in UTC milliseconds. */
export interface Span {
  startsAt: number;
  endsAt: number;
}

/** Two days were lived at the same time (touching at midnight is not overlapping). */
export const overlaps = (a: Span, b: Span) => a.startsAt < b.endsAt && b.startsAt < a.endsAt;

/** The start of the couple's week holding `day`: the latest `weekday` (0 = Sunday) on or before it. */
export function weekStartFor(day: string, weekday: number): string {
  return weekStartOn(day, weekday);
}

export interface DailyFacts extends Span {
  authorId: string;
  /** The couple the check-in was written in; null while its author was alone. */
  coupleId: string | null;
  /** The author's own calendar day. */
  day: string;
  visibility: Visibility;
  /** The author lets the partner know that one is waiting. */
  showWaiting: boolean;
}

export interface Viewer {
  id: string;
  /** The couple the viewer belongs to now (null when none). */
  coupleId: string | null;
  /** The days (as spans) on which the viewer checked in, in that couple. */
  checkedIn: readonly Span[];
}

/**
 * What `viewer` may see of a daily check-in:
 * - `own`: it is theirs;
 * - `revealed`: shared, in their couple, and they checked in on a day lived at the same time
 *   (the two days' spans overlap: the same date in one time zone, the nearest dates across zones);
 * - `waiting`: only that one is waiting for them (shared, the author allows the hint, not yet revealed);
 * - `hidden`: nothing at all, not even that it exists.
 */
export type DailyView = 'own' | 'revealed' | 'waiting' | 'hidden';

export function dailyView(viewer: Viewer, item: DailyFacts): DailyView {
  if (item.authorId === viewer.id) return 'own';
  if (item.visibility !== 'shared') return 'hidden';
  if (item.coupleId === null || item.coupleId !== viewer.coupleId) return 'hidden';
  if (viewer.checkedIn.some((span) => overlaps(span, item))) return 'revealed';
  return item.showWaiting ? 'waiting' : 'hidden';
}

/** The weekly check-in: the partner's answers show once the viewer answered the same week. */
export function weeklyView(
  viewer: { id: string; coupleId: string | null; answeredWeeks: ReadonlySet<string> },
  item: { authorId: string; coupleId: string; weekStart: string },
): 'own' | 'revealed' | 'hidden' {
  if (item.authorId === viewer.id) return 'own';
  if (item.coupleId !== viewer.coupleId) return 'hidden';
  return viewer.answeredWeeks.has(item.weekStart) ? 'revealed' : 'hidden';
}

import { describe, expect, it } from 'vitest';
import {
  addDays,
  dailyView,
  daySpan,
  localDay,
  weekStartFor,
  weeklyView,
  type DailyFacts,
  type Viewer,
} from './reveal.ts';

const A = 'author-a';
const B = 'viewer-b';
const C1 = 'couple-1';
const C2 = 'couple-2';
const DAY = '2026-11-23';

/** A viewer who checked in on these days (in `zone`, UTC unless said). */
const viewer = (days: string[], coupleId: string | null = C1, zone = 'UTC'): Viewer => ({
  id: B,
  coupleId,
  checkedIn: days.map((d) => daySpan(d, zone)),
});
/** A check-in of `day` in `zone` (UTC unless said). */
const item = (over: Partial<DailyFacts> = {}, zone = 'UTC'): DailyFacts => ({
  authorId: A,
  coupleId: C1,
  visibility: 'shared',
  showWaiting: false,
  ...daySpan(over.day ?? DAY, zone),
  day: DAY,
  ...over,
});

describe('the mutual reveal of a daily check-in', () => {
  // Every combination of: visibility x hint allowed x viewer checked in that day x same couple.
  const cases: [DailyFacts['visibility'], boolean, boolean, boolean, string][] = [];
  for (const visibility of ['private', 'shared'] as const)
    for (const showWaiting of [false, true])
      for (const answered of [false, true])
        for (const sameCouple of [false, true]) {
          let expected = 'hidden';
          if (visibility === 'shared' && sameCouple)
            expected = answered ? 'revealed' : showWaiting ? 'waiting' : 'hidden';
          cases.push([visibility, showWaiting, answered, sameCouple, expected]);
        }

  it.each(cases)(
    '%s, hint %s, partner answered %s, same couple %s -> %s',
    (visibility, showWaiting, answered, same, expected) => {
      const seen = dailyView(
        viewer(answered ? [DAY] : [], same ? C1 : C2),
        item({ visibility, showWaiting }),
      );
      expect(seen).toBe(expected);
    },
  );

  it('always shows the author their own, whatever the settings', () => {
    for (const visibility of ['private', 'shared'] as const)
      for (const showWaiting of [false, true])
        expect(
          dailyView({ id: A, coupleId: null, checkedIn: [] }, item({ visibility, showWaiting })),
        ).toBe('own');
  });

  it('hides a check-in written while its author was alone, and everything from someone with no couple', () => {
    expect(dailyView(viewer([DAY]), item({ coupleId: null }))).toBe('hidden');
    expect(dailyView(viewer([DAY], null), item())).toBe('hidden');
    expect(dailyView(viewer([DAY], null), item({ coupleId: null, showWaiting: true }))).toBe(
      'hidden',
    );
  });

  it('needs the viewer to have checked in on that same day, not another', () => {
    expect(dailyView(viewer([addDays(DAY, -1), addDays(DAY, 1)]), item())).toBe('hidden');
    expect(dailyView(viewer([addDays(DAY, -1)]), item({ showWaiting: true }))).toBe('waiting');
  });

  it('follows edits before the reveal: private -> shared -> hint on', () => {
    const before = viewer([]);
    expect(dailyView(before, item({ visibility: 'private' }))).toBe('hidden');
    expect(dailyView(before, item({ visibility: 'shared' }))).toBe('hidden');
    expect(dailyView(before, item({ visibility: 'shared', showWaiting: true }))).toBe('waiting');
    expect(dailyView(before, item({ visibility: 'shared', showWaiting: false }))).toBe('hidden');
  });

  it('follows edits after the reveal: still revealed while shared; unsharing hides it at once', () => {
    const after = viewer([DAY]);
    expect(dailyView(after, item())).toBe('revealed');
    expect(dailyView(after, item({ showWaiting: true }))).toBe('revealed');
    expect(dailyView(after, item({ visibility: 'private' }))).toBe('hidden');
    expect(dailyView(after, item({ visibility: 'private', showWaiting: true }))).toBe('hidden');
    expect(dailyView(after, item())).toBe('revealed');
  });

  it('reveals nothing once the viewer is in another couple (after leaving)', () => {
    expect(dailyView(viewer([DAY], C2), item())).toBe('hidden');
  });
});

describe('days in each person’s own time zone', () => {
  // 23:30 UTC on 23 November: already the 24th in Tokyo and Auckland, still the 23rd in London and Los Angeles.
  const lateEvening = new Date('2026-11-23T23:30:00Z');
  const earlyMorning = new Date('2026-11-24T00:30:00Z');

  it('gives each person their own calendar day on both sides of midnight', () => {
    expect(localDay(lateEvening, 'Europe/London')).toBe('2026-11-23');
    expect(localDay(lateEvening, 'Asia/Tokyo')).toBe('2026-11-24');
    expect(localDay(lateEvening, 'America/Los_Angeles')).toBe('2026-11-23');
    expect(localDay(earlyMorning, 'Europe/London')).toBe('2026-11-24');
    expect(localDay(earlyMorning, 'America/Los_Angeles')).toBe('2026-11-23');
    expect(localDay(new Date('2026-11-24T10:59:00Z'), 'Pacific/Auckland')).toBe('2026-11-24');
    expect(localDay(new Date('2026-11-24T11:00:00Z'), 'Pacific/Auckland')).toBe('2026-11-25');
    expect(localDay(lateEvening, 'UTC')).toBe('2026-11-23');
  });

  it('pairs check-ins by the day lived at the same time: Tokyo at 08:30 on the 24th and London at 23:30 on the 23rd', () => {
    const tokyo = item({ day: localDay(lateEvening, 'Asia/Tokyo') }, 'Asia/Tokyo');
    const london = viewer([localDay(lateEvening, 'Europe/London')], C1, 'Europe/London');
    // Tokyo's 24th began at 15:00 UTC on the 23rd, while London's 23rd was still going.
    expect(dailyView(london, tokyo)).toBe('revealed');
    // In one time zone only the same date pairs: days touching at midnight do not overlap.
    expect(dailyView(viewer([addDays(DAY, -1), addDays(DAY, 1)]), item())).toBe('hidden');
  });

  it('pairs UTC+14 and UTC-11, 25 hours apart, when both answered their own today', () => {
    const now = new Date('2026-11-24T03:00:00Z');
    const kiritimati = localDay(now, 'Pacific/Kiritimati');
    const pago = localDay(now, 'Pacific/Pago_Pago');
    expect([kiritimati, pago]).toEqual(['2026-11-24', '2026-11-23']);
    const a = { id: A, coupleId: C1, checkedIn: [daySpan(kiritimati, 'Pacific/Kiritimati')] };
    const b = { id: B, coupleId: C1, checkedIn: [daySpan(pago, 'Pacific/Pago_Pago')] };
    expect(dailyView(b, item({ authorId: A, day: kiritimati }, 'Pacific/Kiritimati'))).toBe(
      'revealed',
    );
    expect(dailyView(a, item({ authorId: B, day: pago }, 'Pacific/Pago_Pago'))).toBe('revealed');
    // Two days later for one of them is never the same lived day.
    expect(
      dailyView(b, item({ authorId: A, day: addDays(kiritimati, 2) }, 'Pacific/Kiritimati')),
    ).toBe('hidden');
  });

  it('keeps the span of the day a check-in was written in, across a change of time zone', () => {
    // A checks in in London on the 23rd, then flies to Tokyo; B checks in in London on the 23rd.
    const before = item({ day: '2026-11-23' }, 'Europe/London');
    const b = viewer(['2026-11-23'], C1, 'Europe/London');
    expect(dailyView(b, before)).toBe('revealed');
    // A's next check-in, in Tokyo on the 25th, does not reach back to B's 23rd.
    expect(dailyView(b, item({ day: '2026-11-25' }, 'Asia/Tokyo'))).toBe('hidden');
    // Spans match what PostgreSQL's AT TIME ZONE gives, daylight saving included.
    expect(daySpan('2026-03-29', 'Europe/London')).toEqual({
      startsAt: Date.parse('2026-03-29T00:00:00Z'),
      endsAt: Date.parse('2026-03-29T23:00:00Z'),
    });
    expect(daySpan('2026-11-24', 'Pacific/Kiritimati').startsAt).toBe(
      Date.parse('2026-11-23T10:00:00Z'),
    );
  });

  it('is symmetric: each sees the other exactly when both have a day lived at the same time', () => {
    const zones = [
      'Pacific/Kiritimati',
      'Asia/Tokyo',
      'Europe/London',
      'America/Los_Angeles',
      'Pacific/Pago_Pago',
    ];
    for (const za of zones)
      for (const zb of zones)
        for (const offset of [-2, -1, 0, 1, 2]) {
          const da = '2026-11-23';
          const db = addDays(da, offset);
          const aSeesB =
            dailyView(
              { id: A, coupleId: C1, checkedIn: [daySpan(da, za)] },
              item({ authorId: B, day: db }, zb),
            ) === 'revealed';
          const bSeesA =
            dailyView(
              { id: B, coupleId: C1, checkedIn: [daySpan(db, zb)] },
              item({ authorId: A, day: da }, za),
            ) === 'revealed';
          expect(aSeesB, `${za} ${da} / ${zb} ${db}`).toBe(bSeesA);
          if (za === zb) expect(aSeesB).toBe(offset === 0);
        }
  });
});

describe('the weekly check-in', () => {
  const answer = { authorId: A, coupleId: C1, weekStart: '2026-11-22' };
  it('shows the partner’s answers only once I have answered the same week', () => {
    expect(weeklyView({ id: B, coupleId: C1, answeredWeeks: new Set() }, answer)).toBe('hidden');
    expect(
      weeklyView({ id: B, coupleId: C1, answeredWeeks: new Set(['2026-11-15']) }, answer),
    ).toBe('hidden');
    expect(
      weeklyView({ id: B, coupleId: C1, answeredWeeks: new Set(['2026-11-22']) }, answer),
    ).toBe('revealed');
    expect(
      weeklyView({ id: B, coupleId: C2, answeredWeeks: new Set(['2026-11-22']) }, answer),
    ).toBe('hidden');
    expect(weeklyView({ id: A, coupleId: null, answeredWeeks: new Set() }, answer)).toBe('own');
  });

  it('starts the week on the couple’s chosen day', () => {
    // 2026-11-23 is a Monday.
    expect(weekStartFor('2026-11-23', 1)).toBe('2026-11-23');
    expect(weekStartFor('2026-11-23', 0)).toBe('2026-11-22');
    expect(weekStartFor('2026-11-23', 2)).toBe('2026-11-17');
    expect(weekStartFor('2026-11-29', 0)).toBe('2026-11-29');
    expect(weekStartFor('2026-11-28', 0)).toBe('2026-11-22');
    expect(weekStartFor('2027-01-01', 4)).toBe('2026-12-31');
  });
});

import { describe, expect, it } from 'vitest';
import { addDays, dailyView, localDay, weekStartFor, weeklyView, type DailyFacts, type Viewer } from './reveal.ts';

const A = 'author-a';
const B = 'viewer-b';
const C1 = 'couple-1';
const C2 = 'couple-2';
const DAY = '2026-11-23';

const viewer = (days: string[], coupleId: string | null = C1): Viewer => ({ id: B, coupleId, checkedInDays: new Set(days) });
const item = (over: Partial<DailyFacts> = {}): DailyFacts => ({
  authorId: A,
  coupleId: C1,
  day: DAY,
  visibility: 'shared',
  showWaiting: false,
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
          if (visibility === 'shared' && sameCouple) expected = answered ? 'revealed' : showWaiting ? 'waiting' : 'hidden';
          cases.push([visibility, showWaiting, answered, sameCouple, expected]);
        }

  it.each(cases)('%s, hint %s, partner answered %s, same couple %s -> %s', (visibility, showWaiting, answered, same, expected) => {
    const seen = dailyView(viewer(answered ? [DAY] : [], same ? C1 : C2), item({ visibility, showWaiting }));
    expect(seen).toBe(expected);
  });

  it('always shows the author their own, whatever the settings', () => {
    for (const visibility of ['private', 'shared'] as const)
      for (const showWaiting of [false, true])
        expect(dailyView({ id: A, coupleId: null, checkedInDays: new Set() }, item({ visibility, showWaiting }))).toBe('own');
  });

  it('hides a check-in written while its author was alone, and everything from someone with no couple', () => {
    expect(dailyView(viewer([DAY]), item({ coupleId: null }))).toBe('hidden');
    expect(dailyView(viewer([DAY], null), item())).toBe('hidden');
    expect(dailyView(viewer([DAY], null), item({ coupleId: null, showWaiting: true }))).toBe('hidden');
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

  it('pairs check-ins by calendar day: Tokyo at 08:30 on the 24th and London at 23:30 on the 23rd do not reveal each other', () => {
    const tokyo: DailyFacts = item({ day: localDay(lateEvening, 'Asia/Tokyo') });
    const londonViewer = viewer([localDay(lateEvening, 'Europe/London')]);
    expect(dailyView(londonViewer, tokyo)).toBe('hidden');
    expect(dailyView(londonViewer, { ...tokyo, showWaiting: true })).toBe('waiting');
    // The next London morning the viewer checks in on the 24th: Tokyo's 24th shows.
    const nextMorning = viewer([localDay(lateEvening, 'Europe/London'), localDay(new Date('2026-11-24T08:00:00Z'), 'Europe/London')]);
    expect(dailyView(nextMorning, tokyo)).toBe('revealed');
  });

  it('is symmetric: both sides see each other exactly when both have that day', () => {
    const aDays = new Set(['2026-11-23', '2026-11-24']);
    const bDays = new Set(['2026-11-24']);
    for (const day of ['2026-11-23', '2026-11-24']) {
      const aSeesB = bDays.has(day) && dailyView({ id: A, coupleId: C1, checkedInDays: aDays }, item({ authorId: B, day })) === 'revealed';
      const bSeesA = aDays.has(day) && dailyView({ id: B, coupleId: C1, checkedInDays: bDays }, item({ authorId: A, day })) === 'revealed';
      expect(aSeesB).toBe(bSeesA);
      expect(aSeesB).toBe(day === '2026-11-24');
    }
  });
});

describe('the weekly check-in', () => {
  const answer = { authorId: A, coupleId: C1, weekStart: '2026-11-22' };
  it('shows the partner’s answers only once I have answered the same week', () => {
    expect(weeklyView({ id: B, coupleId: C1, answeredWeeks: new Set() }, answer)).toBe('hidden');
    expect(weeklyView({ id: B, coupleId: C1, answeredWeeks: new Set(['2026-11-15']) }, answer)).toBe('hidden');
    expect(weeklyView({ id: B, coupleId: C1, answeredWeeks: new Set(['2026-11-22']) }, answer)).toBe('revealed');
    expect(weeklyView({ id: B, coupleId: C2, answeredWeeks: new Set(['2026-11-22']) }, answer)).toBe('hidden');
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

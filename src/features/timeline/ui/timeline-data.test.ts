import { describe, expect, it } from 'vitest';
import { chartStart, smooth, summarise, topEmotions, toSeconds } from './timeline-data.ts';

const point = (at: string, v: number) => ({ at, safety: v, trust: 10 - v, connection: 5, days: 1 });

describe('timeline helpers', () => {
  it('smooths with a centred window and keeps the edges honest', () => {
    expect(smooth([0, 10, 0, 10, 0], 3)).toEqual([5, 3.3, 6.7, 3.3, 5]);
    expect(smooth([4], 7)).toEqual([4]);
    expect(smooth([], 7)).toEqual([]);
  });

  it('summarises average, range and direction', () => {
    const up = summarise([
      point('2026-01-01', 2),
      point('2026-01-02', 3),
      point('2026-01-03', 7),
      point('2026-01-04', 8),
    ]);
    expect(up[0]).toEqual({ metric: 'safety', average: 5, low: 2, high: 8, direction: 'up' });
    expect(up[1]!.direction).toBe('down');
    expect(up[2]!.direction).toBe('same');
    expect(summarise([point('2026-01-01', 2)])[0]!.direction).toBeNull();
    expect(summarise([])).toEqual([]);
  });

  it('lists the most chosen feelings first', () => {
    expect(topEmotions({ hope: 2, fear: 3, calm: 2, anger: 0 })).toEqual([
      ['fear', 3],
      ['calm', 2],
      ['hope', 2],
    ]);
    expect(toSeconds('1970-01-02')).toBe(86400);
  });

  it('starts a first week’s chart near its first day, not a month back', () => {
    const view = (points: string[], events: string[] = []) => ({
      granularity: 'day' as const,
      from: '2026-10-30',
      to: '2026-11-30',
      series: [
        { who: 'me' as const, name: 'Ana', points: points.map((at) => point(at, 5)), emotions: [] },
      ],
      events: events.map((at) => ({
        id: at,
        kind: 'checkin',
        label: 'x',
        at,
        count: 1,
        isMine: true,
      })),
    });
    // The very first day: a week's window ending today, not the whole month.
    expect(chartStart(view(['2026-11-30']))).toBe('2026-11-24');
    expect(chartStart(view([]))).toBe('2026-11-24');
    // An event before the first check-in counts as the start too.
    expect(chartStart(view(['2026-11-30'], ['2026-11-20T10:00:00.000Z']))).toBe('2026-11-19');
    // Three weeks in: from the day before the first point.
    expect(chartStart(view(['2026-11-09', '2026-11-30']))).toBe('2026-11-08');
    // Older than the range: the range's own start.
    expect(chartStart(view(['2026-09-01', '2026-11-30']))).toBe('2026-10-30');
    expect(chartStart({ ...view(['2026-11-30']), granularity: 'week' })).toBe('2026-10-30');
  });
});

import { describe, expect, it } from 'vitest';
import { smooth, summarise, topEmotions, toSeconds } from './timeline-data.ts';

const point = (at: string, v: number) => ({ at, safety: v, trust: 10 - v, connection: 5, days: 1 });

describe('timeline helpers', () => {
  it('smooths with a centred window and keeps the edges honest', () => {
    expect(smooth([0, 10, 0, 10, 0], 3)).toEqual([5, 3.3, 6.7, 3.3, 5]);
    expect(smooth([4], 7)).toEqual([4]);
    expect(smooth([], 7)).toEqual([]);
  });

  it('summarises average, range and direction', () => {
    const up = summarise([point('2026-01-01', 2), point('2026-01-02', 3), point('2026-01-03', 7), point('2026-01-04', 8)]);
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
});

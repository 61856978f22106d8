import { describe, expect, it } from 'vitest';
import { patternIds } from '../../content/patterns.ts';
import { smallActs } from '../../content/small-acts.ts';
import { stageIds } from '../../content/stages.ts';
import { dayNumber, groupCount, pickAct, type ActFocus } from './pick-act.ts';

const person = '5b0c3f0e-8f7a-4c1e-9d55-0f6a3b2c1d00';
const focus: ActFocus = { stage: 'grieve', patterns: ['distance'] };
const dayAfter = (day: string, n: number) => new Date(Date.UTC(2026, 0, 1) + (dayNumber(day) - dayNumber('2026-01-01') + n) * 86_400_000).toISOString().slice(0, 10);

describe('the library of small acts', () => {
  it('holds at least 60 acts with unique ids, across all seven stages and four patterns', () => {
    expect(smallActs.length).toBeGreaterThanOrEqual(60);
    expect(new Set(smallActs.map((a) => a.id)).size).toBe(smallActs.length);
    for (const stage of stageIds) expect(smallActs.filter((a) => a.stage === stage).length).toBeGreaterThanOrEqual(4);
    for (const pattern of patternIds) expect(smallActs.filter((a) => a.pattern === pattern).length).toBeGreaterThanOrEqual(3);
  });
});

describe('rotation', () => {
  it('is deterministic per person and day', () => {
    const one = pickAct({ personId: person, day: '2026-03-04', focus, acts: smallActs });
    expect(pickAct({ personId: person, day: '2026-03-04', focus, acts: smallActs })).toBe(one);
    const days = Array.from({ length: 30 }, (_, i) => dayAfter('2026-03-01', i));
    const a = days.map((day) => pickAct({ personId: person, day, focus, acts: smallActs }).id);
    const b = days.map((day) => pickAct({ personId: 'another-person', day, focus, acts: smallActs }).id);
    expect(a).not.toEqual(b);
  });

  it('never brings the same act back within weeks, whatever the focus does from day to day', () => {
    const gap = groupCount(smallActs.length);
    expect(gap).toBeGreaterThanOrEqual(21);
    const seen = new Map<string, number>();
    for (let i = 0; i < 400; i++) {
      const day = dayAfter('2025-06-01', i);
      const dayFocus: ActFocus = { stage: stageIds[(i * 5) % 7]!, patterns: [patternIds[i % 4]!, patternIds[(i + 1) % 4]!] };
      const act = pickAct({ personId: person, day, focus: dayFocus, acts: smallActs });
      const last = seen.get(act.id);
      if (last !== undefined) expect(i - last).toBeGreaterThanOrEqual(gap);
      seen.set(act.id, i);
    }
  });

  it("leans towards the couple's focus", () => {
    const days = Array.from({ length: 96 }, (_, i) => dayAfter('2026-01-01', i));
    const fitting = days.filter((day) => {
      const act = pickAct({ personId: person, day, focus: { stage: 'build', patterns: [] }, acts: smallActs });
      return act.stage === 'build';
    }).length;
    // By chance about 1 in 9 acts is from one stage; the focus makes it far more often.
    expect(fitting / days.length).toBeGreaterThan(0.25);
  });

  it('reads local dates as day numbers', () => {
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('2026-03-01') - dayNumber('2026-02-28')).toBe(1);
  });
});

import { describe, expect, it } from 'vitest';
import { patternIds } from '../../content/patterns.ts';
import { smallActs } from '../../content/small-acts.ts';
import { stageIds } from '../../content/stages.ts';
import {
  audienceFor,
  dayNumber,
  fitsPerson,
  pickAct,
  reachFor,
  type ActFit,
  type ActFocus,
} from './pick-act.ts';

const person = '5b0c3f0e-8f7a-4c1e-9d55-0f6a3b2c1d00';
const focus: ActFocus = { stage: 'grieve', patterns: ['distance'] };
const together: ActFit = { audience: 'anyone', reach: 'together' };
const dayAfter = (day: string, n: number) =>
  new Date((dayNumber(day) + n) * 86_400_000).toISOString().slice(0, 10);
const count = (keep: (a: (typeof smallActs)[number]) => boolean) => smallActs.filter(keep).length;

describe('the library of small acts', () => {
  it('holds at least 150 acts with unique ids: 30 or more for each role, and for oneself', () => {
    expect(smallActs.length).toBeGreaterThanOrEqual(150);
    expect(new Set(smallActs.map((a) => a.id)).size).toBe(smallActs.length);
    expect(count((a) => a.audience === 'broke')).toBeGreaterThanOrEqual(30);
    expect(count((a) => a.audience === 'hurt')).toBeGreaterThanOrEqual(30);
    expect(count((a) => a.toward === 'self' && a.care !== 'safety')).toBeGreaterThanOrEqual(30);
    expect(count((a) => a.care === 'safety' || a.care === 'support')).toBeGreaterThanOrEqual(15);
  });

  it('keeps every id a day may already be marked with', () => {
    const old = [
      ...stageIds.flatMap((s) => Array.from({ length: 8 }, (_, i) => `${s}-${i + 1}`)),
      ...patternIds.flatMap((p) => Array.from({ length: 4 }, (_, i) => `${p}-${i + 1}`)),
    ];
    expect(old.filter((id) => !smallActs.some((a) => a.id === id))).toEqual([]);
  });

  it('ties every act to a stage or a pattern, or (for safety acts) to the safety answer', () => {
    expect(
      smallActs.filter((a) => !a.stage && !a.pattern && a.care !== 'safety').map((a) => a.id),
    ).toEqual([]);
    expect(smallActs.filter((a) => a.care && a.toward !== 'self').map((a) => a.id)).toEqual([]);
  });

  it('has acts for oneself, for anyone, at every stage, so time apart can still follow the path', () => {
    for (const stage of stageIds) {
      expect(
        count((a) => a.stage === stage && a.audience === 'anyone' && a.toward === 'self'),
      ).toBeGreaterThanOrEqual(3);
      for (const audience of ['broke', 'hurt'] as const)
        expect(count((a) => a.stage === stage && a.audience === audience)).toBeGreaterThanOrEqual(
          3,
        );
    }
  });

  it("never gives an apology or the other's homework to anyone but the one who broke trust", () => {
    const owning =
      /sorry|apologi[sz]e|responsib|without "?but|defend|before anyone asks|before you are asked/i;
    expect(
      smallActs.filter((a) => a.audience !== 'broke' && owning.test(a.text)).map((a) => a.id),
    ).toEqual([]);
    expect(smallActs.some((a) => a.audience === 'broke' && /say sorry/i.test(a.text))).toBe(true);
  });

  it('says nothing about streaks, points or deadlines', () => {
    expect(
      smallActs
        .filter((a) => /streak|\bpoints\b|deadline|you are behind|in a row/i.test(a.text))
        .map((a) => a.id),
    ).toEqual([]);
  });
});

describe('who is holding it', () => {
  it('reads the stance as a role, and "both" or "not said" as anyone', () => {
    expect([
      audienceFor('broke'),
      audienceFor('hurt'),
      audienceFor('both'),
      audienceFor('unsaid'),
      audienceFor(null),
    ]).toEqual(['broke', 'hurt', 'anyone', 'anyone', 'anyone']);
  });

  it('turns toward oneself in solo mode, time apart or without a space, and to safety after a danger answer', () => {
    const calm = { danger: false, solo: false, space: true, paused: false };
    expect(reachFor(calm)).toBe('together');
    expect(reachFor({ ...calm, solo: true })).toBe('self');
    expect(reachFor({ ...calm, paused: true })).toBe('self');
    expect(reachFor({ ...calm, space: false })).toBe('self');
    expect(reachFor({ ...calm, danger: true })).toBe('safety');
    expect(reachFor({ danger: true, solo: true, space: false, paused: true })).toBe('safety');
  });

  it('offers after a danger answer only safety and support, and safety acts at no other time', () => {
    const safety = smallActs.filter((a) => fitsPerson(a, { audience: 'hurt', reach: 'safety' }));
    expect(safety.length).toBeGreaterThanOrEqual(15);
    // Couples work may not be safe then: nothing that involves or names the partner, not even a
    // couples counsellor (the solo-mode journey checks the day's act the same way).
    expect(
      safety.filter((a) => /couple|together|your partner|streak/i.test(a.text)).map((a) => a.id),
    ).toEqual([]);
    expect(
      safety.every((a) => a.toward === 'self' && (a.care === 'safety' || a.care === 'support')),
    ).toBe(true);
    for (const reach of ['together', 'self'] as const) {
      expect(
        smallActs.filter(
          (a) => fitsPerson(a, { audience: 'anyone', reach }) && a.care === 'safety',
        ),
      ).toEqual([]);
    }
  });
});

describe('rotation', () => {
  it('is deterministic per person and day, and differs between people', () => {
    const one = pickAct({
      personId: person,
      day: '2026-03-04',
      focus,
      fit: together,
      acts: smallActs,
    });
    expect(
      pickAct({ personId: person, day: '2026-03-04', focus, fit: together, acts: smallActs }),
    ).toBe(one);
    const days = Array.from({ length: 30 }, (_, i) => dayAfter('2026-03-01', i));
    const a = days.map(
      (day) => pickAct({ personId: person, day, focus, fit: together, acts: smallActs }).id,
    );
    const b = days.map(
      (day) =>
        pickAct({ personId: 'another-person', day, focus, fit: together, acts: smallActs }).id,
    );
    expect(a).not.toEqual(b);
  });

  it('under a steady focus, brings an act back only after the others that fit have had their turn', () => {
    for (const audience of ['broke', 'hurt', 'anyone'] as const) {
      for (const stage of stageIds) {
        for (const [reach, gap] of [
          ['together', 7],
          ['self', 3],
        ] as const) {
          const seen = new Map<string, number>();
          for (let i = 0; i < 120; i++) {
            const act = pickAct({
              personId: person,
              day: dayAfter('2026-01-01', i),
              focus: { stage, patterns: ['secrecy'] },
              fit: { audience, reach },
              acts: smallActs,
            });
            const last = seen.get(act.id);
            if (last !== undefined)
              expect(i - last, `${audience} ${reach} ${stage} ${act.id}`).toBeGreaterThanOrEqual(
                gap,
              );
            seen.set(act.id, i);
          }
        }
      }
    }
  });

  it('follows the stage three days in four when a pattern speaks, and every day when none does', () => {
    const days = Array.from({ length: 96 }, (_, i) => dayAfter('2026-01-01', i));
    const onStage = (patterns: ActFocus['patterns']) =>
      days.filter(
        (day) =>
          pickAct({
            personId: person,
            day,
            focus: { stage: 'build', patterns },
            fit: together,
            acts: smallActs,
          }).stage === 'build',
      ).length / days.length;
    expect(onStage([])).toBe(1);
    expect(onStage(['distance'])).toBe(0.75);
    const patternDays = days.filter(
      (day) =>
        pickAct({
          personId: person,
          day,
          focus: { stage: 'build', patterns: ['distance'] },
          fit: together,
          acts: smallActs,
        }).pattern === 'distance',
    );
    expect(patternDays.length).toBe(24);
  });

  it('reads local dates as day numbers', () => {
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('2026-03-01') - dayNumber('2026-02-28')).toBe(1);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decidePromise,
  foldPromise,
  makePromise,
  type PromiseActionKind,
  type PromiseState,
  type PromiseStep,
} from './promise-machine.ts';

const MAKER = 'maker';
const PARTNER = 'partner';
const HOUR = 3_600_000;
const T0 = Date.UTC(2026, 0, 5, 9);

const made = (dueAt: number | null = T0 + 3 * HOUR, shared = true) =>
  makePromise({ kind: 'made', by: MAKER, at: T0, text: "I'll call you at lunch", dueAt }, shared);

function step(
  s: PromiseState,
  kind: PromiseActionKind,
  by: string,
  extra: { now?: number; note?: string; text?: string; dueAt?: number | null } = {},
) {
  return decidePromise(s, { kind, by, version: s.version, now: extra.now ?? T0 + HOUR, ...extra });
}

describe('the promise state machine', () => {
  it('is kept by its maker only, once', () => {
    const s = made();
    expect(step(s, 'keep', PARTNER)).toEqual({ ok: false, reason: 'not_allowed' });
    const kept = step(s, 'keep', MAKER);
    expect(kept.ok && kept.state.status).toBe('kept');
    if (!kept.ok) throw new Error();
    expect(step(kept.state, 'keep', MAKER).ok).toBe(false);
    expect(step(kept.state, 'miss', MAKER).ok).toBe(false);
  });

  it('renegotiates only before its time, and never to a time already past', () => {
    const s = made();
    const moved = step(s, 'renegotiate', MAKER, {
      text: "I'll call you at two",
      dueAt: T0 + 5 * HOUR,
    });
    expect(moved.ok && [moved.state.text, moved.state.dueAt, moved.state.renegotiations]).toEqual([
      "I'll call you at two",
      T0 + 5 * HOUR,
      1,
    ]);
    expect(step(s, 'renegotiate', MAKER, { now: T0 + 3 * HOUR })).toEqual({
      ok: false,
      reason: 'too_late',
    });
    expect(step(s, 'renegotiate', MAKER, { dueAt: T0 })).toEqual({
      ok: false,
      reason: 'due_in_past',
    });
    // Without a time, it can be renegotiated whenever it is open.
    expect(step(made(null), 'renegotiate', MAKER, { now: T0 + 100 * HOUR, text: 'later' }).ok).toBe(
      true,
    );
  });

  it('is marked missed with an optional repair, and can be repaired later', () => {
    const withNote = step(made(), 'miss', MAKER, { note: "I'm sorry. I'll set an alarm." });
    expect(withNote.ok && withNote.state.repair).toBe("I'm sorry. I'll set an alarm.");
    const bare = step(made(), 'miss', MAKER);
    if (!bare.ok) throw new Error();
    expect(bare.state.repair).toBeNull();
    expect(step(bare.state, 'repair', MAKER)).toEqual({ ok: false, reason: 'note_needed' });
    const repaired = step(bare.state, 'repair', MAKER, {
      note: 'I forgot; next time I will tell you early.',
    });
    expect(repaired.ok && repaired.state.repair).toBe('I forgot; next time I will tell you early.');
  });

  it('lets the partner say "I noticed" to a kept shared promise, once', () => {
    const kept = step(made(), 'keep', MAKER);
    if (!kept.ok) throw new Error();
    expect(step(kept.state, 'notice', MAKER).ok).toBe(false);
    const noticed = step(kept.state, 'notice', PARTNER, { note: 'Thank you.' });
    expect(noticed.ok && noticed.state.noticedBy).toEqual([PARTNER]);
    if (!noticed.ok) throw new Error();
    expect(step(noticed.state, 'notice', PARTNER).ok).toBe(false);
    const privateKept = step(made(null, false), 'keep', MAKER);
    if (!privateKept.ok) throw new Error();
    expect(step(privateKept.state, 'notice', PARTNER).ok).toBe(false);
  });

  it('answers a stale version with stale_version', () => {
    const s = made();
    expect(decidePromise(s, { kind: 'keep', by: MAKER, version: 2, now: T0 })).toEqual({
      ok: false,
      reason: 'stale_version',
    });
  });

  it('never erases history: each allowed step adds one, and the fold agrees', () => {
    const actionArb = fc.record({
      kind: fc.constantFrom<PromiseActionKind>('keep', 'renegotiate', 'miss', 'repair', 'notice'),
      by: fc.constantFrom(MAKER, PARTNER),
      hours: fc.integer({ min: 0, max: 6 }),
      note: fc.option(fc.constantFrom('sorry', 'thanks'), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.boolean(), fc.array(actionArb, { maxLength: 20 }), (shared, actions) => {
        const first: PromiseStep = {
          kind: 'made',
          by: MAKER,
          at: T0,
          text: 'x',
          dueAt: T0 + 3 * HOUR,
        };
        const steps: PromiseStep[] = [first];
        let state = foldPromise(steps, shared);
        for (const a of actions) {
          const d = decidePromise(state, {
            kind: a.kind,
            by: a.by,
            version: state.version,
            now: T0 + a.hours * HOUR,
            ...(a.note ? { note: a.note } : {}),
          });
          if (!d.ok) continue;
          steps.push(d.step);
          expect(d.state.version).toBe(steps.length);
          state = d.state;
          expect(foldPromise(steps, shared)).toEqual(state);
        }
        // A kept promise stays kept; a missed one stays missed.
        const outcomes = steps.filter((s) => s.kind === 'kept' || s.kind === 'missed');
        expect(outcomes.length).toBeLessThanOrEqual(1);
        // Only the partner notices, only the maker does the rest.
        for (const s of steps) expect(s.by === PARTNER).toBe(s.kind === 'noticed');
      }),
      { numRuns: 300 },
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decide,
  emptyAgreement,
  foldSteps,
  isInForce,
  statusOf,
  withdrawableVersion,
  type AgreementAction,
  type AgreementActionKind,
  type AgreementState,
  type AgreementStep,
} from './agreement-machine.ts';

const A = 'person-a';
const B = 'person-b';

/** Runs actions in order; each must be allowed. Returns the log and the state. */
function run(
  actions: [AgreementActionKind, string, number?][],
  from: { steps: AgreementStep[]; state: AgreementState } = { steps: [], state: emptyAgreement },
) {
  let { steps, state } = from;
  for (const [kind, by, version] of actions) {
    const decision = decide(state, { kind, by, version: version ?? state.latest });
    if (!decision.ok) throw new Error(`${kind} by ${by} refused: ${decision.reason}`);
    steps = [...steps, decision.step];
    state = decision.state;
  }
  return { steps, state };
}

describe('the agreement state machine', () => {
  it('is proposed until the other accepts the same version, then active', () => {
    const proposed = run([['propose', A]]);
    expect(statusOf(proposed.state)).toBe('proposed');
    expect(isInForce(proposed.state)).toBe(false);
    const active = run([['accept', B]], proposed);
    expect(statusOf(active.state)).toBe('active');
    expect(active.state.agreed).toBe(1);
  });

  it('reports becoming active exactly once, on the second yes', () => {
    const first = decide(emptyAgreement, { kind: 'propose', by: A, version: 0 });
    expect(first.ok && first.becameActive).toBe(false);
    if (!first.ok) throw new Error();
    const second = decide(first.state, { kind: 'accept', by: B, version: 1 });
    expect(second.ok && second.becameActive).toBe(true);
  });

  it('does not let the proposer accept twice, or accept their own proposal into force', () => {
    const { state } = run([['propose', A]]);
    expect(decide(state, { kind: 'accept', by: A, version: 1 })).toEqual({
      ok: false,
      reason: 'not_allowed',
    });
  });

  it('makes a counter-proposal a new version that needs the first proposer again', () => {
    const { state } = run([
      ['propose', A],
      ['propose', B],
    ]);
    expect(state.latest).toBe(2);
    expect(statusOf(state)).toBe('proposed');
    expect(decide(state, { kind: 'accept', by: A, version: 1 })).toEqual({
      ok: false,
      reason: 'stale_version',
    });
    const done = run([['accept', A, 2]], { steps: [], state });
    expect(statusOf(done.state)).toBe('active');
    expect(done.state.agreed).toBe(2);
  });

  it('answers a stale version with stale_version for every action', () => {
    const { state } = run([
      ['propose', A],
      ['propose', B],
    ]);
    for (const kind of ['propose', 'accept', 'decline', 'revisit', 'retire'] as const) {
      expect(decide(state, { kind, by: A, version: 1 })).toEqual({
        ok: false,
        reason: 'stale_version',
      });
    }
    expect(decide(state, { kind: 'withdraw', by: A, version: 7 })).toEqual({
      ok: false,
      reason: 'stale_version',
    });
  });

  it('lets the other decline, and a new version reopens it', () => {
    const declined = run([
      ['propose', A],
      ['decline', B],
    ]);
    expect(statusOf(declined.state)).toBe('declined');
    expect(decide(declined.state, { kind: 'decline', by: B, version: 1 }).ok).toBe(false);
    expect(decide(declined.state, { kind: 'decline', by: A, version: 1 }).ok).toBe(false);
    const reopened = run([['propose', A]], declined);
    expect(statusOf(reopened.state)).toBe('proposed');
  });

  it('lets the one who declined change their mind and accept', () => {
    const { state } = run([
      ['propose', A],
      ['decline', B],
      ['accept', B],
    ]);
    expect(statusOf(state)).toBe('active');
  });

  it('is "being revisited" after a request, still in force, until both accept a new version', () => {
    const active = run([
      ['propose', A],
      ['accept', B],
    ]);
    const asked = run([['revisit', B]], active);
    expect(statusOf(asked.state)).toBe('revisiting');
    expect(isInForce(asked.state)).toBe(true);
    // Re-saying yes to the same version does not settle it: only a new version does.
    expect(decide(asked.state, { kind: 'accept', by: A, version: 1 }).ok).toBe(false);
    const changed = run([['propose', B]], asked);
    expect(statusOf(changed.state)).toBe('revisiting');
    expect(isInForce(changed.state)).toBe(true); // version 1 still holds while 2 is talked over
    const agreed = run([['accept', A]], changed);
    expect(statusOf(agreed.state)).toBe('active');
    expect(agreed.state.agreed).toBe(2);
  });

  it('keeps the old version in force when a proposed change is declined', () => {
    const { state } = run([
      ['propose', A],
      ['accept', B],
      ['propose', B],
      ['decline', A],
    ]);
    expect(statusOf(state)).toBe('revisiting');
    expect(isInForce(state)).toBe(true);
    expect(state.agreed).toBe(1);
  });

  it('retires only when both ask, once it was ever agreed', () => {
    const active = run([
      ['propose', A],
      ['accept', B],
    ]);
    const one = run([['retire', A]], active);
    expect(statusOf(one.state)).toBe('revisiting');
    expect(decide(one.state, { kind: 'retire', by: A, version: 1 }).ok).toBe(false);
    const both = run([['retire', B]], one);
    expect(statusOf(both.state)).toBe('retired');
    for (const kind of ['propose', 'accept', 'decline', 'revisit', 'retire', 'withdraw'] as const) {
      expect(decide(both.state, { kind, by: A, version: 1 }).ok).toBe(false);
    }
  });

  it('lets one person set aside a proposal nobody is bound by', () => {
    const { state } = run([
      ['propose', A],
      ['retire', A],
    ]);
    expect(statusOf(state)).toBe('retired');
  });

  it('lets either withdraw their own yes alone, at any time; the agreement stops holding', () => {
    const active = run([
      ['propose', A],
      ['accept', B],
    ]);
    expect(withdrawableVersion(active.state, B)).toBe(1);
    const withdrawn = run([['withdraw', B, 1]], active);
    expect(isInForce(withdrawn.state)).toBe(false);
    expect(statusOf(withdrawn.state)).toBe('revisiting');
    expect(decide(withdrawn.state, { kind: 'withdraw', by: B, version: 1 }).ok).toBe(false);
    const back = run([['accept', B]], withdrawn);
    expect(statusOf(back.state)).toBe('active');
  });

  it('withdraws the agreed version first while a change is on the table', () => {
    const { state } = run([
      ['propose', A],
      ['accept', B],
      ['propose', A],
    ]);
    expect(withdrawableVersion(state, A)).toBe(1);
    const after = run([['withdraw', A, 1]], { steps: [], state });
    expect(isInForce(after.state)).toBe(false);
    expect(withdrawableVersion(after.state, A)).toBe(2);
  });

  it('folds a stored log into the same state the decisions produced', () => {
    const { steps, state } = run([
      ['propose', A],
      ['propose', B],
      ['accept', A],
      ['revisit', A],
      ['propose', A],
      ['decline', B],
    ]);
    expect(foldSteps(steps)).toEqual(state);
  });
});

// --- properties -------------------------------------------------------------------------

const actionArb: fc.Arbitrary<{ kind: AgreementActionKind; by: string; delta: number }> = fc.record(
  {
    kind: fc.constantFrom<AgreementActionKind>(
      'propose',
      'accept',
      'decline',
      'revisit',
      'retire',
      'withdraw',
    ),
    by: fc.constantFrom(A, B),
    // Mostly the version on the table; sometimes an older or newer one.
    delta: fc.oneof(
      { weight: 6, arbitrary: fc.constant(0) },
      { weight: 1, arbitrary: fc.integer({ min: -3, max: 2 }) },
    ),
  },
);

/** Plays random requests; refused ones add nothing. */
function play(requests: { kind: AgreementActionKind; by: string; delta: number }[]) {
  let state = emptyAgreement;
  const steps: AgreementStep[] = [];
  const trace: { state: AgreementState; steps: AgreementStep[] }[] = [];
  for (const r of requests) {
    const base =
      r.kind === 'withdraw' ? (withdrawableVersion(state, r.by) ?? state.latest) : state.latest;
    const action: AgreementAction = { kind: r.kind, by: r.by, version: base + r.delta };
    const decision = decide(state, action);
    if (decision.ok) {
      steps.push(decision.step);
      state = decision.state;
    }
    trace.push({ state, steps: [...steps] });
  }
  return trace;
}

/** Read straight from the log, without the machine: does `person` stand behind `version`? */
function standsBehind(steps: AgreementStep[], person: string, version: number): boolean {
  let yes = false;
  for (const step of steps) {
    if (step.by !== person || step.version !== version) continue;
    if (step.kind === 'proposed' || step.kind === 'accepted') yes = true;
    if (step.kind === 'withdrew') yes = false;
  }
  return yes;
}

describe('agreement properties', () => {
  it('is never active or in force without both standing yeses to the same version', () => {
    fc.assert(
      fc.property(fc.array(actionArb, { maxLength: 40 }), (requests) => {
        for (const { state, steps } of play(requests)) {
          if (statusOf(state) === 'active' || isInForce(state)) {
            const version = state.agreed!;
            expect(standsBehind(steps, A, version)).toBe(true);
            expect(standsBehind(steps, B, version)).toBe(true);
            expect(steps.some((s) => s.kind === 'proposed' && s.version === version)).toBe(true);
          }
          if (statusOf(state) === 'active') expect(state.agreed).toBe(state.latest);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never erases history: the log only grows, every version stays, and the fold agrees', () => {
    fc.assert(
      fc.property(fc.array(actionArb, { maxLength: 40 }), (requests) => {
        const trace = play(requests);
        let previous: AgreementStep[] = [];
        for (const { state, steps } of trace) {
          expect(steps.slice(0, previous.length)).toEqual(previous);
          expect(steps.length - previous.length).toBeLessThanOrEqual(1);
          const proposed = steps.filter((s) => s.kind === 'proposed').map((s) => s.version);
          expect(proposed).toEqual(Array.from({ length: state.latest }, (_, i) => i + 1));
          expect(foldSteps(steps)).toEqual(state);
          previous = steps;
        }
      }),
      { numRuns: 500 },
    );
  });

  it('always lets a person take back their own yes, alone', () => {
    fc.assert(
      fc.property(
        fc.array(actionArb, { maxLength: 30 }),
        fc.constantFrom(A, B),
        (requests, who) => {
          const trace = play(requests);
          const { state } = trace.at(-1) ?? { state: emptyAgreement };
          const version = withdrawableVersion(state, who);
          if (version === null) return;
          const decision = decide(state, { kind: 'withdraw', by: who, version });
          expect(decision.ok).toBe(true);
          if (decision.ok) expect(decision.state.accepts[version]).not.toContain(who);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a retired agreement never changes again', () => {
    fc.assert(
      fc.property(fc.array(actionArb, { maxLength: 40 }), (requests) => {
        const trace = play(requests);
        const firstRetired = trace.findIndex((t) => t.state.retired);
        if (firstRetired < 0) return;
        for (const later of trace.slice(firstRetired))
          expect(later.steps).toEqual(trace[firstRetired]!.steps);
      }),
      { numRuns: 300 },
    );
  });
});

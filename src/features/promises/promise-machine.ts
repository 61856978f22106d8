// A promise's rules as a pure function over its append-only steps. The maker keeps it,
// renegotiates it before its time, or marks it missed (and may repair); the partner may say
// "I noticed" to a kept, shared promise. Nothing is ever removed from the log.

export type PromiseStepKind = 'made' | 'renegotiated' | 'kept' | 'missed' | 'repaired' | 'noticed';

export interface PromiseStep {
  kind: PromiseStepKind;
  by: string;
  at: number;
  text?: string | null;
  dueAt?: number | null;
  note?: string | null;
}

export type PromiseStatus = 'open' | 'kept' | 'missed';

export interface PromiseState {
  maker: string;
  shared: boolean;
  status: PromiseStatus;
  text: string;
  dueAt: number | null;
  renegotiations: number;
  /** The repair note, given when it was marked missed or afterwards. */
  repair: string | null;
  noticedBy: readonly string[];
  /** How many steps there are: the version a next step must name. */
  version: number;
}

export type PromiseActionKind = 'keep' | 'renegotiate' | 'miss' | 'repair' | 'notice';

export interface PromiseAction {
  kind: PromiseActionKind;
  by: string;
  version: number;
  now: number;
  text?: string;
  dueAt?: number | null;
  note?: string;
}

export type PromiseRefusal =
  'stale_version' | 'not_allowed' | 'too_late' | 'due_in_past' | 'note_needed';

export type PromiseDecision =
  { ok: true; step: PromiseStep; state: PromiseState } | { ok: false; reason: PromiseRefusal };

export function makePromise(step: PromiseStep & { kind: 'made' }, shared: boolean): PromiseState {
  return {
    maker: step.by,
    shared,
    status: 'open',
    text: step.text ?? '',
    dueAt: step.dueAt ?? null,
    renegotiations: 0,
    repair: null,
    noticedBy: [],
    version: 1,
  };
}

export function applyPromiseStep(s: PromiseState, step: PromiseStep): PromiseState {
  const next = { ...s, version: s.version + 1 };
  switch (step.kind) {
    case 'made':
      return s;
    case 'renegotiated':
      return {
        ...next,
        text: step.text ?? s.text,
        dueAt: step.dueAt ?? null,
        renegotiations: s.renegotiations + 1,
      };
    case 'kept':
      return { ...next, status: 'kept' };
    case 'missed':
      return { ...next, status: 'missed', repair: step.note ?? null };
    case 'repaired':
      return { ...next, repair: step.note ?? s.repair };
    case 'noticed':
      return { ...next, noticedBy: [...s.noticedBy, step.by] };
  }
}

export function foldPromise(steps: readonly PromiseStep[], shared: boolean): PromiseState {
  const [first, ...rest] = steps;
  if (!first || first.kind !== 'made')
    throw new Error('A promise starts with the step that made it.');
  return rest.reduce(
    applyPromiseStep,
    makePromise(first as PromiseStep & { kind: 'made' }, shared),
  );
}

export function decidePromise(s: PromiseState, a: PromiseAction): PromiseDecision {
  const refuse = (reason: PromiseRefusal): PromiseDecision => ({ ok: false, reason });
  if (a.version !== s.version) return refuse('stale_version');
  const isMaker = a.by === s.maker;
  let step: PromiseStep;
  switch (a.kind) {
    case 'keep':
      if (!isMaker || s.status !== 'open') return refuse('not_allowed');
      step = { kind: 'kept', by: a.by, at: a.now };
      break;
    case 'renegotiate':
      if (!isMaker || s.status !== 'open') return refuse('not_allowed');
      // Renegotiating is done before the time; after it, the honest answers are kept or missed.
      if (s.dueAt !== null && a.now >= s.dueAt) return refuse('too_late');
      if (a.dueAt != null && a.dueAt <= a.now) return refuse('due_in_past');
      step = {
        kind: 'renegotiated',
        by: a.by,
        at: a.now,
        text: a.text ?? s.text,
        dueAt: a.dueAt ?? null,
        note: a.note ?? null,
      };
      break;
    case 'miss':
      if (!isMaker || s.status !== 'open') return refuse('not_allowed');
      step = { kind: 'missed', by: a.by, at: a.now, note: a.note || null };
      break;
    case 'repair':
      if (!isMaker || s.status !== 'missed' || s.repair !== null) return refuse('not_allowed');
      if (!a.note) return refuse('note_needed');
      step = { kind: 'repaired', by: a.by, at: a.now, note: a.note };
      break;
    case 'notice':
      if (isMaker || !s.shared || s.status !== 'kept' || s.noticedBy.includes(a.by))
        return refuse('not_allowed');
      step = { kind: 'noticed', by: a.by, at: a.now, note: a.note || null };
      break;
  }
  return { ok: true, step, state: applyPromiseStep(s, step) };
}

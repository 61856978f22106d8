// The agreement's rules as a pure function over its append-only log of steps. Nothing here
// removes a step: a decision only ever yields one new step to append, and the state is always
// the fold of the whole log. Shared by the server (to decide) and tests (to prove the rules).

export type AgreementStepKind =
  'proposed' | 'accepted' | 'declined' | 'revisit' | 'retire' | 'withdrew';

export interface AgreementStep {
  kind: AgreementStepKind;
  /** Who took the step (a person id). */
  by: string;
  /** The version the step is about; for `proposed`, the new version's number. */
  version: number;
}

export type AgreementStatus = 'proposed' | 'active' | 'revisiting' | 'declined' | 'retired';

export interface AgreementState {
  /** The newest version's number (0 before the first proposal). */
  latest: number;
  /** Standing yeses per version: who accepted it and has not withdrawn since. */
  accepts: Readonly<Record<number, readonly string[]>>;
  /** The newest version both said yes to, once there is one. */
  agreed: number | null;
  /** Who asked to revisit, while that request is open. */
  revisitBy: string | null;
  /** Who asked to retire it since it was last agreed or changed. */
  retireVotes: readonly string[];
  /** A decline of the newest version, if it stands. */
  declinedBy: string | null;
  retired: boolean;
}

export const emptyAgreement: AgreementState = {
  latest: 0,
  accepts: {},
  agreed: null,
  revisitBy: null,
  retireVotes: [],
  declinedBy: null,
  retired: false,
};

/** What a person asks to do; `version` is the version they saw (for a proposal: the one it replaces). */
export type AgreementActionKind =
  'propose' | 'accept' | 'decline' | 'revisit' | 'retire' | 'withdraw';
export interface AgreementAction {
  kind: AgreementActionKind;
  by: string;
  version: number;
}

export type Decision =
  | { ok: true; step: AgreementStep; state: AgreementState; becameActive: boolean }
  | { ok: false; reason: 'stale_version' | 'not_allowed' };

const acceptsOf = (s: AgreementState, version: number | null): readonly string[] =>
  version === null ? [] : (s.accepts[version] ?? []);

/** Both partners stand behind this version. (Only the two members can ever take steps.) */
const bothAccept = (s: AgreementState, version: number | null) => acceptsOf(s, version).length >= 2;

export function statusOf(s: AgreementState): AgreementStatus {
  if (s.retired) return 'retired';
  if (s.agreed !== null) {
    const settled = bothAccept(s, s.agreed) && s.revisitBy === null && s.latest === s.agreed;
    return settled ? 'active' : 'revisiting';
  }
  if (s.latest === 0) return 'proposed';
  return s.declinedBy !== null ? 'declined' : 'proposed';
}

/** Whether the agreed version still holds: both still say yes to it and it isn't retired. */
export function isInForce(s: AgreementState): boolean {
  return !s.retired && s.agreed !== null && bothAccept(s, s.agreed);
}

const withAccept = (
  s: AgreementState,
  version: number,
  by: string,
  add: boolean,
): AgreementState['accepts'] => {
  const current = acceptsOf(s, version).filter((p) => p !== by);
  return { ...s.accepts, [version]: add ? [...current, by] : current };
};

/** Applies one step that was already decided (used to fold the stored log). */
export function applyStep(s: AgreementState, step: AgreementStep): AgreementState {
  switch (step.kind) {
    case 'proposed':
      return {
        ...s,
        latest: step.version,
        accepts: withAccept(s, step.version, step.by, true),
        declinedBy: null,
        retireVotes: [],
      };
    case 'accepted': {
      const next: AgreementState = {
        ...s,
        accepts: withAccept(s, step.version, step.by, true),
        declinedBy: null,
      };
      if (
        step.version === s.latest &&
        bothAccept(next, step.version) &&
        step.version !== s.agreed
      ) {
        // A new version both say yes to: it is what holds now, and any open question is answered.
        return { ...next, agreed: step.version, revisitBy: null, retireVotes: [] };
      }
      return next;
    }
    case 'declined':
      return { ...s, declinedBy: step.by };
    case 'revisit':
      return { ...s, revisitBy: step.by };
    case 'retire': {
      const votes = [...s.retireVotes.filter((p) => p !== step.by), step.by];
      // Nothing binds anyone before both ever agreed: one person may set it aside.
      const retired = s.agreed === null || votes.length >= 2;
      return {
        ...s,
        retireVotes: votes,
        retired,
        revisitBy: s.revisitBy ?? (retired ? null : step.by),
      };
    }
    case 'withdrew':
      return { ...s, accepts: withAccept(s, step.version, step.by, false) };
  }
}

export function foldSteps(steps: readonly AgreementStep[]): AgreementState {
  return steps.reduce(applyStep, emptyAgreement);
}

/** Decides whether `action` may happen now, and if so the one step to append. */
export function decide(s: AgreementState, action: AgreementAction): Decision {
  const { by, version } = action;
  const refuse = (reason: 'stale_version' | 'not_allowed'): Decision => ({ ok: false, reason });
  if (s.retired) return refuse('not_allowed');
  const mine = (v: number | null) => acceptsOf(s, v).includes(by);

  let step: AgreementStep;
  switch (action.kind) {
    case 'propose':
      if (version !== s.latest) return refuse('stale_version');
      step = { kind: 'proposed', by, version: s.latest + 1 };
      break;
    case 'accept':
      if (version !== s.latest) return refuse('stale_version');
      if (s.latest === 0 || mine(s.latest)) return refuse('not_allowed');
      step = { kind: 'accepted', by, version };
      break;
    case 'decline':
      if (version !== s.latest) return refuse('stale_version');
      if (s.latest === 0 || mine(s.latest) || s.latest === s.agreed || s.declinedBy !== null)
        return refuse('not_allowed');
      step = { kind: 'declined', by, version };
      break;
    case 'revisit':
      if (version !== s.latest) return refuse('stale_version');
      if (statusOf(s) !== 'active') return refuse('not_allowed');
      step = { kind: 'revisit', by, version };
      break;
    case 'retire':
      if (version !== s.latest) return refuse('stale_version');
      if (s.latest === 0 || s.retireVotes.includes(by)) return refuse('not_allowed');
      step = { kind: 'retire', by, version };
      break;
    case 'withdraw':
      // My own yes, to what is agreed or to what is on the table: always mine to take back.
      if (version !== s.latest && version !== s.agreed) return refuse('stale_version');
      if (!mine(version)) return refuse('not_allowed');
      step = { kind: 'withdrew', by, version };
      break;
  }
  const next = applyStep(s, step);
  return {
    ok: true,
    step,
    state: next,
    becameActive: statusOf(s) !== 'active' && statusOf(next) === 'active',
  };
}

/** The version a person's "withdraw" would take back: what is agreed first, else the proposal. */
export function withdrawableVersion(s: AgreementState, by: string): number | null {
  if (s.retired) return null;
  if (s.agreed !== null && acceptsOf(s, s.agreed).includes(by)) return s.agreed;
  if (s.latest > 0 && acceptsOf(s, s.latest).includes(by)) return s.latest;
  return null;
}

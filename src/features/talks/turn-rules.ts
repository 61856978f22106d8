// The speaker-listener practice as a pure state machine: the speaker answers, the listener
// reflects back what they heard, the speaker confirms (roles switch) or clarifies (the listener
// reflects again). A pause blocks everyone until its time; only the one who asked can end it early.
// No I/O here, so the rules are tested on their own and the server and the screen agree.

export type Phase = 'speak' | 'reflect' | 'confirm';
export type TurnKind = 'answer' | 'reflection' | 'confirm' | 'clarify';

export interface TalkState {
  speakerId: string;
  listenerId: string;
  phase: Phase;
  round: number;
  pausedBy: string | null;
  pausedUntil: Date | null;
  endedAt: Date | null;
}

export type TalkAction =
  | { type: 'answer'; by: string; text: string }
  | { type: 'reflect'; by: string; text: string }
  | { type: 'confirm'; by: string }
  | { type: 'clarify'; by: string; text: string }
  | { type: 'pause'; by: string; until: Date }
  | { type: 'resume'; by: string }
  | { type: 'end'; by: string };

export type Refusal =
  | 'not_a_member'
  | 'ended'
  | 'paused'
  | 'not_your_step'
  | 'empty'
  | 'pause_in_past'
  | 'pause_too_far'
  | 'not_paused'
  | 'not_your_pause';

export type StepResult =
  | {
      ok: true;
      state: TalkState;
      turn?: { kind: TurnKind; body: string; round: number };
      ended?: boolean;
    }
  | { ok: false; reason: Refusal };

export const MAX_PAUSE_MS = 7 * 86_400_000;

export function activePause(state: TalkState, now: Date): { by: string; until: Date } | null {
  if (!state.pausedBy || !state.pausedUntil || state.pausedUntil <= now) return null;
  return { by: state.pausedBy, until: state.pausedUntil };
}

/** Who acts next, and what they do; null when nobody can (ended, or paused). */
export function nextStep(
  state: TalkState,
  now: Date,
): { personId: string; does: 'answer' | 'reflect' | 'confirm' } | null {
  if (state.endedAt || activePause(state, now)) return null;
  if (state.phase === 'speak') return { personId: state.speakerId, does: 'answer' };
  if (state.phase === 'reflect') return { personId: state.listenerId, does: 'reflect' };
  return { personId: state.speakerId, does: 'confirm' };
}

const refuse = (reason: Refusal): StepResult => ({ ok: false, reason });

export function step(state: TalkState, action: TalkAction, now: Date): StepResult {
  if (action.by !== state.speakerId && action.by !== state.listenerId)
    return refuse('not_a_member');
  if (state.endedAt) return refuse('ended');
  const pause = activePause(state, now);

  switch (action.type) {
    case 'pause': {
      // Someone else's pause cannot be overridden; my own can be moved.
      if (pause && pause.by !== action.by) return refuse('paused');
      if (action.until <= now) return refuse('pause_in_past');
      if (action.until.getTime() - now.getTime() > MAX_PAUSE_MS) return refuse('pause_too_far');
      return { ok: true, state: { ...state, pausedBy: action.by, pausedUntil: action.until } };
    }
    case 'resume': {
      if (!pause) return refuse('not_paused');
      if (pause.by !== action.by) return refuse('not_your_pause');
      return { ok: true, state: { ...state, pausedBy: null, pausedUntil: null } };
    }
    case 'end': {
      if (pause && pause.by !== action.by) return refuse('paused');
      return {
        ok: true,
        state: { ...state, pausedBy: null, pausedUntil: null, endedAt: now },
        ended: true,
      };
    }
    default:
      break;
  }

  if (pause) return refuse('paused');
  const cleared = { ...state, pausedBy: null, pausedUntil: null };
  const text = 'text' in action ? action.text.trim() : '';

  switch (action.type) {
    case 'answer':
      if (state.phase !== 'speak' || action.by !== state.speakerId) return refuse('not_your_step');
      if (!text) return refuse('empty');
      return {
        ok: true,
        state: { ...cleared, phase: 'reflect' },
        turn: { kind: 'answer', body: text, round: state.round },
      };
    case 'reflect':
      if (state.phase !== 'reflect' || action.by !== state.listenerId)
        return refuse('not_your_step');
      if (!text) return refuse('empty');
      return {
        ok: true,
        state: { ...cleared, phase: 'confirm' },
        turn: { kind: 'reflection', body: text, round: state.round },
      };
    case 'clarify':
      if (state.phase !== 'confirm' || action.by !== state.speakerId)
        return refuse('not_your_step');
      if (!text) return refuse('empty');
      // The listener tries again with what was added.
      return {
        ok: true,
        state: { ...cleared, phase: 'reflect' },
        turn: { kind: 'clarify', body: text, round: state.round },
      };
    case 'confirm':
      if (state.phase !== 'confirm' || action.by !== state.speakerId)
        return refuse('not_your_step');
      // Heard. Only now do the roles switch.
      return {
        ok: true,
        state: {
          ...cleared,
          phase: 'speak',
          speakerId: state.listenerId,
          listenerId: state.speakerId,
          round: state.round + 1,
        },
        turn: { kind: 'confirm', body: '', round: state.round },
      };
  }
}

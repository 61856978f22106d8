import { describe, expect, it } from 'vitest';
import {
  activePause,
  MAX_PAUSE_MS,
  nextStep,
  step,
  type TalkAction,
  type TalkState,
} from './turn-rules.ts';

const A = 'aaaaaaaa-0000-4000-8000-000000000001';
const B = 'bbbbbbbb-0000-4000-8000-000000000002';
const now = new Date('2026-05-01T20:00:00Z');
const later = (ms: number) => new Date(now.getTime() + ms);

const start: TalkState = {
  speakerId: A,
  listenerId: B,
  phase: 'speak',
  round: 1,
  pausedBy: null,
  pausedUntil: null,
  endedAt: null,
};

function run(state: TalkState, ...actions: TalkAction[]): TalkState {
  let s = state;
  for (const action of actions) {
    const result = step(s, action, now);
    if (!result.ok) throw new Error(`${action.type} by ${action.by} refused: ${result.reason}`);
    s = result.state;
  }
  return s;
}

const refusal = (state: TalkState, action: TalkAction, at = now) => {
  const result = step(state, action, at);
  return result.ok ? 'ok' : result.reason;
};

describe('speaker and listener turns', () => {
  it('goes answer -> reflect -> confirm, and only then switches roles', () => {
    expect(nextStep(start, now)).toEqual({ personId: A, does: 'answer' });
    const afterAnswer = run(start, { type: 'answer', by: A, text: 'I felt alone that winter.' });
    expect(afterAnswer).toMatchObject({ phase: 'reflect', speakerId: A, listenerId: B });
    expect(nextStep(afterAnswer, now)).toEqual({ personId: B, does: 'reflect' });
    const afterReflect = run(afterAnswer, {
      type: 'reflect',
      by: B,
      text: 'What I heard is that you felt alone.',
    });
    expect(afterReflect).toMatchObject({ phase: 'confirm', speakerId: A });
    expect(nextStep(afterReflect, now)).toEqual({ personId: A, does: 'confirm' });
    const switched = run(afterReflect, { type: 'confirm', by: A });
    expect(switched).toMatchObject({ phase: 'speak', speakerId: B, listenerId: A, round: 2 });
    expect(nextStep(switched, now)).toEqual({ personId: B, does: 'answer' });
  });

  it('records each step as a turn of the right kind and round', () => {
    const r1 = step(start, { type: 'answer', by: A, text: '  words  ' }, now);
    expect(r1.ok && r1.turn).toEqual({ kind: 'answer', body: 'words', round: 1 });
    const s = run(
      start,
      { type: 'answer', by: A, text: 'x' },
      { type: 'reflect', by: B, text: 'y' },
    );
    const r2 = step(s, { type: 'confirm', by: A }, now);
    expect(r2.ok && r2.turn).toEqual({ kind: 'confirm', body: '', round: 1 });
  });

  it('a clarification sends the listener back to reflect again; roles do not switch', () => {
    const s = run(
      start,
      { type: 'answer', by: A, text: 'x' },
      { type: 'reflect', by: B, text: 'y' },
      { type: 'clarify', by: A, text: 'Not angry: scared.' },
    );
    expect(s).toMatchObject({ phase: 'reflect', speakerId: A, listenerId: B, round: 1 });
    const confirmed = run(
      s,
      { type: 'reflect', by: B, text: 'You were scared.' },
      { type: 'confirm', by: A },
    );
    expect(confirmed).toMatchObject({ speakerId: B, phase: 'speak' });
  });

  it('refuses every step out of order or by the wrong person', () => {
    expect(refusal(start, { type: 'answer', by: B, text: 'x' })).toBe('not_your_step');
    expect(refusal(start, { type: 'reflect', by: B, text: 'x' })).toBe('not_your_step');
    expect(refusal(start, { type: 'confirm', by: A })).toBe('not_your_step');
    expect(refusal(start, { type: 'clarify', by: A, text: 'x' })).toBe('not_your_step');
    const reflecting = run(start, { type: 'answer', by: A, text: 'x' });
    expect(refusal(reflecting, { type: 'reflect', by: A, text: 'x' })).toBe('not_your_step');
    expect(refusal(reflecting, { type: 'answer', by: A, text: 'again' })).toBe('not_your_step');
    expect(refusal(reflecting, { type: 'confirm', by: A })).toBe('not_your_step');
    const confirming = run(reflecting, { type: 'reflect', by: B, text: 'y' });
    expect(refusal(confirming, { type: 'confirm', by: B })).toBe('not_your_step');
    expect(refusal(confirming, { type: 'clarify', by: B, text: 'z' })).toBe('not_your_step');
  });

  it('refuses empty words and strangers', () => {
    expect(refusal(start, { type: 'answer', by: A, text: '   ' })).toBe('empty');
    expect(refusal(start, { type: 'answer', by: 'someone-else', text: 'x' })).toBe('not_a_member');
    expect(refusal(start, { type: 'pause', by: 'someone-else', until: later(60_000) })).toBe(
      'not_a_member',
    );
  });
});

describe('pauses', () => {
  const paused = run(start, { type: 'pause', by: B, until: later(15 * 60_000) });

  it('blocks both partners from any step until the time', () => {
    expect(activePause(paused, now)).toEqual({ by: B, until: later(15 * 60_000) });
    expect(nextStep(paused, now)).toBeNull();
    expect(refusal(paused, { type: 'answer', by: A, text: 'x' })).toBe('paused');
    expect(refusal(paused, { type: 'answer', by: A, text: 'x' }, later(14 * 60_000))).toBe(
      'paused',
    );
    // The one who paused must end the pause first, too.
    const bSpeaks = { ...paused, speakerId: B, listenerId: A };
    expect(refusal(bSpeaks, { type: 'answer', by: B, text: 'x' })).toBe('paused');
  });

  it('the other cannot push past it: not end it, not replace it, not finish the conversation', () => {
    expect(refusal(paused, { type: 'resume', by: A })).toBe('not_your_pause');
    expect(refusal(paused, { type: 'pause', by: A, until: later(60_000) })).toBe('paused');
    expect(refusal(paused, { type: 'end', by: A })).toBe('paused');
  });

  it('ends by itself at its time, with nothing to do', () => {
    const at = later(15 * 60_000);
    expect(activePause(paused, at)).toBeNull();
    expect(nextStep(paused, at)).toEqual({ personId: A, does: 'answer' });
    expect(refusal(paused, { type: 'answer', by: A, text: 'x' }, at)).toBe('ok');
  });

  it('the one who asked can end it early, or move it', () => {
    const resumed = run(paused, { type: 'resume', by: B });
    expect(activePause(resumed, now)).toBeNull();
    expect(refusal(resumed, { type: 'answer', by: A, text: 'x' })).toBe('ok');
    const moved = run(paused, { type: 'pause', by: B, until: later(60 * 60_000) });
    expect(moved.pausedUntil).toEqual(later(60 * 60_000));
  });

  it('needs a time to come back that is ahead, within seven days', () => {
    expect(refusal(start, { type: 'pause', by: A, until: now })).toBe('pause_in_past');
    expect(refusal(start, { type: 'pause', by: A, until: later(-1000) })).toBe('pause_in_past');
    expect(refusal(start, { type: 'pause', by: A, until: later(MAX_PAUSE_MS + 1000) })).toBe(
      'pause_too_far',
    );
    expect(refusal(start, { type: 'pause', by: A, until: later(MAX_PAUSE_MS) })).toBe('ok');
    expect(refusal(start, { type: 'resume', by: A })).toBe('not_paused');
  });

  it('keeps the step it was on: after the pause the same person goes on', () => {
    const reflecting = run(
      start,
      { type: 'answer', by: A, text: 'x' },
      { type: 'pause', by: A, until: later(1000) },
    );
    expect(nextStep(reflecting, later(1000))).toEqual({ personId: B, does: 'reflect' });
  });
});

describe('finishing', () => {
  it('either partner can finish; afterwards nothing more happens', () => {
    const result = step(start, { type: 'end', by: B }, now);
    expect(result.ok && result.ended).toBe(true);
    const ended = run(start, { type: 'end', by: B });
    expect(ended.endedAt).toEqual(now);
    expect(nextStep(ended, now)).toBeNull();
    expect(refusal(ended, { type: 'answer', by: A, text: 'x' })).toBe('ended');
    expect(refusal(ended, { type: 'pause', by: A, until: later(1000) })).toBe('ended');
    expect(refusal(ended, { type: 'end', by: A })).toBe('ended');
  });

  it('the one who paused may still finish', () => {
    const paused = run(start, { type: 'pause', by: A, until: later(60_000) });
    expect(refusal(paused, { type: 'end', by: A })).toBe('ok');
  });
});

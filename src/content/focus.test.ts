import { describe, expect, it } from 'vitest';
import { pathLine, suggestFocus, type FocusInputs } from './focus.ts';

const none: FocusInputs = { me: { stance: null, levels: {} }, partner: null, statuses: {} };

describe('the suggested focus', () => {
  it('starts gently with nothing to go on', () => {
    expect(suggestFocus(none)).toEqual({
      stage: 'face',
      patterns: [],
      reason:
        'Because most couples begin by naming what happened, this is a gentle place to start.',
    });
  });

  it('puts ownership first for the one who broke trust, and grief first for the one who was hurt', () => {
    expect(suggestFocus({ ...none, me: { stance: 'broke', levels: {} } }).stage).toBe('face');
    const hurt = suggestFocus({
      ...none,
      me: { stance: 'hurt', levels: {} },
      partner: { name: 'Sam', stance: 'broke', levels: {} },
    });
    expect(hurt).toMatchObject({
      stage: 'grieve',
      reason:
        'Because you said you were hurt and Sam said they broke the trust, there is room for your grief first.',
    });
    const both = suggestFocus({
      ...none,
      me: { stance: 'both', levels: {} },
      partner: { name: 'Sam', stance: 'both', levels: {} },
    });
    expect(both.reason).toBe(
      'Because you both said you each carry part of it, naming it together comes first.',
    );
  });

  it('says "you both" only when both said it, and names the partner only for what they shared', () => {
    const both = suggestFocus({
      ...none,
      me: { stance: null, levels: { distance: 'strong' } },
      partner: { name: 'Sam', stance: null, levels: { distance: 'some' } },
    });
    expect(both).toMatchObject({ stage: 'practise', patterns: ['distance'] });
    expect(both.reason).toBe(
      'Because you both said emotional distance speaks to you, small daily acts of closeness can help.',
    );
    const theirs = suggestFocus({
      ...none,
      partner: { name: 'Sam', stance: null, levels: { infidelity: 'strong' } },
    });
    expect(theirs.reason).toBe(
      'Because Sam shared that infidelity speaks to them strongly, understanding why, together, can help.',
    );
    const quiet = suggestFocus({ ...none, me: { stance: null, levels: { secrecy: 'quiet' } } });
    expect(quiet.patterns).toEqual([]);
  });

  it('skips stages that feel steady, and otherwise follows what is being worked on', () => {
    const steady = suggestFocus({
      ...none,
      me: { stance: 'broke', levels: { secrecy: 'strong' } },
      statuses: { face: 'steady' },
    });
    expect(steady.stage).toBe('talk');
    const working = suggestFocus({ ...none, statuses: { grieve: 'returning' } });
    expect(working).toMatchObject({
      stage: 'grieve',
      reason: 'Because it is marked as coming back to it, it stays close for now.',
    });
    const all = suggestFocus({
      ...none,
      statuses: {
        face: 'steady',
        grieve: 'steady',
        understand: 'steady',
        agree: 'steady',
        talk: 'steady',
        practise: 'steady',
        build: 'steady',
      },
    });
    expect(all.stage).toBe('build');
  });
});

describe('the line about the path', () => {
  it('says where the couple is, gently, with no numbers', () => {
    expect(pathLine({})).toBe(
      'Nothing is marked on your path yet. It is there whenever you want it.',
    );
    expect(pathLine({ grieve: 'working', face: 'working', talk: 'returning' })).toBe(
      "You're working on Face it and own it and Grieve, and coming back to Talk and listen again. Going back is part of the path.",
    );
    expect(pathLine({ face: 'steady' })).toBe(
      'Face it and own it feels steady for now. Nothing else is marked yet.',
    );
    for (const line of [pathLine({ face: 'working' }), pathLine({ talk: 'returning' })])
      expect(line).not.toMatch(/\d|%/);
  });
});

import { describe, expect, it } from 'vitest';
import { suggestFocus } from './focus.ts';
import { pacedStatuses, paceStages, type PaceInputs } from './pace.ts';
import { stanceIds, type StanceId } from './patterns.ts';
import { stageStatuses } from './stages.ts';

const stances: (StanceId | null)[] = [...stanceIds, null];

describe('the pace of grief and safety', () => {
  it('never lets anyone close grief or safety for the partner who was hurt, over every role and mark', () => {
    let cases = 0;
    for (const myStance of stances)
      for (const partnerStance of stances)
        for (const mine of stageStatuses)
          for (const theirs of stageStatuses)
            for (const hasPartner of [true, false]) {
              const inputs: PaceInputs = {
                myStance,
                partnerStance: hasPartner ? partnerStance : null,
                hasPartner,
                mine: { grieve: mine, agree: mine },
                theirs: hasPartner ? { grieve: theirs, agree: theirs } : {},
              };
              const { statuses } = pacedStatuses(inputs);
              const partnerWasHurt =
                hasPartner &&
                myStance !== 'hurt' &&
                (myStance === 'broke' || partnerStance === 'hurt');
              for (const stage of paceStages) {
                cases++;
                if (myStance === 'hurt' || !hasPartner) expect(statuses[stage]).toBe(mine);
                // The hurt partner's open grief stays open, however I marked mine.
                if (partnerWasHurt && theirs !== 'steady')
                  expect(statuses[stage]).not.toBe('steady');
                if (myStance === 'broke' && hasPartner) expect(statuses[stage]).toBe(theirs);
                if (!partnerWasHurt) expect(statuses[stage]).toBe(mine);
              }
            }
    expect(cases).toBe(stances.length * stances.length * 16 * 2 * paceStages.length);
  });

  it('leaves every other stage to my own marks', () => {
    const { statuses } = pacedStatuses({
      myStance: 'broke',
      partnerStance: null,
      hasPartner: true,
      mine: { face: 'steady', talk: 'working' },
      theirs: { face: 'working', talk: 'steady', grieve: 'working' },
    });
    expect(statuses).toEqual({
      face: 'steady',
      talk: 'working',
      grieve: 'working',
      agree: 'not-yet',
    });
  });

  it('says plainly whose pace it is, naming only the partner whose marks are shared anyway', () => {
    const focus = suggestFocus({
      me: { stance: 'broke', levels: {} },
      partner: { name: 'Sam', stance: null, levels: {} },
      statuses: { face: 'steady', grieve: 'steady' },
      partnerStatuses: { grieve: 'working' },
    });
    expect(focus).toMatchObject({
      stage: 'grieve',
      reason: 'Because Sam sets the pace here, grieve stays open for as long as they need it.',
    });
    // Where I was hurt, my own steady mark is what counts.
    const mine = suggestFocus({
      me: { stance: 'hurt', levels: {} },
      partner: { name: 'Sam', stance: 'broke', levels: {} },
      statuses: { face: 'steady', grieve: 'steady' },
      partnerStatuses: { grieve: 'working' },
    });
    expect(mine.stage).toBe('understand');
  });
});

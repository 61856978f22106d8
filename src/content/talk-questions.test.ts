import { describe, expect, it } from 'vitest';
import { stanceIds, type StanceId } from './patterns.ts';
import { stageIds, stageStatuses, type StageId, type StageStatus } from './stages.ts';
import {
  audienceOf,
  fitsSpeaker,
  followUp,
  hasReached,
  offeredTopics,
  questionForRound,
  talkGuide,
} from './talk-questions.ts';
import { topicById, topics } from './talks.ts';

const stances: (StanceId | null)[] = [...stanceIds, null];

/** Every way one person's own path can be marked: 4^7 = 16,384. */
function* everyPath(): Generator<Partial<Record<StageId, StageStatus>>> {
  for (let n = 0; n < stageStatuses.length ** stageIds.length; n++) {
    const marks: Partial<Record<StageId, StageStatus>> = {};
    let rest = n;
    for (const stage of stageIds) {
      marks[stage] = stageStatuses[rest % stageStatuses.length]!;
      rest = Math.floor(rest / stageStatuses.length);
    }
    yield marks;
  }
}

describe('questions that fit the speaker', () => {
  it('never offers anyone a question meant for the other role, over every role and every path', () => {
    let checked = 0;
    const wrong: string[] = [];
    const always = topics.filter((t) => audienceOf(t) === 'anyone' && !t.from);
    for (const stance of stances) {
      for (const marks of everyPath()) {
        const offered = offeredTopics({ stance, marks });
        for (const topic of offered) {
          const audience = audienceOf(topic);
          const fits =
            stance === 'hurt' || stance === 'broke'
              ? audience === 'anyone' || audience === stance
              : audience === 'anyone';
          if (!fits || (topic.from && !hasReached(marks, topic.from)))
            wrong.push(`${stance} ${JSON.stringify(marks)} ${topic.id}`);
        }
        // Everything for anyone (and not waiting on the path) is always there.
        for (const topic of always)
          if (!offered.includes(topic)) wrong.push(`${stance} misses ${topic.id}`);
        checked++;
      }
    }
    expect(wrong.slice(0, 5)).toEqual([]);
    expect(checked).toBe(stances.length * 16_384);
  });

  it('has sets for both roles, and never asks the one who was hurt what they were looking for elsewhere', () => {
    const forBroke = topics.filter((t) => audienceOf(t) === 'broke');
    const forHurt = topics.filter((t) => audienceOf(t) === 'hurt');
    expect(forBroke.length).toBeGreaterThanOrEqual(6);
    expect(forHurt.length).toBeGreaterThanOrEqual(8);
    expect(audienceOf(topicById('missing-sought')!)).toBe('broke');
    expect(offeredTopics({ stance: 'hurt', marks: {} }).map((t) => t.question)).not.toContain(
      'What were you looking for that you did not find at home?',
    );
    expect(offeredTopics({ stance: 'broke', marks: {} }).map((t) => t.id)).toContain(
      'missing-sought',
    );
  });

  it("offers the hurt partner's own-part questions only from Understand why on, as they mark it", () => {
    const ownPart = topics.filter((t) => t.from);
    expect(ownPart.length).toBeGreaterThanOrEqual(3);
    for (const t of ownPart) expect([audienceOf(t), t.from]).toEqual(['hurt', 'understand']);
    const ids = (marks: Partial<Record<StageId, StageStatus>>) =>
      offeredTopics({ stance: 'hurt', marks }).map((t) => t.id);
    expect(ids({ face: 'steady', grieve: 'steady' })).not.toContain('own-part-distance');
    expect(ids({ understand: 'not-yet' })).not.toContain('own-part-distance');
    expect(ids({ understand: 'working' })).toContain('own-part-distance');
    expect(ids({ talk: 'returning' })).toContain('own-part-distance');
    expect(
      fitsSpeaker(topicById('own-part-distance')!, {
        stance: 'broke',
        marks: { understand: 'steady' },
      }),
    ).toBe(false);
  });

  it('gives the other one a gentle follow-up in their turn, never the question meant for one role', () => {
    const sought = { topicId: 'missing-sought', ownQuestion: null };
    expect(questionForRound({ ...sought, round: 1 })).toBe(topicById('missing-sought')!.question);
    expect(questionForRound({ ...sought, round: 2 })).toBe(followUp);
    expect(questionForRound({ ...sought, round: 3 })).toBe(topicById('missing-sought')!.question);
    expect(questionForRound({ topicId: 'want-stay', ownQuestion: null, round: 2 })).toBe(
      topicById('want-stay')!.question,
    );
    expect(questionForRound({ topicId: null, ownQuestion: 'Our own?', round: 2 })).toBe('Our own?');
  });

  it('warns about graphic details and frames the own part as never an excuse', () => {
    expect(talkGuide.hurts.join(' ')).toMatch(/graphic details/i);
    expect(talkGuide.ownPartHeading).toBe('In time, never to excuse');
  });
});

import { describe, expect, it } from 'vitest';
import { foldDraft, lineChanges, type AnswerEntry, type ProposalEntry } from './vision-draft.ts';

const at = (n: number) => `2026-11-30T10:00:0${n}.000Z`;
const proposal = (p: Partial<ProposalEntry> & { id: string }): ProposalEntry => ({
  authorId: 'a',
  kind: 'add',
  lineId: null,
  text: p.id,
  rewordsId: null,
  createdAt: at(0),
  ...p,
});
const answer = (proposalId: string, a: AnswerEntry['answer'], n = 1): AnswerEntry => ({
  proposalId,
  authorId: 'b',
  answer: a,
  createdAt: at(n),
});

describe('the draft of our shared future', () => {
  it('holds accepted lines in the order accepted, with changes and removals applied', () => {
    const proposals = [
      proposal({ id: 'home' }),
      proposal({ id: 'fun' }),
      proposal({ id: 'money' }),
      proposal({ id: 'home2', kind: 'change', lineId: 'home', text: 'home, kinder' }),
      proposal({ id: 'drop', kind: 'remove', lineId: 'fun', text: '' }),
      proposal({ id: 'waiting' }),
    ];
    const answers = [
      answer('fun', 'accepted', 1),
      answer('home', 'accepted', 2),
      answer('money', 'declined', 3),
      answer('home2', 'accepted', 4),
      answer('drop', 'accepted', 5),
    ];
    const draft = foldDraft(proposals, answers);
    expect(draft.lines).toEqual([{ id: 'home', text: 'home, kinder' }]);
    expect(draft.draft).toBe(4);
    expect(draft.pending.map((p) => p.id)).toEqual(['waiting']);
  });

  it('a change to a line already taken out changes nothing', () => {
    const draft = foldDraft(
      [
        proposal({ id: 'x' }),
        proposal({ id: 'gone', kind: 'remove', lineId: 'x' }),
        proposal({ id: 'late', kind: 'change', lineId: 'x', text: 'y' }),
      ],
      [answer('x', 'accepted', 1), answer('gone', 'accepted', 2), answer('late', 'accepted', 3)],
    );
    expect(draft.lines).toEqual([]);
  });

  it('says line by line what changed between two versions', () => {
    expect(
      lineChanges(
        [
          { id: '1', text: 'one' },
          { id: '2', text: 'two' },
          { id: '3', text: 'three' },
        ],
        [
          { id: '1', text: 'one' },
          { id: '3', text: 'three, kinder' },
          { id: '4', text: 'four' },
        ],
      ),
    ).toEqual([
      { kind: 'same', id: '1', text: 'one' },
      { kind: 'changed', id: '3', text: 'three, kinder', before: 'three' },
      { kind: 'added', id: '4', text: 'four' },
      { kind: 'removed', id: '2', text: 'two' },
    ]);
  });
});

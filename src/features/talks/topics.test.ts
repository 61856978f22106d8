import { describe, expect, it } from 'vitest';
import { topicById, topicGroups, topics } from '../../content/talks.ts';

describe('the question bank', () => {
  it('holds at least 40 questions, in all six groups, with unique ids', () => {
    expect(topics.length).toBeGreaterThanOrEqual(40);
    expect(topicGroups.map((g) => g.id)).toEqual([
      'happened',
      'felt',
      'missing',
      'hurt',
      'need',
      'want',
    ]);
    for (const group of topicGroups) {
      expect(topics.filter((t) => t.group === group.id).length, group.id).toBeGreaterThanOrEqual(5);
    }
    expect(new Set(topics.map((t) => t.id)).size).toBe(topics.length);
    expect(new Set(topics.map((t) => t.question)).size).toBe(topics.length);
  });

  it('asks questions (invitations), each ending with a question mark', () => {
    for (const t of topics) expect(t.question.trim().endsWith('?'), t.id).toBe(true);
    expect(topicById('hurt-most')?.group).toBe('hurt');
    expect(topicById('nope')).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import {
  questionKinds,
  questions,
  questionWords,
  type QuestionRole,
} from '../../content/questions/index.ts';
import { stageIds } from '../../content/stages.ts';
import { coupleStage, pickQuestion, poolFor } from './pick.ts';

const COUPLE = '6f1c2a3e-0000-4000-8000-000000000001';

describe('the question bank', () => {
  it('holds at least 180 questions, each with a stable unique id and its own words', () => {
    expect(questions.length).toBeGreaterThanOrEqual(180);
    expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length);
    expect(new Set(questions.map((q) => q.text.toLowerCase())).size).toBe(questions.length);
    for (const q of questions) {
      expect(q.text, q.id).toMatch(/\?$/);
      expect(q.text.length, q.id).toBeLessThanOrEqual(110);
      expect(q.stages.length, q.id).toBeGreaterThan(0);
    }
    for (const kind of questionKinds)
      expect(questions.filter((q) => q.kind === kind).length, kind).toBeGreaterThanOrEqual(20);
  });

  it('has the awkward-love and say-it-often prompts of the issue', () => {
    expect(
      questions.some((q) => q.kind === 'say-it-often' && /small thing .* helped/.test(q.text)),
    ).toBe(true);
  });

  it('never scores, hurries or blames, and never asks anyone to forgive', () => {
    const words = [
      ...questions.map((q) => q.text),
      ...Object.values(questionWords).flatMap((w) =>
        typeof w === 'string' ? [w] : typeof w === 'object' ? Object.values(w) : [],
      ),
    ].join('\n');
    expect(words).not.toMatch(/\b(streak|points?|score|behind|should|must|forgive|sorry|apolog)/i);
  });

  it('asks the first stages only light questions, and none asks about the partner there', () => {
    for (const stage of ['face', 'grieve'] as const) {
      const pool = poolFor({ together: true, stage });
      expect(pool.length).toBeGreaterThanOrEqual(20);
      for (const q of pool) {
        expect(q.kind, q.id).toBe('light');
        expect(q.self, q.id).toBe(true);
      }
    }
  });

  it('asks both of us only questions for anyone, in every stage, with enough to go round', () => {
    for (const stage of stageIds) {
      const pool = poolFor({ together: true, stage });
      expect(pool.length, stage).toBeGreaterThanOrEqual(30);
      expect(pool.every((q) => q.role === 'anyone')).toBe(true);
    }
  });

  it('offers a person alone only questions about themselves, for their own role', () => {
    for (const role of ['anyone', 'broke', 'hurt'] as QuestionRole[])
      for (const stage of stageIds) {
        const pool = poolFor({ together: false, stage, role });
        expect(pool.length).toBeGreaterThanOrEqual(35);
        expect(pool.every((q) => q.self && (q.role === 'anyone' || q.role === role))).toBe(true);
      }
    const hurt = poolFor({ together: false, stage: 'grieve', role: 'hurt' });
    expect(hurt.some((q) => q.role === 'hurt')).toBe(true);
    expect(hurt.some((q) => q.role === 'broke')).toBe(false);
  });
});

describe('the day’s question', () => {
  it('is the same for the same couple and day, and for both partners', () => {
    const pool = poolFor({ together: true, stage: 'talk' });
    expect(pickQuestion(pool, COUPLE, '2026-11-30')).toBe(pickQuestion(pool, COUPLE, '2026-11-30'));
  });

  it('changes from one day to the next, and walks the whole pool before repeating', () => {
    const pool = poolFor({ together: true, stage: 'practise' });
    const seen = new Set<string>();
    const start = Date.parse('2026-01-01T00:00:00Z');
    for (let i = 0; i < pool.length; i++) {
      const day = new Date(start + i * 86_400_000).toISOString().slice(0, 10);
      seen.add(pickQuestion(pool, COUPLE, day).id);
    }
    expect(seen.size).toBe(pool.length);
  });

  it('takes the couple’s stage from both partners’ marks alike: the first not steady for both', () => {
    expect(coupleStage({}, {})).toBe('face');
    expect(coupleStage({ face: 'steady' }, { face: 'steady', grieve: 'working' })).toBe('grieve');
    expect(coupleStage({ face: 'steady' }, {})).toBe('face');
    const a = { face: 'steady', grieve: 'steady' } as const;
    const b = { face: 'steady', grieve: 'steady', understand: 'steady' } as const;
    expect(coupleStage(a, b)).toBe(coupleStage(b, a));
    const all = Object.fromEntries(stageIds.map((s) => [s, 'steady' as const]));
    expect(coupleStage(all, all)).toBe('build');
  });
});

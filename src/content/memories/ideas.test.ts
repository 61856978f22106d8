import { describe, expect, it } from 'vitest';
import { stages } from '../stages.ts';
import {
  ideaCosts,
  ideaEnergies,
  ideaMinutes,
  ideaPlaces,
  ideaTimes,
  memoryIdeaById,
  memoryIdeas,
} from './ideas.ts';
import { ideaCostLabels, ideaEnergyLabels, ideaPlaceLabels, ideaTimeLabels } from './words.ts';

const stageNumber = (id: string) => stages.find((s) => s.id === id)!.number;

describe('ideas for time together', () => {
  it('are at least 80, each with its own id, and each a title a plan can take as it is', () => {
    expect(memoryIdeas.length).toBeGreaterThanOrEqual(80);
    expect(new Set(memoryIdeas.map((i) => i.id)).size).toBe(memoryIdeas.length);
    expect(new Set(memoryIdeas.map((i) => i.title)).size).toBe(memoryIdeas.length);
    for (const idea of memoryIdeas) {
      expect(idea.title.length, idea.id).toBeLessThanOrEqual(120);
      expect(idea.id.length, idea.id).toBeLessThanOrEqual(60);
      expect(idea.how.length, idea.id).toBeGreaterThan(10);
      expect(memoryIdeaById(idea.id)).toBe(idea);
    }
  });

  it('say how long, what it costs, the energy it asks, where, and the earliest stage it fits', () => {
    for (const idea of memoryIdeas) {
      expect(ideaTimes).toContain(idea.time);
      expect(ideaCosts).toContain(idea.cost);
      expect(ideaEnergies).toContain(idea.energy);
      expect(ideaPlaces).toContain(idea.place);
      expect(stages.map((s) => s.id)).toContain(idea.from);
    }
    for (const v of ideaTimes) expect(ideaTimeLabels[v] && ideaMinutes[v]).toBeTruthy();
    for (const v of ideaCosts) expect(ideaCostLabels[v]).toBeTruthy();
    for (const v of ideaEnergies) expect(ideaEnergyLabels[v]).toBeTruthy();
    for (const v of ideaPlaces) expect(ideaPlaceLabels[v]).toBeTruthy();
    // Every filter value has ideas behind it, at home and out.
    for (const v of [...ideaTimes, ...ideaCosts, ...ideaEnergies, ...ideaPlaces])
      expect(
        memoryIdeas.some((i) => [i.time, i.cost, i.energy, i.place].includes(v)),
        v,
      ).toBe(true);
  });

  it('come lowest pressure first: the first ones fit from the start, are free or cheap and ask little', () => {
    const order = memoryIdeas.map((i) => stageNumber(i.from));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    const first = memoryIdeas.slice(0, 10);
    for (const idea of first) {
      expect(idea.from, idea.id).toBe('face');
      expect(idea.energy, idea.id).toBe('low');
      expect(idea.cost, idea.id).not.toBe('some');
      expect(idea.time, idea.id).toBe('short');
    }
    // A night away or a weekend waits for the last stage.
    expect(memoryIdeaById('weekend-away')!.from).toBe('build');
  });

  it('never count, score or hurry', () => {
    const all = memoryIdeas.map((i) => `${i.title} ${i.how}`).join(' ');
    expect(all).not.toMatch(/streak|points?\b|score|deadline|must|should|every day|in a row/i);
  });
});

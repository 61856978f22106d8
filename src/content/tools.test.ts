import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { areas } from './areas.ts';
import { patterns } from './patterns.ts';
import { stageById, stages } from './stages.ts';
import { toolHref, toolIds, tools } from './tools.ts';

/** Every file under a folder, for reading words as written. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('the tools of the method', () => {
  it('every tool has its place: a link, never a name alone', () => {
    const areaPaths = new Set(areas.map((a) => a.path));
    for (const id of toolIds) {
      const href = toolHref(id);
      expect(href, id).toMatch(/^\/[a-z-]+$/);
      if ('area' in tools[id]) expect(areaPaths.has(href), id).toBe(true);
    }
    for (const named of [...stages.flatMap((s) => s.tools), ...patterns.flatMap((p) => p.tools)])
      expect(toolIds).toContain(named);
  });

  it('stage 7 names new memories and our shared future; the daily question has a stage', () => {
    expect(stageById('build').tools).toEqual(expect.arrayContaining(['memories', 'vision']));
    expect(stages.some((s) => s.tools.includes('questions'))).toBe(true);
    expect(toolHref('memories')).toBe('/memories');
    expect(toolHref('questions')).toBe('/questions');
    expect(toolHref('vision')).toBe('/vision');
  });

  it('no word anyone reads promises something "coming later"', () => {
    const src = join(import.meta.dirname, '..');
    const words = filesUnder(src).filter(
      (f) => /\.(ts|tsx|html)$/.test(f) && !/\.test\.tsx?$/.test(f),
    );
    expect(words.length).toBeGreaterThan(50);
    for (const file of words) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(/coming (later|soon)|not ready yet|isn't ready yet/i);
    }
  });
});

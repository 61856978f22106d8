import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import * as checkinLimits from '../features/checkins/limits.ts';
import { dailyInput, replyInput, weeklyInput } from '../features/checkins/checkins.schema.ts';
import * as promiseLimits from '../features/promises/limits.ts';
import { makePromiseInput, promiseActionInput } from '../features/promises/promises.schema.ts';
import * as questionLimits from '../features/questions/limits.ts';
import { questionInput } from '../features/questions/questions.schema.ts';
import * as reflectionLimits from '../features/reflection/limits.ts';
import { takeInput } from '../features/reflection/reflection.schema.ts';
import * as talkLimits from '../features/talks/limits.ts';
import { startTalkInput, turnInput } from '../features/talks/talks.schema.ts';
import { MAX_LINE } from '../features/vision/vision-limits.ts';
import { rewordInput } from '../features/vision/vision.schema.ts';
import * as waveLimits from '../features/waves/limits.ts';
import { planInput, waveInput } from '../features/waves/waves.schema.ts';

// A screen holds a text to the length its schema accepts, read from the feature's limits
// module (no zod, so screens may import it; decision 166): what the browser lets a person type
// is exactly what the server takes, and the two cannot drift apart.

const cases: [what: string, field: z.ZodType, max: number][] = [
  ['a check-in note', dailyInput.shape.note, checkinLimits.NOTE_MAX],
  ['what I need today', dailyInput.shape.need, checkinLimits.NEED_MAX],
  ['a weekly answer', weeklyInput.shape.hard, checkinLimits.WEEKLY_ANSWER_MAX],
  ['a reply to a weekly answer', replyInput.shape.body, checkinLimits.REPLY_MAX],
  ['a promise', makePromiseInput.shape.text, promiseLimits.PROMISE_MAX],
  ["a promise step's note", promiseActionInput.shape.note, promiseLimits.STEP_NOTE_MAX],
  ["an answer to the day's question", questionInput.shape.answer, questionLimits.ANSWER_MAX],
  ["a reflection's note", takeInput.shape.notes.unwrap().shape.distance, reflectionLimits.NOTE_MAX],
  ['a question of my own', startTalkInput.shape.ownQuestion, talkLimits.OWN_QUESTION_MAX],
  ['a turn', turnInput.shape.body, talkLimits.TURN_MAX],
  ["a wave's note", waveInput.shape.note, waveLimits.NOTE_MAX],
  ['a part of the wave plan', planInput.shape.avoid, waveLimits.PLAN_PART_MAX],
  ['a line of our shared future', rewordInput.shape.text, MAX_LINE],
];

describe('text limits', () => {
  it.each(cases)('%s: the schema takes exactly the limit the screen reads', (_what, field, max) => {
    expect(field.safeParse('a'.repeat(max)).success).toBe(true);
    expect(field.safeParse('a'.repeat(max + 1)).success).toBe(false);
  });

  it('are never written as numbers in a screen', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) return files(path);
        return /\.tsx?$/.test(entry.name) && !/\.test\./.test(entry.name) ? [path] : [];
      });
    const src = join(import.meta.dirname, '..');
    const screens = files(src).filter((f) => /[/\\](ui|web)[/\\]/.test(f));
    expect(screens.length).toBeGreaterThan(50);
    const literal = /\b(max|min)Length=\{?\s*['"]?\d/;
    expect(
      screens.filter((f) => literal.test(readFileSync(f, 'utf8'))).map((f) => f.slice(src.length)),
    ).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { labelledMeasure } from './labelled-figures.ts';

describe('recall and false notes over labelled texts', () => {
  const shouting = (text: string) => (text === text.toUpperCase() ? ['shouting'] : []);

  it('counts the noticed share of each side', () => {
    const measure = labelledMeasure(shouting, (found) => found.length > 0);
    expect(
      measure.figures({
        shouldNotice: ['NO', 'STOP', 'please stop', 'WAIT'],
        shouldNot: ['hello', 'OK', 'thanks', 'fine', 'sure'],
      }),
    ).toEqual({ recall: 0.75, falseNotes: 0.2 });
  });

  it('reads each text once, however many sets hold it, and answers what it read', () => {
    const read: string[] = [];
    const measure = labelledMeasure(
      (text: string) => {
        read.push(text);
        return shouting(text);
      },
      (found) => found.length > 0,
    );
    const tuning = { shouldNotice: ['NO', 'STOP'], shouldNot: ['hello'] };
    measure.figures(tuning);
    measure.figures({
      shouldNotice: [...tuning.shouldNotice, 'WAIT'],
      shouldNot: [...tuning.shouldNot, 'fine'],
    });
    expect(measure.read('NO')).toEqual(['shouting']);
    expect(read.sort()).toEqual(['NO', 'STOP', 'WAIT', 'fine', 'hello']);
  });

  it('refuses a side with no texts rather than answer a figure no floor catches', () => {
    const measure = labelledMeasure(shouting, (found) => found.length > 0);
    expect(() => measure.figures({ shouldNotice: [], shouldNot: ['hello'] })).toThrow(
      /no texts that should be noticed/,
    );
    expect(() => measure.figures({ shouldNotice: ['NO'], shouldNot: [] })).toThrow(
      /no texts that should be left alone/,
    );
  });
});

import { describe, expect, it } from 'vitest';
import { asksToWrite, smallActById, smallActs } from './small-acts.ts';

describe('small acts that ask you to write', () => {
  it('offers a place to write wherever an act asks for it, at the start or mid-sentence', () => {
    const ask = (id: string) => asksToWrite(smallActById(id)!);
    expect(ask('secrecy-3')).toBe(true); // "Write down what you fear… Just write it."
    expect(ask('agree-1')).toBe(true); // "Ask your partner… Write the answer down."
    expect(ask('hurt-3')).toBe(true);
    expect(smallActs.filter((a) => a.text.startsWith('Write')).every(asksToWrite)).toBe(true);
  });

  it('offers no journal to acts that are not about writing', () => {
    expect(asksToWrite(smallActById('face-2')!)).toBe(false);
    expect(asksToWrite(smallActById('broke-22')!)).toBe(false);
    expect(smallActs.filter(asksToWrite).length).toBeLessThan(smallActs.length / 2);
  });
});

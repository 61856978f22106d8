import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffWords, hasChanges } from './word-diff.ts';

describe('word diff', () => {
  it('shows the words that changed', () => {
    expect(diffWords('I call you at lunch', 'I call you at lunch and at six')).toEqual([
      { kind: 'same', text: 'I call you at lunch' },
      { kind: 'added', text: ' and at six' },
    ]);
    const parts = diffWords('Phones away at dinner', 'Phones away at breakfast');
    expect(parts.filter((p) => p.kind === 'removed').map((p) => p.text.trim())).toEqual(['dinner']);
    expect(parts.filter((p) => p.kind === 'added').map((p) => p.text.trim())).toEqual(['breakfast']);
    expect(hasChanges(diffWords('same', 'same'))).toBe(false);
  });

  it('rebuilds both texts from its parts', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (before, after) => {
        const parts = diffWords(before, after);
        expect(parts.filter((p) => p.kind !== 'added').map((p) => p.text).join('')).toBe(before);
        expect(parts.filter((p) => p.kind !== 'removed').map((p) => p.text).join('')).toBe(after);
      }),
    );
  });
});

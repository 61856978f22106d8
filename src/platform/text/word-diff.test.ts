import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffWords, hasChanges, withGaps } from './word-diff.ts';

describe('word diff', () => {
  it('shows the words that changed', () => {
    expect(diffWords('I call you at lunch', 'I call you at lunch and at six')).toEqual([
      { kind: 'same', text: 'I call you at lunch' },
      { kind: 'added', text: ' and at six' },
    ]);
    const parts = diffWords('Phones away at dinner', 'Phones away at breakfast');
    expect(parts.filter((p) => p.kind === 'removed').map((p) => p.text.trim())).toEqual(['dinner']);
    expect(parts.filter((p) => p.kind === 'added').map((p) => p.text.trim())).toEqual([
      'breakfast',
    ]);
    expect(hasChanges(diffWords('same', 'same'))).toBe(false);
  });

  it('rebuilds both texts from its parts', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (before, after) => {
        const parts = diffWords(before, after);
        expect(
          parts
            .filter((p) => p.kind !== 'added')
            .map((p) => p.text)
            .join(''),
        ).toBe(before);
        expect(
          parts
            .filter((p) => p.kind !== 'removed')
            .map((p) => p.text)
            .join(''),
        ).toBe(after);
      }),
    );
  });

  it('never runs a struck-out word into the word that replaced it', () => {
    const shown = withGaps(
      diffWords('We look after both our homes', 'We look after both my homes'),
    );
    expect(shown.map((p) => p.text).join('')).toBe('We look after both our my homes');
    expect(withGaps(diffWords('our', 'my')).map((p) => p.text)).toEqual(['our', ' ', 'my']);
    // A change next to unchanged words needs no extra space.
    expect(withGaps(diffWords('at six', 'at seven')).filter((p) => p.kind === 'gap')).toHaveLength(
      1,
    );
    expect(
      withGaps(diffWords('lunch', 'lunch and six')).filter((p) => p.kind === 'gap'),
    ).toHaveLength(0);
  });

  it('adds only spaces: without them the parts still rebuild both texts', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (before, after) => {
        const shown = withGaps(diffWords(before, after)).filter((p) => p.kind !== 'gap');
        expect(
          shown
            .filter((p) => p.kind !== 'added')
            .map((p) => p.text)
            .join(''),
        ).toBe(before);
        expect(
          shown
            .filter((p) => p.kind !== 'removed')
            .map((p) => p.text)
            .join(''),
        ).toBe(after);
      }),
    );
  });
});

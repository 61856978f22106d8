// A simple word diff between two versions of a text, for showing what changed (agreements, our shared future).

export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

const tokenize = (text: string): string[] => text.match(/\s+|[^\s]+/g) ?? [];

/** Longest common subsequence over words (and the spaces between them); O(n·m), texts are short. */
export function diffWords(before: string, after: string): DiffPart[] {
  const a = tokenize(before);
  const b = tokenize(after);
  const n = a.length;
  const m = b.length;
  const table: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i]![j] =
        a[i] === b[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
    }
  }
  const parts: DiffPart[] = [];
  const push = (kind: DiffPart['kind'], text: string) => {
    const last = parts.at(-1);
    if (last && last.kind === kind) last.text += text;
    else parts.push({ kind, text });
  };
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      push('same', a[i]!);
      i++;
      j++;
    } else if (table[i + 1]![j]! >= table[i]![j + 1]!) {
      push('removed', a[i++]!);
    } else {
      push('added', b[j++]!);
    }
  }
  while (i < n) push('removed', a[i++]!);
  while (j < m) push('added', b[j++]!);
  return parts;
}

export const hasChanges = (parts: DiffPart[]) => parts.some((p) => p.kind !== 'same');

export type DisplayPart = DiffPart | { kind: 'gap'; text: ' ' };

/**
 * The parts to show, with a space between a removed word and the word that replaced it: shown
 * side by side, "our" struck out and "my" added would otherwise read as one word, "ourmy".
 */
export function withGaps(parts: readonly DiffPart[]): DisplayPart[] {
  const shown: DisplayPart[] = [];
  parts.forEach((part, i) => {
    const prev = parts[i - 1];
    const bothChanged = prev && prev.kind !== 'same' && part.kind !== 'same';
    if (bothChanged && /\S$/.test(prev.text) && /^\S/.test(part.text))
      shown.push({ kind: 'gap', text: ' ' });
    shown.push(part);
  });
  return shown;
}

// The draft of our shared future as a pure fold over its append-only log: the lines both
// accepted, in the order they were accepted, with every accepted change and removal applied.
// Shared by the server (to read and to decide) and tests.

import type { ProposalKind, VisionLine } from './vision.schema.ts';

export interface ProposalEntry {
  id: string;
  authorId: string;
  kind: ProposalKind;
  lineId: string | null;
  text: string;
  rewordsId: string | null;
  createdAt: string;
}

export type Answer = 'accepted' | 'declined' | 'reworded' | 'withdrawn';

export interface AnswerEntry {
  proposalId: string;
  authorId: string;
  answer: Answer;
  createdAt: string;
}

/** One accepted proposal applied to the lines; a change to a line no longer there changes nothing. */
export function applyProposal(lines: readonly VisionLine[], p: ProposalEntry): VisionLine[] {
  switch (p.kind) {
    case 'add':
      return [...lines, { id: p.id, text: p.text }];
    case 'change':
      return lines.map((l) => (l.id === p.lineId ? { ...l, text: p.text } : l));
    case 'remove':
      return lines.filter((l) => l.id !== p.lineId);
  }
}

export interface Draft {
  lines: VisionLine[];
  /** How many proposals were accepted: the draft's number, which only grows. */
  draft: number;
  /** Proposals with no answer yet, oldest first. */
  pending: ProposalEntry[];
}

/** `proposals` and `answers` in the order they were made (the database orders them). */
export function foldDraft(
  proposals: readonly ProposalEntry[],
  answers: readonly AnswerEntry[],
): Draft {
  const byId = new Map(proposals.map((p) => [p.id, p]));
  const answered = new Set(answers.map((a) => a.proposalId));
  const accepted = answers.filter((a) => a.answer === 'accepted');
  let lines: VisionLine[] = [];
  for (const a of accepted) {
    const p = byId.get(a.proposalId);
    if (p) lines = applyProposal(lines, p);
  }
  const pending = proposals.filter((p) => !answered.has(p.id));
  return { lines, draft: accepted.length, pending };
}

/** Whether two drafts hold the same lines in the same order. */
export const sameLines = (a: readonly VisionLine[], b: readonly VisionLine[]) =>
  a.length === b.length && a.every((l, i) => l.id === b[i]!.id && l.text === b[i]!.text);

/** Why a proposal cannot be accepted into these lines now, or null when it can. */
export function cannotApply(lines: readonly VisionLine[], p: ProposalEntry): 'line_gone' | null {
  if (p.kind === 'add') return null;
  return lines.some((l) => l.id === p.lineId) ? null : 'line_gone';
}

export type LineChange =
  | { kind: 'same' | 'added' | 'removed'; id: string; text: string }
  | { kind: 'changed'; id: string; text: string; before: string };

/**
 * What changed from one version's lines to the next, line by line (a line keeps its id through
 * new words): the lines of `after` in order, then the lines taken out.
 */
export function lineChanges(
  before: readonly VisionLine[],
  after: readonly VisionLine[],
): LineChange[] {
  const old = new Map(before.map((l) => [l.id, l.text]));
  const kept = new Set(after.map((l) => l.id));
  const changes: LineChange[] = after.map((l) => {
    const was = old.get(l.id);
    if (was === undefined) return { kind: 'added', id: l.id, text: l.text };
    if (was === l.text) return { kind: 'same', id: l.id, text: l.text };
    return { kind: 'changed', id: l.id, text: l.text, before: was };
  });
  for (const l of before)
    if (!kept.has(l.id)) changes.push({ kind: 'removed', id: l.id, text: l.text });
  return changes;
}

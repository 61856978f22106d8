// The shape of a daily question (issue 17). Pure data: no I/O, read by server and web.

import type { StageId } from '../stages.ts';

export const questionKinds = [
  'light',
  'say-it-often',
  'awkward-love',
  'remembering',
  'looking-ahead',
] as const;
export type QuestionKind = (typeof questionKinds)[number];

/** Who a question suits: anyone, or only the one who broke the trust, or only the one who was hurt. */
export const questionRoles = ['anyone', 'broke', 'hurt'] as const;
export type QuestionRole = (typeof questionRoles)[number];

export interface Question {
  /** Stable: answers keep it. Never reuse or renumber one. */
  id: string;
  text: string;
  kind: QuestionKind;
  role: QuestionRole;
  /** The stages of the path it fits (the couple's, or the person's own when it is just for them). */
  stages: readonly StageId[];
  /**
   * It asks only about the person answering, never toward the partner: the only kind offered
   * when the question is just for one person (alone, time apart, after a danger answer).
   */
  self: boolean;
}

export interface QuestionGroup {
  /** The ids are `<prefix>-<n>`, n from 1 in the order written: add at the end, never reorder. */
  prefix: string;
  kind: QuestionKind;
  role: QuestionRole;
  stages: readonly StageId[];
  self: boolean;
  texts: readonly string[];
}

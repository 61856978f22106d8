// Which questions a speaker is offered, and the guidance around them. A speaker sees only what
// fits the part they said they carry: the one who was hurt is never given the other's questions,
// and questions about their own part come later, as they mark their own path. Pure, so the
// server (which refuses the rest) and the screen agree.

import type { StanceId } from './patterns.ts';
import { stageIds, type StageId, type StageStatus } from './stages.ts';
import { topicById, topics, type Audience, type Topic } from './talks.ts';

export interface Speaker {
  /** What the speaker said about themselves; as far as the one choosing may know it. */
  stance: StanceId | null;
  /** The speaker's own marks on the path. */
  marks: Partial<Record<StageId, StageStatus>>;
}

export function audienceOf(topic: Topic): Audience {
  return topic.audience ?? 'anyone';
}

/** A stage counts as reached once it, or any later one, is marked on the speaker's own path. */
export function hasReached(marks: Speaker['marks'], stage: StageId): boolean {
  const at = stageIds.indexOf(stage);
  return stageIds.slice(at).some((s) => (marks[s] ?? 'not-yet') !== 'not-yet');
}

export function fitsSpeaker(topic: Topic, speaker: Speaker): boolean {
  const audience = audienceOf(topic);
  if (audience !== 'anyone' && audience !== speaker.stance) return false;
  return !topic.from || hasReached(speaker.marks, topic.from);
}

export function offeredTopics(speaker: Speaker): Topic[] {
  return topics.filter((t) => fitsSpeaker(t, speaker));
}

/** Asked of the other one, in their turn, when the first question was meant for one role only. */
export const followUp =
  'What did you hear in that answer that you had not understood before, and what would you like to say about it?';

/**
 * The question for a round: the first speaker answers the chosen question; the other answers
 * it too when it is for anyone, and otherwise the gentle follow-up, never the other's question.
 */
export function questionForRound(c: {
  topicId: string | null;
  ownQuestion: string | null;
  round: number;
}): string {
  if (c.ownQuestion) return c.ownQuestion;
  const topic = c.topicId ? topicById(c.topicId) : undefined;
  if (!topic) return '';
  return audienceOf(topic) === 'anyone' || c.round % 2 === 1 ? topic.question : followUp;
}

export const talkGuide = {
  heading: 'Questions that help, and details that hurt',
  more: 'What tends to help, and what hurts',
  helpsHeading: 'What tends to help',
  helps: [
    'Asking why, and what it meant to each of you.',
    'Asking how it felt, then and now.',
    'Asking what would help you feel safe, and what will change.',
    'Asking for a fact you need to feel safe: is it over, is there a risk to your health, who else knows.',
  ],
  hurtsHeading: 'What often hurts more than it heals',
  hurts: [
    'Graphic details: what was done, where, how it felt. They tend to replay at night, long after the answer.',
    'Comparisons: who was more loved, more wanted, better.',
    'The same question again and again in one night, or a question asked to catch the other out.',
  ],
  beforeAsking:
    'Before you ask for a detail, ask yourself what you hope it will give you. If it is safety, ask for the fact, not the picture.',
  yourSet: {
    broke:
      'These questions are for the one who broke the trust: owning it, plainly, and listening. Questions meant for your partner are theirs.',
    hurt: 'These questions are for the one who was hurt. You set the pace. Nothing here asks you to make it smaller.',
    other:
      'You see the questions that fit anyone. Some are written for the one who broke the trust, some for the one who was hurt. If you want those, you can say which part you carry in your private reflection.',
  },
  themeLegend: 'What would you like to talk about?',
  chooseTheme: 'Choose one above to see a few questions, or write your own below.',
  ownPartHeading: 'In time, never to excuse',
  ownPart:
    'These questions look at the distance that came before. They do not make what happened yours to carry. Choose one only if you want to.',
  ownPartLater:
    'Questions about your own part come later, once you mark "Understand why" on your own path. There is no hurry.',
  partnerFirst:
    'When your partner speaks first, you see the questions that fit anyone, or the part they shared with you.',
  followUpNote:
    'In the other turn, the one this question is not for answers a gentle follow-up instead.',
} as const;

import { z } from 'zod';
import { topics } from '../../content/talks.ts';
import { OWN_QUESTION_MAX, TURN_MAX } from './limits.ts';

const topicIds = topics.map((t) => t.id) as [string, ...string[]];
const version = z.number({ error: 'Reload and try again.' }).int().min(1);

const text = (empty: string, max = TURN_MAX) =>
  z
    .string({ error: empty })
    .trim()
    .min(1, empty)
    .max(max, `Keep it under ${max.toLocaleString('en')} characters.`);

export const startTalkInput = z
  .strictObject({
    topicId: z.enum(topicIds, { error: 'Choose a question from the list.' }).optional(),
    ownQuestion: text(
      'Write your question, or choose one from the list.',
      OWN_QUESTION_MAX,
    ).optional(),
    firstSpeaker: z.enum(['me', 'partner'], { error: 'Choose who speaks first.' }),
  })
  .refine((v) => (v.topicId === undefined) !== (v.ownQuestion === undefined), {
    message: 'Choose a question from the list, or write your own.',
    path: ['topicId'],
  });
export type StartTalkInput = z.infer<typeof startTalkInput>;

export const turnInput = z.strictObject({
  version,
  kind: z.enum(['answer', 'reflection', 'confirm', 'clarify'], {
    error: 'Choose what you are doing.',
  }),
  body: z
    .string()
    .trim()
    .max(TURN_MAX, `Keep it under ${TURN_MAX.toLocaleString('en')} characters.`)
    .optional(),
});
export type TurnInput = z.infer<typeof turnInput>;

export const pauseInput = z.strictObject({
  version,
  until: z.iso.datetime({ offset: true, error: 'Choose when you will come back.' }),
});
export const versionInput = z.strictObject({ version });
/** A conversation's version now (`GET /api/v1/talks/:id/live`, the fallback to live updates). */
export const talkVersion = versionInput.strip();
export type TalkVersion = z.infer<typeof talkVersion>;

export const talkPerson = z.object({ id: z.uuid(), displayName: z.string(), isMe: z.boolean() });

export const talkTurn = z.object({
  id: z.uuid(),
  authorId: z.uuid(),
  kind: z.enum(['answer', 'reflection', 'confirm', 'clarify']),
  body: z.string(),
  round: z.number().int(),
  createdAt: z.iso.datetime(),
});

export const conversation = z.object({
  id: z.uuid(),
  topicId: z.string().nullable(),
  ownQuestion: z.string().nullable(),
  people: z.array(talkPerson),
  speakerId: z.uuid(),
  listenerId: z.uuid(),
  phase: z.enum(['speak', 'reflect', 'confirm']),
  round: z.number().int(),
  version: z.number().int(),
  pause: z.object({ byId: z.uuid(), until: z.iso.datetime(), isMine: z.boolean() }).nullable(),
  next: z
    .object({
      personId: z.uuid(),
      does: z.enum(['answer', 'reflect', 'confirm']),
      isMe: z.boolean(),
    })
    .nullable(),
  endedAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
  turns: z.array(talkTurn),
});
export type Conversation = z.infer<typeof conversation>;

export const conversationSummary = z.object({
  id: z.uuid(),
  topicId: z.string().nullable(),
  ownQuestion: z.string().nullable(),
  isEnded: z.boolean(),
  isPaused: z.boolean(),
  isMyTurn: z.boolean(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type ConversationSummary = z.infer<typeof conversationSummary>;

/** Which listed questions may be chosen, for each possible first speaker. */
export const questionOffer = z.object({
  forMe: z.array(z.string()),
  forPartner: z.array(z.string()),
  /** The set I see: for the one who broke trust, for the one who was hurt, or for anyone. */
  set: z.enum(['broke', 'hurt', 'other']),
  /** I was hurt, and the questions about my own part wait until I mark "Understand why". */
  ownPartLater: z.boolean(),
});
export type QuestionOffer = z.infer<typeof questionOffer>;

export const talkIdParams = z.strictObject({ id: z.uuid("We couldn't find that conversation.") });

// Ownership statements

const part = (label: string) => text(`Write "${label}" in your own words.`, 5_000);
export const statementInput = z.strictObject({
  whatIDid: part('What I did'),
  howItHurt: part('How it hurt you'),
  whatIWillDo: part('What I will do differently'),
});
export type StatementInput = z.infer<typeof statementInput>;

export const answerInput = z
  .strictObject({
    versionId: z.uuid("We couldn't find that version."),
    landed: z.string().trim().max(5_000, 'Keep it under 5,000 characters.'),
    missing: z.string().trim().max(5_000, 'Keep it under 5,000 characters.'),
  })
  .refine((v) => v.landed !== '' || v.missing !== '', {
    message: 'Write what landed, or what is still missing, or both.',
    path: ['landed'],
  });
export type AnswerInput = z.infer<typeof answerInput>;

export const statementVersion = z.object({
  id: z.uuid(),
  number: z.number().int(),
  whatIDid: z.string(),
  howItHurt: z.string(),
  whatIWillDo: z.string(),
  createdAt: z.iso.datetime(),
  answer: z
    .object({ landed: z.string(), missing: z.string(), createdAt: z.iso.datetime() })
    .nullable(),
});

export const statement = z.object({
  id: z.uuid(),
  isMine: z.boolean(),
  authorName: z.string(),
  recipientName: z.string(),
  createdAt: z.iso.datetime(),
  versions: z.array(statementVersion),
});
export type Statement = z.infer<typeof statement>;

export const statementSummary = z.object({
  id: z.uuid(),
  isMine: z.boolean(),
  authorName: z.string(),
  latestVersion: z.number().int(),
  awaitsMyAnswer: z.boolean(),
  createdAt: z.iso.datetime(),
});
export type StatementSummary = z.infer<typeof statementSummary>;

export const statementIdParams = z.strictObject({ id: z.uuid("We couldn't find that statement.") });

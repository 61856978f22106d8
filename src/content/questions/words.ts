// Every word of the daily question's screens, Today item and export, in the method's voice.

import type { QuestionRole } from './types.ts';

export const questionWords = {
  title: 'A question for today',
  lead: 'One light question a day. Answer when you like, or let it go. Nothing is counted.',
  todayHeading: 'Today’s question',
  /** Said above a question both partners answer, by the reader's own role. */
  framing: {
    anyone: 'There’s no right answer. A few words are plenty.',
    broke: 'Answer plainly, for its own sake. It isn’t a test.',
    hurt: 'Answer only as much as feels true today. A short answer is a whole answer.',
  } satisfies Record<QuestionRole, string>,
  /** Above a question that is just for the reader. */
  justForYou: 'This one is just for you. Your answer stays with you.',
  // Why the question is just for me today. The same words whether I chose to use Kintsugi alone
  // or anything else private of mine is behind it: the screen says only what is true for me.
  ownReason: {
    alone: 'Today’s question is just for you. When your partner joins, you’ll answer one together.',
    apart: 'While you have time apart, today’s question is just for you. Nothing here is shared.',
    private: 'Today’s question is just for you. Nothing here is shared.',
  },
  answerLabel: 'Your answer',
  answerHint: 'Your partner sees it once you have both answered.',
  save: 'Save my answer',
  saving: 'Saving…',
  saved: 'Saved.',
  change: 'Change my answer',
  cancel: 'Keep it as it is',
  skip: 'Let this one go',
  skipping: 'Letting it go…',
  skipLosesAnswer:
    'Your answer will be taken away and your partner won’t see it. You can still answer again today.',
  skipped: 'You let today’s question go. That’s fine: there’s another one tomorrow.',
  answerAfterAll: 'Answer it after all',
  mineHeading: 'You said',
  partnerHeading: (name: string) => `${name} said`,
  partnerFallback: 'Your partner',
  waitingForPartner: 'Your answer is kept. You’ll see your partner’s once they answer too.',
  partnerAnswered: (name: string) =>
    `${name} has answered. Their answer shows once you have answered too.`,
  settled:
    'Your partner has seen your answer, so it stays as you wrote it. Tomorrow brings a new one.',
  settledError:
    'Your partner has already seen this answer, so it stays as you wrote it. Tomorrow brings a new question.',
  answerRequired: 'Write a few words, or let this one go.',
  tooLong: 'Keep your answer to 2000 characters.',
  skipChoice: 'Say whether to let today’s question go.',
  noAccount: 'We couldn’t find your account. Sign in again and try once more.',
  oneOfTwo: 'Send an answer, or let the question go, not both.',
  historyHeading: 'Answered together',
  historyEmpty:
    'Days you both answer will gather here, a small shared record. There’s no hurry to fill it.',
  historyDay: (day: string) => `On ${day}`,
  loading: 'Loading…',
  // Today's waiting list and the timeline: never the question, never an answer.
  waitingPartnerAnswered: 'Your partner answered today’s question.',
  timelineLabel: 'A question answered together',
  /** The readable export (decision 141). */
  readable: {
    title: 'The daily question',
    count: (n: number) => (n === 1 ? 'one daily question' : `${n} daily questions`),
    you: 'You',
    letGo: 'You let this one go.',
    justForYou: 'Just for you.',
  },
  retiredQuestion: 'A question from an earlier version of Kintsugi',
};

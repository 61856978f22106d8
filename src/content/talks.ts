// Words for hard conversations: the question bank (written for Kintsugi), the roles, the steps
// of a turn, and pausing. Questions are invitations, not accusations. Each question knows whom
// it is for (see talk-questions.ts for which ones a speaker is offered).

import type { StageId } from './stages.ts';

export type TopicGroupId = 'happened' | 'felt' | 'missing' | 'hurt' | 'need' | 'want';

export interface TopicGroup {
  id: TopicGroupId;
  label: string;
  intro: string;
}

/** Whom a question is for: the one who broke trust, the one who was hurt, or either of you. */
export type Audience = 'broke' | 'hurt' | 'anyone';

export interface Topic {
  id: string;
  group: TopicGroupId;
  question: string;
  /** Whom it is for; anyone when not said. */
  audience?: Audience;
  /** Offered only once the speaker has marked this stage (or a later one) on their own path. */
  from?: StageId;
}

export const topicGroups: readonly TopicGroup[] = [
  {
    id: 'happened',
    label: 'What happened',
    intro: 'Putting the facts on the table, gently, so you are both talking about the same thing.',
  },
  {
    id: 'felt',
    label: 'How we each felt then',
    intro: 'What life felt like from the inside, for each of you, before and during.',
  },
  {
    id: 'missing',
    label: 'What was missing',
    intro: 'The needs that went unmet and the things left unsaid.',
  },
  {
    id: 'hurt',
    label: 'What hurt most',
    intro: 'Naming the sharpest parts, so they can be seen and not carried alone.',
  },
  {
    id: 'need',
    label: 'What I need now',
    intro: 'What would help you feel a little safer, today and in the weeks ahead.',
  },
  {
    id: 'want',
    label: 'What we want',
    intro: 'The relationship you might choose again, together.',
  },
];

export const topics: readonly Topic[] = [
  {
    id: 'happened-own-words',
    group: 'happened',
    question: 'In your own words, what happened between us?',
  },
  {
    id: 'happened-first-notice',
    group: 'happened',
    question: 'When did you first notice something was wrong?',
  },
  {
    id: 'happened-still-unclear',
    group: 'happened',
    question: 'What part of what happened is still unclear to you?',
  },
  {
    id: 'happened-hardest-tell',
    group: 'happened',
    question: 'What has been the hardest part to tell, or to hear?',
  },
  {
    id: 'happened-how-found-out',
    group: 'happened',
    question: 'How did the truth come out, and what was that moment like for you?',
  },
  {
    id: 'happened-since',
    group: 'happened',
    question: 'What has happened between us since then that mattered to you?',
  },
  {
    id: 'happened-one-thing',
    group: 'happened',
    audience: 'hurt',
    question:
      'If you could ask one question about what happened and get an honest answer, what would it be?',
  },

  {
    id: 'felt-before',
    group: 'felt',
    question: 'How were you feeling about us in the months before it happened?',
  },
  {
    id: 'felt-alone',
    group: 'felt',
    question: 'Was there a time back then when you felt alone with me? What was it like?',
  },
  {
    id: 'felt-life',
    group: 'felt',
    question: 'What else was going on in your life then: work, family, health, worries?',
  },
  {
    id: 'felt-about-self',
    group: 'felt',
    question: 'How did you feel about yourself during that time?',
  },
  {
    id: 'felt-unsaid',
    group: 'felt',
    question: 'What did you feel back then that you kept to yourself?',
  },
  {
    id: 'felt-when-knew',
    group: 'felt',
    audience: 'hurt',
    question: 'What did you feel in the first days after you knew?',
  },
  {
    id: 'felt-changed',
    group: 'felt',
    question: 'How have your feelings changed since then, and how have they not?',
  },

  {
    id: 'missing-needed',
    group: 'missing',
    question: 'What did you need from us back then that you were not getting?',
  },
  {
    id: 'missing-asked',
    group: 'missing',
    question: 'Did you ever ask for it? What happened when you did, or what stopped you?',
  },
  {
    id: 'missing-drifted',
    group: 'missing',
    question: 'When did we stop doing something that used to keep us close?',
  },
  {
    id: 'missing-safe-honest',
    group: 'missing',
    question: 'When did it stop feeling safe to be honest with each other?',
  },
  {
    id: 'missing-seen',
    group: 'missing',
    question: 'When did you last feel truly seen by me? What was different then?',
  },
  {
    id: 'missing-avoided',
    group: 'missing',
    question: 'Which problem between us did we both avoid talking about?',
  },
  {
    id: 'missing-sought',
    group: 'missing',
    audience: 'broke',
    question: 'What were you looking for that you did not find at home?',
  },

  {
    id: 'hurt-most',
    group: 'hurt',
    question: 'What hurt you most, of everything that happened?',
  },
  {
    id: 'hurt-replay',
    group: 'hurt',
    audience: 'hurt',
    question: 'Which moment do you find yourself replaying?',
  },
  {
    id: 'hurt-beyond',
    group: 'hurt',
    audience: 'hurt',
    question: 'Beyond the event itself, what did it take from you?',
  },
  {
    id: 'hurt-triggers',
    group: 'hurt',
    audience: 'hurt',
    question: 'What brings the hurt back now: a place, a time of day, a sound, a phone screen?',
  },
  {
    id: 'hurt-words',
    group: 'hurt',
    question: 'Is there something that was said that still stings? What is it?',
  },
  {
    id: 'hurt-believe',
    group: 'hurt',
    question: 'What do you find hardest to believe about us now?',
  },
  {
    id: 'hurt-own-part',
    group: 'hurt',
    audience: 'broke',
    question: 'What hurts you about your own part in how things went?',
  },

  {
    id: 'need-safe',
    group: 'need',
    question: 'What would help you feel a little safer with me this week?',
  },
  {
    id: 'need-bad-night',
    group: 'need',
    question: 'When a bad night comes, what would you like me to do?',
  },
  { id: 'need-hear', group: 'need', question: 'What do you need to hear from me, and how often?' },
  {
    id: 'need-not-do',
    group: 'need',
    question: 'What would you like me to stop doing, even if it is meant kindly?',
  },
  {
    id: 'need-space',
    group: 'need',
    question: 'How much space do you need right now, and how can I tell when you need it?',
  },
  {
    id: 'need-help',
    group: 'need',
    question:
      'Would help from outside, like a counsellor or a friend, feel right to you? What kind?',
  },
  {
    id: 'need-proof',
    group: 'need',
    question: 'What small, repeated things would show you, over time, that this time is different?',
  },

  { id: 'want-stay', group: 'want', question: 'What makes you want to stay and try?' },
  { id: 'want-keep', group: 'want', question: 'What do you want to keep from who we were before?' },
  {
    id: 'want-different',
    group: 'want',
    question: 'What do you want to be different from now on?',
  },
  {
    id: 'want-ordinary-day',
    group: 'want',
    question: 'What would a good ordinary day together look like in a year?',
  },
  {
    id: 'want-talk',
    group: 'want',
    question: 'How do you want us to talk when things get hard again?',
  },
  {
    id: 'want-new',
    group: 'want',
    question: 'What is something new you would like us to try together?',
  },
  {
    id: 'want-promise',
    group: 'want',
    question: 'What is one thing you can offer us, starting this week?',
  },

  // For the one who broke trust: owning it, in their own words.
  {
    id: 'broke-told-self',
    group: 'felt',
    audience: 'broke',
    question: 'What did you tell yourself back then that let it go on?',
  },
  {
    id: 'broke-defend',
    group: 'felt',
    audience: 'broke',
    question: 'When you want to defend yourself now, what are you afraid of?',
  },
  {
    id: 'broke-understand-hurt',
    group: 'hurt',
    audience: 'broke',
    question: 'What do you understand now about how this hurt me?',
  },
  {
    id: 'broke-not-said',
    group: 'happened',
    audience: 'broke',
    question: 'What have you not said yet that I would need to know to feel safe?',
  },
  {
    id: 'broke-changing',
    group: 'need',
    audience: 'broke',
    question: 'What are you doing now, day to day, so that this does not happen again?',
  },

  // For the one who was hurt: being heard, at their own pace.
  {
    id: 'hurt-gaps',
    group: 'happened',
    audience: 'hurt',
    question: 'What do you need to know, so you can stop filling in the gaps alone?',
  },
  {
    id: 'hurt-waves',
    group: 'hurt',
    audience: 'hurt',
    question: 'What is grief like for you now, on the worst days and the better ones?',
  },
  {
    id: 'hurt-from-me',
    group: 'need',
    audience: 'hurt',
    question: 'What do you need from me when the hurt comes back?',
  },

  // Later on the path, for the one who was hurt: the distance that came before. In time, never to excuse.
  {
    id: 'own-part-distance',
    group: 'missing',
    audience: 'hurt',
    from: 'understand',
    question:
      'Looking back, how did the distance between us feel from your side, before any of this?',
  },
  {
    id: 'own-part-unsaid',
    group: 'missing',
    audience: 'hurt',
    from: 'understand',
    question: 'Were there needs of yours that you stopped saying out loud back then?',
  },
  {
    id: 'own-part-talking',
    group: 'want',
    audience: 'hurt',
    from: 'understand',
    question:
      'Is there something in how we talked back then that you would like to change, for both of us?',
  },
];

export function topicById(id: string): Topic | undefined {
  return topics.find((t) => t.id === id);
}

export const talk = {
  title: 'Talk',
  lead: 'Hard conversations, one turn at a time. One of you speaks; the other says back what they heard; then you switch.',
  start: 'Start a conversation',
  conversationTitle: 'A hard conversation',
  journalReady:
    'A piece from your journal is ready. Open a conversation where it is your turn, and it will be waiting in your answer.',
  yourStep: 'Your step:',
  confirmHeading: 'Did they hear you?',
  answerHeading: 'Your turn to answer',
  reflectHeading: 'Your turn to say what you heard',
  listHeading: 'Your conversations',
  listEmpty: 'No conversations yet. When you are both ready, choose a question together.',
  noPartner:
    'Conversations happen between the two of you. Once your partner has joined your space, you can start one here.',
  openMark: 'Going on',
  endedMark: 'Finished',
  pausedMark: 'Paused',
  yourTurnMark: 'Your turn',
  newTitle: 'Start a conversation',
  newLead:
    'Choose one question. You do not have to get through everything; one question, well heard, is a lot.',
  groupLegend: 'Questions about',
  ownLabel: 'Or ask your own question',
  ownHint: 'Ask it as an invitation, not an accusation.',
  firstLegend: 'Who speaks first?',
  firstMe: 'I will speak first',
  firstPartner: 'My partner speaks first',
  begin: 'Begin',
  beginning: 'Starting…',
  chooseOne: 'Choose a question from the list, or write your own.',
  back: 'Back to Talk',
  notFound: "We couldn't find that conversation.",
  question: 'The question',
  startedWith: (question: string) =>
    `It started with: "${question}" This turn has its own question, above.`,
  howHeading: 'How this works',
  how: [
    'The speaker answers in their own words.',
    'The listener writes back what they heard, starting with "What I heard is…". No answering back yet, just listening.',
    'The speaker says "Yes, that\'s it" or adds what was missed. Then you switch.',
  ],
  roleSpeaker: 'You are speaking',
  roleListener: 'You are listening',
  round: (n: number) => `Round ${n}`,
  steps: {
    speakMine: 'Answer the question in your own words. Take your time.',
    speakTheirs: (name: string) =>
      `${name} is answering. When they are done, you will say back what you heard.`,
    reflectMine: (name: string) =>
      `Say back what you heard ${name} say. Not whether you agree, just what you heard.`,
    reflectTheirs: (name: string) => `${name} is writing back what they heard you say.`,
    confirmMine: (name: string) => `Did ${name} hear you? Say so, or add what they missed.`,
    confirmTheirs: (name: string) => `${name} is checking whether you heard them right.`,
  },
  answerLabel: 'Your answer',
  reflectLabel: 'What I heard is…',
  reflectHint:
    'Use their words where you can. Leave your own side for when it is your turn to speak.',
  clarifyLabel: 'What they missed, or got not quite right (optional)',
  send: 'Send',
  sending: 'Sending…',
  confirm: "Yes, that's it. Switch roles",
  clarify: 'Add what was missed',
  kinds: {
    answer: (name: string) => `${name} said`,
    reflection: (name: string) => `${name} heard`,
    confirm: (name: string) => `${name}: yes, that's it`,
    clarify: (name: string) => `${name} added`,
  },
  you: 'You',
  historyHeading: 'What has been said',
  historyEmpty: 'Nothing yet. The first words are the hardest.',
  live: 'Updates appear here as they happen.',
  liveLost: 'We lost the live connection. We will keep checking for updates.',
  updated: 'Your partner added something.',
  stale: 'Something changed while you were writing. We have loaded it; your words are still here.',
  pause: {
    button: 'I need a pause',
    heading: 'Take a pause',
    body: 'Stopping when it gets too much is a strength. It keeps the conversation safe for both of you.',
    whenLegend: "I'll come back…",
    in15: 'in 15 minutes',
    in60: 'in an hour',
    tomorrow: 'tomorrow',
    custom: 'at a time I choose',
    timeLabel: 'Back at',
    start: 'Pause here',
    cancel: 'Not now',
    mineHeading: 'You asked for a pause',
    mine: (when: string) => `You said you would come back at ${when}. Take the time you need.`,
    theirsHeading: (name: string) => `${name} asked for a pause`,
    theirs: (name: string, when: string) =>
      `${name} needs a pause and will come back at ${when}. Pausing is part of talking well; the conversation waits until then.`,
    endEarly: "I'm ready to go on",
    over: 'The pause is over. You can go on when you are both ready.',
    tooFar: 'Choose a time within the next seven days.',
    inPast: 'Choose a time that is still to come.',
  },
  end: {
    button: 'Finish this conversation',
    confirm: 'Finish here? You can always start another one, on the same question or a new one.',
    yes: 'Yes, finish',
    no: 'Keep going',
    done: 'This conversation is finished. It stays here for both of you to look back on.',
  },
  waitingTitle: 'It is your turn in a conversation',
  timelineLabel: 'You had a hard conversation',
  fromJournal:
    'A piece from your journal has been copied into your answer. Change it as you like before sending.',
} as const;

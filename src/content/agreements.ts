// Words for agreements: proposing, answering, revisiting, and the calm note that appears when a
// draft reads like one-sided monitoring, control or isolation. Written for Kintsugi, in its own voice.

export type GuardConcern =
  | 'location'
  | 'messages'
  | 'passwords'
  | 'isolation'
  | 'curfew'
  | 'money'
  | 'permission'
  | 'one-sided';
export type AgreementStatusWord = 'proposed' | 'active' | 'revisiting' | 'declined' | 'retired';

export const agreementsPage = {
  title: 'Agreements',
  heading: 'Agreements',
  lead: 'What each of you needs, day to day, to feel safe. An agreement counts only when you have both said yes to the same words.',
  propose: 'Propose an agreement',
  emptyHeading: 'No agreements yet',
  emptyBody: [
    'An agreement is something you both choose: a small, clear thing that helps one or both of you feel safer, like how you let each other know when plans change.',
    'One of you proposes it. The other can say yes, suggest different words, or say no with a note. Each one has a date to look at it again.',
  ],
  noSpace:
    'Agreements are made by two. Once your partner has joined your space, you can propose one here.',
  groups: {
    waiting: 'Waiting for an answer',
    active: 'In place',
    revisiting: 'Being talked over',
    closed: 'Not in place',
  },
  history: 'From a space you have left. You can read it; it can no longer change.',
  reviewDue: 'Time to look at this again',
  reviewOn: (date: string) => `Look again on ${date}`,
  waitingForYou: 'Waiting for your answer',
  waitingForPartner: 'Waiting for your partner',
} as const;

export const statusWords: Record<AgreementStatusWord, string> = {
  proposed: 'Proposed',
  active: 'In place',
  revisiting: 'Being revisited',
  declined: 'Not agreed',
  retired: 'Let go',
};

export const agreementForm = {
  newTitle: 'Propose an agreement',
  changeTitle: 'Suggest different words',
  intro: 'Write it the way you would say it to each other. Small and concrete works best.',
  title: 'A short name',
  titleHint: 'For example: "Phones away at dinner".',
  dailyLife: 'What it means in daily life',
  dailyLifeHint: 'What each of you will actually do, and when.',
  whySafe: 'Why it helps you feel safe',
  whySafeHint: 'Optional. Your partner reads this too.',
  review: 'When should you look at it again?',
  reviewHint:
    'Every agreement has a date to check whether it still helps. A few weeks is a good start.',
  weeks: (n: number) => `In ${n} weeks`,
  pickDate: 'Another date',
  dateLabel: 'Review date',
  send: 'Send to your partner',
  sendChange: 'Send the new version',
  busy: 'Sending…',
  cancel: 'Cancel',
  sent: 'Sent. Your partner will see it next time they open Kintsugi.',
  reviewPast: 'Choose a date after today.',
  reviewTooFar: 'Choose a date within a year, so you look at it again.',
} as const;

/** The calm note shown before sending a draft that reads like surveillance or control. */
export const guardNote = {
  heading: 'Before you send this',
  intro:
    'Some of what you wrote can feel like being watched or controlled, even when it comes from real hurt. You can still send it. Here is what tends to help, and what tends to hurt.',
  concerns: {
    location: 'Sharing location all the time',
    messages: 'Reading messages or going through a phone',
    passwords: 'Handing over passwords or access',
    isolation: 'Cutting off friends or family',
    curfew: 'A time someone must be home by, or not going out',
    money: 'One person deciding what the other may spend',
    permission: 'Needing permission for ordinary choices',
    'one-sided': 'Something asked of one person, with no end',
  } satisfies Record<GuardConcern, string>,
  /** A plain, kind word on each concern: what it tends to do, and a fairer way. */
  explain: {
    location:
      'Being findable at every moment can feel like living under watch. Sharing where you are works better when you both do it, for a set time.',
    messages:
      'Going through messages tends to feed fear, not calm it. Offering to show something when it matters builds more.',
    passwords:
      'Handing over every key leaves one person no private room at all. If you share access, make it both ways, and for a while.',
    isolation:
      'Friends and family help a person stay well. Cutting them off leaves someone smaller, not closer.',
    curfew:
      'A time someone must be home, or a rule about going out, can turn a partner into a supervisor. Saying when you will be back works better.',
    money:
      'When one person approves what the other spends, money can start to feel like a leash. Deciding together, with the same rules for both, is fairer.',
    permission:
      'Needing a yes for ordinary choices takes away a say over your own life. Telling each other is not the same as asking permission.',
    'one-sided':
      'It asks one of you to do something always, with no end. A fair agreement can be kept by both of you, and looked at again.',
  } satisfies Record<GuardConcern, string>,
  noticed: 'What we noticed:',
  helpsHeading: 'What tends to help',
  helps: [
    'Make it mutual: something you both do, not one of you for the other.',
    'Make it time-limited: for the next few weeks, then look again.',
    'Make it about telling, not checking: "I will tell you" builds more trust than "I will check".',
    'Say the need underneath: what are you afraid of, and what would help you feel safer?',
  ],
  hurtsHeading: 'What tends to hurt',
  hurts: [
    'Checking and tracking can calm fear for a day, then feed it. Trust grows from things offered freely.',
    'Rules that cut someone off from friends, family or their own time leave them smaller, not closer.',
  ],
  /** Shown, without stopping anything, when a draft shares something in a mutual or offered way. */
  transparency:
    'About sharing: openness helps most when it goes both ways, has an end date, and you look at it again together. You can send it as it is.',
  edit: 'Edit it',
  sendAnyway: 'Send it as it is',
  /** Shown to the partner reading a proposal that raised the same concerns. */
  readerHeading: 'A note before you answer.',
  forReader:
    'This asks for a lot of access or control. You can say no, or suggest words that feel mutual, time-limited and fair to you. Saying no is allowed.',
} as const;

export const agreementDetail = {
  back: 'All agreements',
  current: 'The words on the table',
  agreed: 'The words you agreed on',
  dailyLife: 'In daily life',
  whySafe: 'Why it helps',
  reviewOn: 'Look at it again on',
  version: (n: number) => `Version ${n}`,
  yes: {
    both: 'You have both said yes to these words.',
    me: 'You said yes. Waiting for your partner.',
    partner: 'Your partner said yes. Waiting for your answer.',
    none: 'Nobody stands behind these words right now.',
  },
  notInForce:
    'It is not in place right now: one of you took back their yes. Either of you can suggest new words.',
  inForceWhileTalking: 'The agreed version still holds while you talk it over.',
  revisitAsked: {
    me: 'You asked to talk this over again.',
    partner: 'Your partner asked to talk this over again.',
  },
  revisitHint:
    'It stays "being revisited" until you both say yes to new words, or both agree to let it go.',
  retireAsked: {
    me: 'You asked to let this go. It ends when your partner agrees.',
    partner: 'Your partner asked to let this go. It ends if you agree too.',
  },
  declined: {
    me: 'You said no to this version.',
    partner: 'Your partner said no to this version.',
  },
  reviewDue:
    'The date to look at this again has come. Nothing changes by itself: talk it over, then keep it with a new date, change it, or let it go together.',
  keepWithNewDate: 'Keep it, with a new date',
  actions: {
    heading: 'Your answer',
    accept: 'Say yes to these words',
    decline: 'Say no',
    declineNote: 'A note for your partner (optional)',
    declineSend: 'Send my no',
    proposeChange: 'Suggest different words',
    revisit: 'Ask to talk it over again',
    revisitNote: 'What you would like to talk about (optional)',
    revisitSend: 'Ask to revisit',
    retire: 'Ask to let it go',
    retireAgree: 'Agree to let it go',
    setAside: 'Set this proposal aside',
    setAsideHint:
      'Nobody has agreed to it yet, so setting it aside needs only you. It stays in your history, and it cannot be reopened; you can always propose a new one.',
    retireHint: 'Letting it go needs you both. Until your partner agrees too, it stays as it is.',
    retireConfirm: 'Yes, ask to let it go',
    setAsideConfirm: 'Yes, set it aside',
    withdraw: 'Take back my yes',
    withdrawHint: "You can always take back your own yes. It needs nobody's approval.",
    withdrawConfirm: 'Take back my yes now',
    cancel: 'Cancel',
    busy: 'One moment…',
  },
  done: {
    accept: 'You said yes.',
    active: 'You have both said yes. It is in place now.',
    decline: 'Your no was sent, with your note.',
    revisit: 'Your partner will see that you want to talk it over.',
    retire: 'Noted.',
    withdraw: 'Your yes is taken back.',
    change: 'Your new version was sent.',
  },
  stale:
    'Your partner changed this a moment ago. Here is the newest version; have a look before you answer.',
  historyHeading: 'Everything that happened',
  historyLead: 'Every version and every answer stays here, with who and when.',
  whatChanged: (n: number) => `What changed in version ${n}`,
  added: 'added',
  removed: 'removed',
  noChangeInWords: 'Same words; only the review date changed.',
  fields: {
    title: 'Name',
    dailyLife: 'In daily life',
    whySafe: 'Why it helps',
    reviewOn: 'Review date',
  },
  who: { me: 'You', partner: 'Your partner' },
  step: {
    proposed: (n: number) => `proposed version ${n}`,
    accepted: (n: number) => `said yes to version ${n}`,
    declined: (n: number) => `said no to version ${n}`,
    revisit: () => 'asked to talk it over again',
    retire: () => 'asked to let it go',
    withdrew: (n: number) => `took back their yes to version ${n}`,
  },
  notFound: "We couldn't find that agreement.",
} as const;

/** Items on Today. They name the agreement (it is shared by both), never anyone's notes. */
export const agreementWaiting = {
  answer: (title: string) => `An agreement waits for your answer: ${title}`,
  review: (title: string) => `Time to look again at: ${title}`,
  revisit: (title: string) => `Your partner would like to talk over: ${title}`,
  retire: (title: string) => `Your partner asked to let go of: ${title}`,
} as const;

/** On the shared timeline: no words from the agreement itself. */
export const agreementTimelineLabel = 'An agreement became active';

export const agreementErrors = {
  stale: (latest: number) =>
    `This agreement has changed since you opened it. The newest is version ${latest}.`,
  notAllowed: "That step isn't possible for this agreement right now.",
  readOnly:
    'This agreement is from a space you have left. You can read it, but it can no longer change.',
  reviewPast: 'Choose a review date after today.',
  reviewTooFar: 'Choose a review date within a year.',
} as const;

// Words for the check-ins: the daily one, the weekly one, and the fixed set of feelings.
// The emotion ids are stored; the labels are what people read.

export const emotionIds = [
  'anger',
  'sadness',
  'hurt',
  'fear',
  'confusion',
  'numbness',
  'loneliness',
  'jealousy',
  'guilt',
  'shame',
  'hope',
  'relief',
  'tenderness',
  'gratitude',
  'calm',
] as const;
export type Emotion = (typeof emotionIds)[number];

export const emotionLabels: Record<Emotion, string> = {
  anger: 'Angry',
  sadness: 'Sad',
  hurt: 'Hurt',
  fear: 'Afraid',
  confusion: 'Confused',
  numbness: 'Numb',
  loneliness: 'Lonely',
  jealousy: 'Jealous',
  guilt: 'Guilty',
  shame: 'Ashamed',
  hope: 'Hopeful',
  relief: 'Relieved',
  tenderness: 'Tender',
  gratitude: 'Grateful',
  calm: 'Calm',
};

/** The three 0-10 scales, in the order people answer them. */
export const scaleIds = ['safety', 'trust', 'connection'] as const;
export type Scale = (typeof scaleIds)[number];

export const scaleWords: Record<
  Scale,
  { label: string; low: string; high: string; short: string }
> = {
  safety: {
    label: 'How safe do you feel with your partner today?',
    low: 'Not safe',
    high: 'Very safe',
    short: 'Safety',
  },
  trust: {
    label: 'How much do you trust today?',
    low: 'Not at all',
    high: 'Fully',
    short: 'Trust',
  },
  connection: {
    label: 'How connected do you feel?',
    low: 'Far apart',
    high: 'Very close',
    short: 'Connection',
  },
};

export const daily = {
  heading: 'Today’s check-in',
  lead: 'Under a minute. Answer honestly; there are no wrong answers.',
  emotionsLegend: 'How do you feel? Choose any that fit.',
  feelings: 'Feelings',
  needLabel: 'One thing you need (optional)',
  needHint: 'For example: a hug, some quiet, a straight answer.',
  noteLabel: 'A note (optional)',
  visibilityLegend: 'Who sees this check-in?',
  private: 'Only me',
  privateHint: 'Your partner never sees it, not even that it exists.',
  shared: 'Me and my partner',
  sharedHint: 'Your partner sees it once you have both checked in today.',
  hintLabel: 'Let my partner know I have checked in',
  hintHint: 'They will see that one is waiting, never what you wrote.',
  save: 'Save check-in',
  update: 'Save changes',
  busy: 'Saving…',
  saved: 'Saved. You can change it until the end of your day, or until you see your partner’s.',
  savedAndSeen: 'Saved. You have both checked in, so you can see each other’s now.',
  remove: 'Delete today’s check-in',
  removeConfirm: 'Delete it for good?',
  removeYes: 'Yes, delete it',
  removeNo: 'Keep it',
  removed: 'Deleted.',
  emotionsMissing: 'Choose at least one feeling.',
  noSpace: 'Your check-ins are private until you share a space with your partner.',
  settledHeading: 'Your check-in today',
  settled:
    'You have both seen each other’s check-in for today, so yours stays as you wrote it. You can still choose to keep it to yourself.',
  makePrivate: 'Make it private',
  shareAfter: 'Share it with my partner',
  settledError:
    'You have both seen each other’s check-in for today, so yours stays as you wrote it. You can still make it private.',
} as const;

export const partnerDaily = {
  heading: 'Your partner today',
  revealed: (name: string) => `${name}’s check-in`,
  hidden: 'Once you have both checked in today, what your partner chose to share shows here.',
  waiting: 'Your partner checked in today. Check in to see each other’s.',
  nothingYet: 'Nothing from your partner for today. That’s fine; there is no rush.',
  noPartner:
    'When your partner joins your space, what they share shows here after you have both checked in.',
  need: 'Needs',
  note: 'Note',
} as const;

export const recent = {
  heading: 'Recent days',
  earlier: (n: number) => (n === 1 ? 'One earlier day' : `${n} earlier days`),
  none: 'Your past check-ins show here. Days without one are just days.',
  you: 'You',
  private: 'Only you',
  shared: 'Shared',
} as const;

export const weeklyPrompts = [
  { id: 'appreciated', label: 'One thing I appreciated this week' },
  { id: 'hard', label: 'What was hard' },
  { id: 'need', label: 'What I need next week' },
  { id: 'agreements', label: 'How our agreements and promises went' },
  { id: 'together', label: 'One thing to do together' },
] as const;
export type WeeklyItem = (typeof weeklyPrompts)[number]['id'];
export const weeklyItems = weeklyPrompts.map((p) => p.id) as [WeeklyItem, ...WeeklyItem[]];

export const weekly = {
  heading: 'This week, together',
  lead: 'Each of you answers alone. Nothing shows until you have both answered; then you see both, side by side.',
  weekOf: (date: string) => `The week starting ${date}`,
  agreementsHint: 'Think of your agreements and promises, if you have any. A sentence is enough.',
  lookBack: 'To look back at them:',
  agreementsLink: 'your agreements',
  promisesLink: 'your promises',
  submit: 'Send my answers',
  update: 'Save my answers',
  busy: 'Sending…',
  sent: 'Sent. Your partner sees them once they have answered too.',
  waitingForPartner:
    'Your answers are in. They show, with your partner’s, once your partner has answered too.',
  emptyAnswers: 'Write something for at least one question.',
  you: 'You',
  replyLabel: (name: string) => `Your reply to ${name}`,
  replySave: 'Send reply',
  replyBusy: 'Sending…',
  replySaved: 'Reply sent.',
  theirReply: (name: string) => `${name} replied`,
  noPartner:
    'The weekly check-in is for the two of you. It opens once your partner has joined your space.',
  past: 'Earlier weeks',
  nothing: '(nothing written)',
} as const;

export const weekdayNames = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const;

export const checkinDay = {
  /** The link from the weekly check-in to where its day is chosen. */
  change: 'Change the day of the weekly check-in',
  heading: 'Your check-in day',
  lead: 'The day your week together begins. You choose it together; either of you can change it.',
  label: 'Check-in day',
  save: 'Save day',
  busy: 'Saving…',
  saved: 'Saved.',
  stale:
    'Your partner changed the day a moment ago. Here is the day now; change it again if you like.',
} as const;

export const checkinsWaiting = {
  partnerCheckedIn: 'Your partner checked in today. Check in to see each other’s.',
  weeklyMissing: 'This week’s check-in together is waiting for your answers.',
} as const;

export const checkinsPage = {
  title: 'Check-ins',
  dailyTab: 'Today',
  weeklyTab: 'This week',
} as const;

/** The check-ins page, in parts: today's check-in, the weekly one, and its day (decision 140). */
export const checkinParts = {
  label: 'Check-ins',
  daily: 'Today',
  weekly: 'This week',
  day: 'Weekly day',
} as const;

// Words for promises and the reliability ledger. No streaks, no scores, no shame: a missed
// promise that is repaired is part of rebuilding trust, not a mark against anyone.

export const promisesPage = {
  title: 'Promises',
  heading: 'Promises',
  lead: 'Small, concrete things you say you will do, and then do. Over weeks they become something you can both see.',
  noSpace:
    'Promises live in your shared space. Create it on the Our space page first; you can make private practice promises even before your partner joins.',
} as const;

export const promiseForm = {
  heading: 'Make a promise',
  text: 'I promise to…',
  textHint:
    'Small and concrete works best: "call you at lunch", "be home by 7", "tell you if she contacts me".',
  hasTime: 'It has a time',
  when: 'When',
  whenHint: 'You can change the promise until this time.',
  visibility: 'Who sees it',
  shared: 'My partner and me',
  sharedHint: 'Your partner can see it and say they noticed.',
  private: 'Only me (practice)',
  privateHint: 'A promise to yourself. Your partner never sees it, or that it exists.',
  send: 'Make this promise',
  busy: 'Saving…',
  done: 'Promise made.',
  whenPast: 'Choose a time that has not passed yet.',
} as const;

export const promiseList = {
  mineHeading: 'Your promises',
  partnerHeading: "Your partner's promises",
  emptyMine: 'No promises yet. Start with something small you are sure you can do today.',
  emptyPartner: 'Nothing shared by your partner yet.',
  openHeading: 'Still to do',
  doneHeading: 'Earlier',
  due: (when: string) => `By ${when}`,
  private: 'Only you can see this',
  status: { open: 'Still to do', kept: 'Kept', missed: 'Missed' },
  renegotiated: (n: number) => (n === 1 ? 'Changed once, in time' : `Changed ${n} times, in time`),
  repair: 'Repair:',
  noticedByPartner: 'Your partner noticed',
  noticedByMe: 'You said you noticed',
  more: 'Show earlier promises',
} as const;

export const promiseActions = {
  keep: 'I kept it',
  renegotiate: 'Change it before the time',
  /** A promise with no time can be changed whenever; "before the time" would make no sense. */
  renegotiateUntimed: 'Change it',
  // Marking a promise kept after its time asks first, so the record says what really happened.
  lateHeading: 'Its time has passed',
  lateAsk: (when: string) => `This was for ${when}. Did it happen by then?`,
  lateYes: 'Yes, by then',
  lateNo: 'No, not by then',
  renegotiateHeading: 'Change this promise',
  renegotiateHint: 'Changing it in time is part of being reliable. Your partner sees the change.',
  renegotiateText: 'What you promise now',
  renegotiateWhen: 'When (optional)',
  renegotiateNote: 'A note for your partner (optional)',
  renegotiateSend: 'Save the change',
  miss: "I didn't keep it",
  missHeading: "It didn't happen",
  missHint:
    'That happens. If you want, say sorry and what you will do next time. A repaired promise is part of rebuilding trust.',
  missNote: 'A repair note (optional)',
  missSend: 'Mark as missed',
  repair: 'Add a repair note',
  repairNote: 'Sorry, and what you will do next time',
  repairSend: 'Save the repair note',
  notice: 'I noticed',
  noticeWord: 'A short word (optional)',
  noticeSend: 'Send',
  noticeHint: 'Telling them you saw it is what makes a kept promise count.',
  cancel: 'Cancel',
  busy: 'One moment…',
  done: {
    keep: 'Marked as kept.',
    renegotiate: 'Changed. Thank you for saying it in time.',
    miss: 'Marked as missed. Thank you for being honest.',
    repair: 'Your repair note was saved.',
    notice: 'Your partner will see that you noticed.',
  },
  stale: 'This promise changed a moment ago. Here it is as it is now.',
} as const;

export const ledger = {
  heading: 'The reliability ledger',
  lead: 'Trust is rebuilt by repeated proof. A missed promise that is repaired is part of that proof too.',
  mine: 'Your promises, week by week',
  partner: "Your partner's shared promises, week by week",
  weekOf: (date: string) => `Week of ${date}`,
  week: 'Week of',
  columns: {
    made: 'Made',
    kept: 'Kept',
    renegotiated: 'Changed in time',
    missedRepaired: 'Missed and repaired',
    missed: 'Missed',
    noticed: 'Noticed',
  },
  chartLabel: (who: string) =>
    `Chart of ${who} per week. The same numbers are in the table below it.`,
  empty: 'Nothing here yet. The ledger fills as promises are made, one week at a time.',
  quietWeeks: 'Quiet weeks are fine. This is a record, not a test.',
  showTable: 'Show the numbers',
  partnerOwn:
    'What your partner missed is theirs to share, if and when they want to. Here you see what they kept, what they changed in time, and what you noticed.',
  partnerShares: 'Your partner chose to let you see the promises they missed, too.',
} as const;

/** The maker's own choice: whether the partner may see their missed promises. Off by default. */
export const missSharing = {
  label: 'Let your partner see the promises you missed',
  hint: 'This is off unless you turn it on. Your partner always sees what you kept and what you changed in time. You can turn this off again at any moment.',
  on: 'Your partner can now see the promises you missed.',
  off: 'The promises you missed are yours alone again.',
} as const;

export const promiseWaiting = {
  noticed: (text: string) => `Your partner kept a promise: ${text}`,
  due: (text: string) => `How did it go? ${text}`,
  noticedMine: (text: string) => `Your partner noticed a promise you kept: ${text}`,
} as const;

export const promiseErrors = {
  notFound: "We couldn't find that promise.",
  stale: 'This promise has changed since you opened it. Here it is as it is now.',
  notAllowed: "That step isn't possible for this promise now.",
  tooLate:
    'Its time has passed, so it can no longer be changed. You can still mark it kept or missed.',
  dueInPast: 'Choose a time that has not passed yet.',
  noteNeeded: 'Write a few words for the repair.',
} as const;

// Words for time apart: pausing the shared space for a while. Never why: no reason is asked,
// kept or shown.

export const timeApart = {
  heading: 'Time apart',
  lead: 'Sometimes you need a break from working on things together. Either of you can pause the shared space for a while. Nothing is lost.',
  whatHappensSummary: 'What happens while it is paused',
  whatHappens: [
    'While it is paused, neither of you can add anything new to the shared space, and Kintsugi sends no reminders or prompts.',
    'What you write for yourself still works.',
    'Your partner sees that time apart is on, and until when. They are not told why.',
    'Only you can end it early. If you choose an end date, it ends by itself then.',
  ],
  endLabel: 'End date (you can leave it open)',
  endHint: 'It ends by itself at the start of this day. You can end it sooner.',
  start: 'Pause our shared space',
  starting: 'Pausing…',
  confirmHeading: 'Pause the shared space now?',
  confirmBody: 'Your partner will see that time apart is on, and until when. Nothing else.',
  confirm: 'Yes, pause it',
  cancel: 'Not now',
  onHeading: 'Time apart is on',
  byMe: 'You asked for time apart.',
  byPartner: 'Your partner asked for some time apart. Take the time you need, too.',
  until: (when: string) => `It ends on ${when}.`,
  open: 'It has no end date.',
  onlyThem:
    'Only the one who asked for it can end it early. If you need to step away for good, you can leave the space below. That is always yours to choose.',
  end: 'End time apart',
  ending: 'Ending…',
  ended: 'Time apart has ended. The shared space is open again.',
} as const;

export const timeApartErrors = {
  alreadyOn: 'Time apart is already on.',
  notOn: "Time apart isn't on.",
  notYours: (hasEnd: boolean) =>
    hasEnd
      ? 'Only the one who asked for time apart can end it early. It ends by itself on its end date.'
      : 'Only the one who asked for time apart can end it early. If you need to, you can still leave the space from Our space.',
} as const;

/** What Today and every shared place say while time apart is on: that it is on, until when. */
export const pausedWords = {
  heading: 'Time apart is on',
  byMe: 'You asked for time apart. Nothing new goes between you until it ends.',
  byPartner:
    'Your partner asked for some time apart. Nothing new goes between you until it ends. Take the time you need, too.',
  until: (when: string) => `It ends on ${when}.`,
  open: 'It has no end date yet.',
  manage: 'See time apart in Our space',
  shared: (when: string | null) =>
    `Time apart is on${when ? ` until ${when}` : ''}. Nothing new can be shared here until it ends. What you write for yourself still works.`,
} as const;

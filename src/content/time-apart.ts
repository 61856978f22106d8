// Words for time apart: pausing the shared space for a while.

export const timeApart = {
  heading: 'Time apart',
  lead: 'Sometimes you need a break from working on things together. Either of you can pause the shared space for a while. Nothing is lost.',
  whatHappens: [
    'While it is paused, neither of you can add anything new to the shared space, and Kintsugi sends no reminders or prompts.',
    'What you write for yourself still works.',
    'Your partner sees that time apart is on. They are not told why.',
  ],
  endLabel: 'End date (you can leave it open)',
  endHint: 'It ends by itself at the start of this day. Either of you can end it sooner.',
  start: 'Pause our shared space',
  starting: 'Pausing…',
  confirmHeading: 'Pause the shared space now?',
  confirmBody: 'Your partner will see that time apart is on, and nothing else.',
  confirm: 'Yes, pause it',
  cancel: 'Not now',
  onHeading: 'Time apart is on',
  byMe: 'You paused the shared space.',
  byPartner: 'Your partner paused the shared space. Take the time you need, too.',
  until: (when: string) => `It ends on ${when}.`,
  open: 'It has no end date.',
  end: 'End time apart',
  ending: 'Ending…',
  ended: 'Time apart has ended. The shared space is open again.',
} as const;

// Reminders by mail and push: the settings screen, the mail and the notification. The mail may be read on a shared
// screen or a lock screen, so it says only that something is waiting: no names, no words anyone
// wrote, no topic, not even which kind of thing.

export const REMINDER_KINDS = ['letter', 'turn', 'weekly', 'promise', 'review'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];
/**
 * The kinds a cause already sends: only these are offered on the screen. The others can be
 * stored through the API, and join this list when their cause is wired (a switch that sends
 * nothing would be a dead one).
 */
export const OFFERED_KINDS: readonly ReminderKind[] = ['letter', 'turn'];

export const reminders = {
  heading: 'Reminders',
  lead: 'If you like, we can send you a short email, or a notification on this device, when something is waiting for you here. It is off unless you turn it on.',
  privacy:
    'It says only that something is waiting in Kintsugi. It never says who, what or why, so it is safe on a shared screen.',
  channelsLegend: 'How to reach you',
  email: 'Email me',
  emailHint: (address: string) => `To ${address}.`,
  pushLabel: 'On this device (push)',
  pushHint:
    'A notification on this phone or computer, with the same few words: only that something is waiting.',
  pushOn: 'On for this device.',
  pushTurnOn: 'Turn on for this device',
  pushTurnOff: 'Turn off for this device',
  pushBusy: 'One moment…',
  pushShared:
    'If someone else uses this device too, you may want to turn this off before you hand it over.',
  pushUnsupported:
    'This browser cannot show notifications from Kintsugi. Email reminders work from anywhere.',
  pushBlocked:
    'Notifications from Kintsugi are turned off in this browser. If you would like them, you can allow them in its site settings, then come back here.',
  pushFailed:
    'This device could not be set up just now. Please try again in a while; email reminders still work.',
  kindsLegend: 'What to remind you of',
  kinds: {
    letter: 'A letter has arrived for you',
    turn: 'It is your turn in a conversation',
    weekly: 'The weekly check-in is open',
    promise: 'A promise of yours is due',
    review: 'An agreement is ready to look at again',
  } satisfies Record<ReminderKind, string>,
  kindsOffHint: 'Turn on email or this device first to choose these.',
  quietLegend: 'Quiet hours',
  quietToggle: 'Keep some hours quiet',
  quietHint: 'In your own time. A reminder that comes up then waits until they end.',
  quietFrom: 'From',
  quietTo: 'Until',
  save: 'Save reminders',
  busy: 'Saving…',
  saved: 'Saved. You can change this any time.',
  loading: 'Loading your reminders…',
  loadError: 'Your reminders could not be loaded. Please try again.',
  retry: 'Try again',
  mutedNote:
    'While you use Kintsugi alone or take time apart, no reminders are sent. Nothing piles up for later.',
  sameTimes: 'Quiet hours need a start and an end that differ.',
  /** The one push notification, the same for every kind. */
  push: { title: 'Kintsugi', body: 'Something is waiting for you.' },
  mail: {
    subject: 'Kintsugi',
    text: (link: string) =>
      [
        'Something is waiting for you in Kintsugi.',
        '',
        `Open it when you are ready: ${link}`,
        '',
        'You asked for these reminders. You can turn them off in your account in Kintsugi, or with the unsubscribe button of your mail app.',
      ].join('\n'),
  },
} as const;

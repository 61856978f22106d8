// Words for the private safety check. The questions follow the domains of published screening
// practice for partner violence (feeling humiliated or controlled, afraid, forced, hurt),
// written in our own words.

export const safety = {
  title: 'Safety check',
  heading: 'A private safety check',
  lead: 'Four questions, only for you. Your partner never sees them or your answers, and nothing is sent to anyone.',
  why: 'Working on trust together only helps when you are safe with each other. If you are not, there is other help, and it comes first.',

  questions: [
    {
      id: 'humiliated',
      text: 'Does your partner put you down, humiliate you, or control where you go, who you see, your phone or your money?',
    },
    { id: 'afraid', text: 'Are you ever afraid of your partner, or of what they might do?' },
    {
      id: 'forced',
      text: 'Has your partner ever pressured or forced you into anything sexual you did not want?',
    },
    {
      id: 'hurt',
      text: 'Has your partner ever hit, kicked, pushed, choked or otherwise physically hurt you?',
    },
  ],
  answers: { no: 'No', sometimes: 'Sometimes', yes: 'Yes', unsaid: "I'd rather not say" },
  submit: 'Done',
  busy: 'Saving…',
  missing: 'Choose an answer for each question. "I\'d rather not say" is always fine.',
  notNow: 'Not now',
  notNowNote: 'You can always find this check again under Support.',

  calm: {
    heading: 'Thank you for answering',
    body: 'Nothing you said points to danger right now. If that changes, this check is always here under Support, and so is help.',
  },

  danger: {
    heading: 'Your safety comes first',
    body: [
      'What you answered suggests you may not be safe with your partner. That is not your fault, and you do not have to handle it alone.',
      'Couples exercises may not be safe for you right now. Talking through hard things together can make things more dangerous when one partner frightens or controls the other.',
      'A domestic abuse service can help you think it through, in confidence. They will not tell you what to do.',
      'If you like, you can use Kintsugi on your own for now: the button further down pauses shared things for you, and your partner is not told.',
    ],
    numbersHeading: 'Where to get help',
    exitHeading: 'If you need to leave this page now',
    exitBody:
      'The Quick exit button signs you out on this device, takes you straight to an ordinary website, and clears what Kintsugi kept in this browser. On a keyboard, press Esc three times.',
    exit: 'Quick exit now',
  },

  solo: {
    heading: 'Using Kintsugi alone',
    offBody: [
      'You can use Kintsugi on your own for a while: your own journal and your private reflection keep working, and shared things pause for you.',
      'Nothing is sent or shown to your partner. Their screens stay as they are.',
    ],
    start: 'Use Kintsugi alone',
    onBody: [
      'You are using Kintsugi alone. Shared things are paused for you, and your partner was not told.',
      'Your journal and your private reflection still work. You can turn this off whenever you feel ready.',
    ],
    stop: 'Stop using Kintsugi alone',
    busy: 'One moment…',
  },

  history: {
    heading: 'Your earlier checks',
    none: 'No checks saved.',
    item: (when: string) => `From ${when}`,
    danger: 'Some answers pointed to danger.',
    calm: 'No answers pointed to danger.',
    delete: 'Delete',
    deleteLabel: (when: string) => `Delete the check from ${when}`,
    confirm: 'Delete this check for good?',
    confirmYes: 'Yes, delete it',
    keep: 'Keep it',
    deleted: 'Deleted.',
  },

  again: 'Answer again',
  supportCard: {
    heading: 'A private safety check',
    body: 'Four questions, only for you, about whether you are safe with your partner. Nobody else sees them.',
    link: 'Open the safety check',
  },
  waitingTitle: 'A short private check about your safety, only for you',
} as const;

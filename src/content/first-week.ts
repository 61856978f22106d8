// Words for the first week: a short welcome, then a few first steps, one at a time (decision 140).
// No step is a test and none has a deadline; every one can wait.

export const firstWeekSteps = [
  'welcome',
  'safety',
  'stance',
  'partner',
  'reflection',
  'checkin',
] as const;
export type FirstWeekStepId = (typeof firstWeekSteps)[number];

/** Steps that reach toward the partner: never offered in solo mode or after a danger answer. */
export const towardPartner: readonly FirstWeekStepId[] = ['partner', 'checkin'];

interface StepWords {
  /** The step's name, as a heading. */
  title: string;
  /** One or two short lines: what it is and why it may help. */
  body: readonly string[];
  /** The link that opens the place where it is done. */
  open: string;
  href: string;
  /** Said once it is done. */
  done: string;
}

export const firstWeek = {
  title: 'Your first steps',
  lead: 'A few things that help at the start, one at a time. Each one can wait.',
  progress: (n: number, of: number) => `Step ${n} of ${of}`,
  back: 'Back',
  next: 'Next',
  skip: 'Skip for now',
  state: { done: 'done', setAside: 'set aside for now' },
  setAsideNote: 'You set this aside for now. It is here whenever you want it.',
  bringBack: 'Bring it back',
  busy: 'One moment…',
  allSeen: {
    heading: "That's the first steps",
    body: 'Everything else is in the menu, ready when you are. There is no order you have to follow from here.',
    toToday: 'Go to Today',
  },
  closed: {
    note: 'You put the first steps away. They stay here, linked from Today under "On your path", if you ever want them.',
    reopen: 'Show them on Today again',
  },
  today: {
    heading: 'Your first steps',
    next: (title: string) => `Next, if you like: ${title.toLowerCase()}.`,
    welcome: 'Welcome. First, a few words on what Kintsugi is and is not.',
    all: 'See all first steps',
    putAway: 'Put these away',
  },
  steps: {
    welcome: {
      title: 'Welcome to Kintsugi',
      body: [
        'Kintsugi is a private place for two people who want to rebuild trust after it broke. It offers small, steady steps: check-ins, promises, letters and conversations that take turns.',
        'It is not therapy and it is not a judge. Nobody here decides who is right, and nothing here replaces a counsellor when you need one.',
        'What you write is private unless you choose to share it. Your partner sees only what you share.',
        'Each of you goes at your own pace. There is nothing to finish and no clock running.',
      ],
      open: 'Read the welcome',
      href: '/first-week',
      done: 'You read the welcome.',
    },
    safety: {
      title: 'A private safety check',
      body: [
        'Four short questions, only for you. Your partner never sees them, or whether you answered.',
        'If things at home are not safe, couples work can wait. The check points you to help.',
      ],
      open: 'Take the safety check',
      href: '/support/safety',
      done: 'You took the safety check. You can take it again any time under Support.',
    },
    stance: {
      title: 'Where you stand',
      body: [
        'Did you break the trust, were you hurt, or both? Saying it lets Kintsugi offer what fits you. You can also choose not to say.',
        'It stays private unless you share it, and you can change it later.',
      ],
      open: 'Say where you stand',
      href: '/reflection#stance-heading',
      done: 'You said where you stand. You can change it in your reflection.',
    },
    partner: {
      title: 'Your partner',
      body: [
        'Kintsugi works best with both of you, each in your own account. Invite your partner, or join them if they invited you.',
        'There is no hurry. They can come when they are ready, and you can use Kintsugi alone until then.',
      ],
      open: 'Go to Our space',
      href: '/space',
      done: 'You share a space with your partner, or an invite is on its way.',
    },
    reflection: {
      title: 'Your private reflection',
      body: [
        'A quiet look at four patterns that often sit beneath broken trust, one pattern at a time.',
        'Only you see your answers, unless you share a part of them.',
      ],
      open: 'Open your reflection',
      href: '/reflection',
      done: 'You have a reflection. You can take it again whenever you like.',
    },
    checkin: {
      title: 'A first check-in',
      body: [
        'How you feel today, how safe, how much you trust: a minute or two.',
        'If you share it, your partner sees it only once they have checked in too.',
      ],
      open: 'Check in',
      href: '/check-ins',
      done: 'You checked in. Once a day is plenty.',
    },
  } satisfies Record<FirstWeekStepId, StepWords>,
} as const;

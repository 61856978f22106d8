// The places in the app, in the order people meet them, and what each one is for.
// An area that is not built yet shows its `empty` words: what will live there, said plainly.

export type AreaId =
  | 'today'
  | 'path'
  | 'check-ins'
  | 'agreements'
  | 'promises'
  | 'talk'
  | 'letters'
  | 'journal'
  | 'timeline'
  | 'waves'
  | 'memories'
  | 'support'
  | 'space'
  | 'account';

export type IconName =
  | 'sun'
  | 'path'
  | 'pulse'
  | 'handshake'
  | 'check'
  | 'chat'
  | 'letter'
  | 'book'
  | 'wave'
  | 'memory'
  | 'lifebuoy'
  | 'home'
  | 'person';

export interface EmptyWords {
  heading: string;
  body: readonly string[];
}

export interface Area {
  id: AreaId;
  path: string;
  /** Short name used in navigation and in the page title. */
  label: string;
  /** The page's main heading. */
  heading: string;
  icon: IconName;
  /** Shown in the phone's bottom bar; the rest live behind "More". */
  onPhoneBar: boolean;
  /** Which group of the navigation it belongs to. */
  group: 'areas' | 'us';
  /** Words for an area that has no screens yet. */
  empty?: EmptyWords;
}

/** Said under every area that has no screens yet: honest, and without a date we can't promise. */
export const notBuiltYet =
  "This part isn't ready yet. We'd rather leave it empty than fill it with something half done.";

export const areas: readonly Area[] = [
  {
    id: 'today',
    path: '/today',
    label: 'Today',
    heading: 'Today',
    icon: 'sun',
    onPhoneBar: true,
    group: 'areas',
  },
  {
    id: 'path',
    path: '/path',
    label: 'Path',
    heading: 'Your path',
    icon: 'path',
    onPhoneBar: true,
    group: 'areas',
  },
  {
    id: 'check-ins',
    path: '/check-ins',
    label: 'Check-ins',
    heading: 'Check-ins',
    icon: 'pulse',
    onPhoneBar: true,
    group: 'areas',
    empty: {
      heading: 'A few honest questions, asked often',
      body: [
        "Here you'll answer a short check-in when you want to: how you feel, how safe you feel, how much you trust today, and what you need. Once a week there is a deeper one about the two of you.",
        "Your answers show to your partner only after you've both answered, so neither of you has to go first.",
      ],
    },
  },
  {
    id: 'agreements',
    path: '/agreements',
    label: 'Agreements',
    heading: 'Agreements',
    icon: 'handshake',
    onPhoneBar: false,
    group: 'areas',
    empty: {
      heading: 'What you both need to feel safe',
      body: [
        'This is where the two of you will write down what helps each of you feel safe day to day: about phones, time, friends, or anything else that matters to you.',
        "An agreement counts only when you've both said yes. Each one has a date to look at it again, and either of you can ask to talk it over sooner.",
      ],
    },
  },
  {
    id: 'promises',
    path: '/promises',
    label: 'Promises',
    heading: 'Promises',
    icon: 'check',
    onPhoneBar: false,
    group: 'areas',
    empty: {
      heading: 'Small promises, kept',
      body: [
        "Here you'll make small, concrete promises, like calling at lunch or being home when you said. You mark the ones you kept, and your partner can say they noticed.",
        'If one slips, it is a chance to repair, not a mark against you. Over the weeks, the small ones add up to something you can both see.',
      ],
    },
  },
  {
    id: 'talk',
    path: '/talk',
    label: 'Talk',
    heading: 'Talk',
    icon: 'chat',
    onPhoneBar: false,
    group: 'areas',
    empty: {
      heading: 'Hard conversations, one turn at a time',
      body: [
        "This is where you'll find guided conversations for the hard questions. One of you speaks; the other says back what they heard; then you switch.",
        'You can pause at any point and choose a time to come back. Stopping to breathe is part of talking well.',
      ],
    },
  },
  {
    id: 'letters',
    path: '/letters',
    label: 'Letters',
    heading: 'Letters',
    icon: 'letter',
    onPhoneBar: false,
    group: 'areas',
    empty: {
      heading: 'Words that need more room',
      body: [
        "Here you'll write letters to each other: about what trust means to you, or what you couldn't say out loud.",
        'You can send a letter now or at a time you choose, and your partner can answer in their own time.',
      ],
    },
  },
  {
    id: 'journal',
    path: '/journal',
    label: 'Journal',
    heading: 'Journal',
    icon: 'book',
    onPhoneBar: true,
    group: 'areas',
    empty: {
      heading: 'A place that is only yours',
      body: [
        'This will be your private journal: somewhere to write what you feel, with gentle prompts if you want them.',
        'Only you can read it. Not your partner, not anyone else. If one day you want to share a piece, you choose that piece and share it on purpose.',
      ],
    },
  },
  {
    id: 'timeline',
    path: '/timeline',
    label: 'Timeline',
    heading: 'Your timeline',
    icon: 'wave',
    onPhoneBar: false,
    group: 'areas',
    empty: {
      heading: 'How far you have come, waves and all',
      body: [
        "Here you'll see how you have been over time: your mood, how safe you feel and how much you trust, with the things you did together marked along the way.",
        'It will show the hard days as honestly as the good ones. Healing comes in waves, and waves are normal.',
      ],
    },
  },
  {
    id: 'waves',
    path: '/waves',
    label: 'Waves',
    heading: 'Waves',
    icon: 'wave',
    onPhoneBar: false,
    group: 'areas',
  },
  {
    id: 'memories',
    path: '/memories',
    label: 'Memories',
    heading: 'Memories',
    icon: 'memory',
    onPhoneBar: false,
    group: 'areas',
  },
  {
    id: 'support',
    path: '/support',
    label: 'Support',
    heading: 'Support and safety',
    icon: 'lifebuoy',
    onPhoneBar: false,
    group: 'areas',
  },
  {
    id: 'space',
    path: '/space',
    label: 'Our space',
    heading: 'Our space',
    icon: 'home',
    onPhoneBar: false,
    group: 'us',
  },
  {
    id: 'account',
    path: '/account',
    label: 'Account',
    heading: 'Your account',
    icon: 'person',
    onPhoneBar: false,
    group: 'us',
  },
];

export function areaById(id: AreaId): Area {
  const area = areas.find((a) => a.id === id);
  if (!area) throw new Error(`Unknown area ${id}`);
  return area;
}

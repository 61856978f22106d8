// The places in the app, in the order people meet them, and what each one is for.

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
  | 'questions'
  | 'vision'
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
  | 'horizon'
  | 'memory'
  | 'lifebuoy'
  | 'home'
  | 'person';

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
}

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
  },
  {
    id: 'agreements',
    path: '/agreements',
    label: 'Agreements',
    heading: 'Agreements',
    icon: 'handshake',
    onPhoneBar: false,
    group: 'areas',
  },
  {
    id: 'promises',
    path: '/promises',
    label: 'Promises',
    heading: 'Promises',
    icon: 'check',
    onPhoneBar: false,
    group: 'areas',
  },
  {
    id: 'talk',
    path: '/talk',
    label: 'Talk',
    heading: 'Talk',
    icon: 'chat',
    onPhoneBar: false,
    group: 'areas',
  },
  {
    id: 'letters',
    path: '/letters',
    label: 'Letters',
    heading: 'Letters',
    icon: 'letter',
    onPhoneBar: false,
    group: 'areas',
  },
  {
    id: 'journal',
    path: '/journal',
    label: 'Journal',
    heading: 'Journal',
    icon: 'book',
    onPhoneBar: true,
    group: 'areas',
  },
  {
    id: 'timeline',
    path: '/timeline',
    label: 'Timeline',
    heading: 'Your timeline',
    icon: 'wave',
    onPhoneBar: false,
    group: 'areas',
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
    id: 'questions',
    path: '/questions',
    label: 'Daily question',
    heading: 'A question for today',
    icon: 'chat',
    onPhoneBar: false,
    group: 'areas',
  },
  {
    id: 'vision',
    path: '/vision',
    label: 'Our future',
    heading: 'Our future',
    icon: 'horizon',
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

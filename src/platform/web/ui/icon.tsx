import type { IconName } from '../../../content/areas.ts';

// Simple line icons drawn with currentColor. Always decorative: the text beside them says it.
const paths: Record<IconName | 'more' | 'exit' | 'moon' | 'close' | 'lock', string> = {
  sun: 'M12 4v2M12 18v2M4 12h2M18 12h2M6.3 6.3l1.4 1.4M16.3 16.3l1.4 1.4M6.3 17.7l1.4-1.4M16.3 7.7l1.4-1.4M12 8.5a3.5 3.5 0 1 0 0 7a3.5 3.5 0 1 0 0-7z',
  path: 'M5 20c2-4 5-4 7-8s4-5 7-8M5 20h3M16 4h3v3',
  pulse: 'M3 12h4l2-5 4 10 2-5h6',
  handshake: 'M3 11l4-4 3 2 3-2 4 0 4 4-6 6-3-3-3 3-6-6zM10 9l3 3',
  check: 'M5 12.5l4.5 4.5L19 7.5',
  chat: 'M4 5h16v10H10l-4 4v-4H4z',
  letter: 'M3 6h18v12H3zM3 6l9 7 9-7',
  book: 'M5 4h11a3 3 0 0 1 3 3v13H8a3 3 0 0 1-3-3zM5 17a3 3 0 0 1 3-3h11',
  wave: 'M3 14c2.5 0 2.5-5 5-5s2.5 8 5 8 2.5-10 5-10 2 4 3 4',
  horizon: 'M3 18h18M6.5 18a5.5 5.5 0 0 1 11 0M12 6v3M5.6 9.6l1.8 1.8M18.4 9.6l-1.8 1.8',
  memory:
    'M4 6h16v12H4zM4 15l4.5-4.5 4 4 2.5-2.5 5 5M15.5 8.5a1.2 1.2 0 1 0 0 2.4a1.2 1.2 0 1 0 0-2.4z',
  lifebuoy:
    'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18zM12 8a4 4 0 1 0 0 8a4 4 0 1 0 0-8zM5.6 5.6l3.6 3.6M14.8 14.8l3.6 3.6M18.4 5.6l-3.6 3.6M9.2 14.8l-3.6 3.6',
  home: 'M4 11l8-7 8 7M6 9.5V20h12V9.5M10 20v-5h4v5',
  person: 'M12 4a4 4 0 1 0 0 8a4 4 0 1 0 0-8zM4 20c1-4 4.5-6 8-6s7 2 8 6',
  more: 'M4 7h16M4 12h16M4 17h16',
  exit: 'M14 4h5v16h-5M10 8l-4 4 4 4M6 12h9',
  moon: 'M19 14.5A7.5 7.5 0 0 1 9.5 5a7.5 7.5 0 1 0 9.5 9.5z',
  close: 'M6 6l12 12M18 6L6 18',
  lock: 'M6 11h12v9H6zM8.5 11V8a3.5 3.5 0 0 1 7 0v3M12 14.5v2',
};

export function Icon({ name }: { name: keyof typeof paths }) {
  return (
    <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d={paths[name]} />
    </svg>
  );
}

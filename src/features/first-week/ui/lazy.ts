import { lazyScreen } from '../../../platform/web/lazy-screen.tsx';

export const FirstWeekScreen = lazyScreen(() =>
  import('./first-week-page.tsx').then((m) => m.FirstWeekPage),
);

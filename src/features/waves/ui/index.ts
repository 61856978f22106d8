// What waves offer the app's composition root, each in its own chunk (loaded lazily).
import { lazyScreen } from '../../../platform/web/lazy-screen.tsx';

export const WavesScreen = lazyScreen(() => import('./waves-page.tsx').then((m) => m.WavesPage));
export const WaveTodayCardLazy = lazyScreen(() =>
  import('./wave-today-card.tsx').then((m) => m.WaveTodayCard),
);

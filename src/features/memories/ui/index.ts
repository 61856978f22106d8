// What memories offer the app's composition root, in its own chunk (loaded lazily).
import { lazyScreen } from '../../../platform/web/lazy-screen.tsx';

export const MemoriesScreen = lazyScreen(() =>
  import('./memories-page.tsx').then((m) => m.MemoriesPage),
);

// Screens the app composes from several features, each in its own chunk (decision 165).
import { lazyScreen } from '../platform/web/lazy-screen.tsx';

export const AccountScreen = lazyScreen(() =>
  import('./account-screen.tsx').then((m) => m.AccountScreen),
);
export const SpaceScreen = lazyScreen(() =>
  import('./space-screen.tsx').then((m) => m.SpaceScreen),
);

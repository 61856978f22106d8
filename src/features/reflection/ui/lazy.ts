import { lazyScreen } from '../../../platform/web/lazy-screen.tsx';

export const ReflectionScreen = lazyScreen(() =>
  import('./reflection-page.tsx').then((m) => m.ReflectionPage),
);

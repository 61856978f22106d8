import { lazyScreen } from '../../../platform/web/lazy-screen.tsx';

export const PathScreen = lazyScreen(() => import('./path-page.tsx').then((m) => m.PathPage));
export const StageScreen = lazyScreen(() => import('./stage-page.tsx').then((m) => m.StagePage));

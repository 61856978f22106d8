import { lazyScreen } from '../../../platform/web/lazy-screen.tsx';

// Its own chunk, loaded the first time it is shown: the first page's JS budget stays small.
export const TimelineScreen = lazyScreen(() => import('./index.ts').then((m) => m.TimelinePage));

import { lazyScreen } from '../../../platform/web/lazy-screen.tsx';

export const SafetyScreen = lazyScreen(() => import('./safety-page.tsx').then((m) => m.SafetyPage));

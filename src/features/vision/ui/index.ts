// What our shared future offers the app's composition root, in its own chunk (loaded lazily).
import { lazyScreen } from '../../../platform/web/lazy-screen.tsx';

export const VisionScreen = lazyScreen(() => import('./vision-page.tsx').then((m) => m.VisionPage));

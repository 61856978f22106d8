// What the daily question offers the app's composition root, in its own chunk (loaded lazily).
import { lazyScreen } from '../../../platform/web/lazy-screen.tsx';

export const QuestionsScreen = lazyScreen(() =>
  import('./questions-page.tsx').then((m) => m.QuestionsPage),
);

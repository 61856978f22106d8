// Screens of the accounts feature that the first page does not need, each in its own chunk,
// loaded the first time it is shown (decision 165).
import { lazyScreen } from '../../../platform/web/lazy-screen.tsx';

export const LockScreen = lazyScreen(() => import('./lock-screen.tsx').then((m) => m.LockScreen));
export const ForgotPasswordPage = lazyScreen(() =>
  import('./forgot-password-page.tsx').then((m) => m.ForgotPasswordPage),
);
export const CheckEmailPage = lazyScreen(() =>
  import('./check-email-page.tsx').then((m) => m.CheckEmailPage),
);

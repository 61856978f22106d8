// What the accounts feature offers the app's composition root for the first page. Screens the
// first page does not need are offered by later.ts and lazy.ts, each loaded in a chunk of its
// own: exporting them here would put them back into the first page's JS (decision 165).
export { WelcomePage } from './welcome-page.tsx';
export { SignInPage } from './sign-in-page.tsx';
export { SignUpPage } from './sign-up-page.tsx';
export { SignInForm, SignUpForm } from './auth-forms.tsx';
export { sessionStore, loadSession, signOut, type Session } from './session.ts';
export type { Me } from './accounts-api.ts';
export { NewActivityNotice } from './activity-section.tsx';
export { ResetPasswordPage } from './reset-password-page.tsx';
export { ConfirmEmailPage } from './confirm-email-page.tsx';

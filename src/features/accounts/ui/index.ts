// What the accounts feature offers the app's composition root.
export { WelcomePage } from './welcome-page.tsx';
export { SignInPage } from './sign-in-page.tsx';
export { SignUpPage } from './sign-up-page.tsx';
export { AccountPage } from './account-page.tsx';
export { SignInForm, SignUpForm } from './auth-forms.tsx';
export { sessionStore, loadSession, signOut, type Session } from './session.ts';
export type { Me } from './accounts-api.ts';
export { NewActivityNotice } from './activity-section.tsx';
export { ForgotPasswordPage } from './forgot-password-page.tsx';
export { ResetPasswordPage } from './reset-password-page.tsx';
export { LockScreen } from './lock-screen.tsx';
export { CheckEmailPage } from './check-email-page.tsx';
export { ConfirmEmailPage } from './confirm-email-page.tsx';

// The account page's sections, for the app's account screen, which is loaded in a chunk of its own
// (decision 165). Never import this from the first page's modules.
export { AccountPage } from './account-page.tsx';
export { ActivitySection } from './activity-section.tsx';
export { AppLockSection } from './app-lock-section.tsx';
export { DeleteAccountSection } from './delete-section.tsx';
export { EmailSection } from './email-section.tsx';

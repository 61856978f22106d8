// What the reminders feature offers the app's composition root for the first page; the account
// page's section comes from later.ts, in a chunk of its own (decision 165).
export { UnsubscribePage } from './unsubscribe-page.tsx';

// What the reminders feature offers the app's composition root.
export { RemindersSection } from './reminders-section.tsx';
export { UnsubscribePage } from './unsubscribe-page.tsx';

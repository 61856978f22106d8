// The account page's reminders section, for the app's account screen, loaded in a chunk of its
// own (decision 165). Never import this from the first page's modules.
export { RemindersSection } from './reminders-section.tsx';

// What the journal offers the app's composition root (loaded lazily).
export { JournalPage } from './journal-page.tsx';
export { JournalEntryPage } from './journal-entry-page.tsx';

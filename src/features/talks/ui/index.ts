// What Talk offers the app's composition root (loaded lazily).
export { TalkPage } from './talk-page.tsx';
export { NewTalkPage } from './new-talk-page.tsx';
export { ConversationPage } from './conversation-page.tsx';
export { NewStatementPage, StatementPage } from './statement-pages.tsx';

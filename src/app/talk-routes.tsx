// Screens of the Talk, Letters and Journal areas, each feature in its own lazily loaded chunk so
// the first page stays within its JS budget. Page titles name the place, never anything written.
import type { ComponentChildren } from 'preact';
import type { AreaId } from '../content/areas.ts';
import { lazyScreen } from '../platform/web/lazy-screen.tsx';
import { matchPath } from '../platform/web/router.ts';

const talks = () => import('../features/talks/ui/index.ts');
const letters = () => import('../features/letters/ui/index.ts');
const journal = () => import('../features/journal/ui/index.ts');

const TalkPage = lazyScreen(() => talks().then((ui) => ui.TalkPage));
const NewTalkPage = lazyScreen(() => talks().then((ui) => ui.NewTalkPage));
const ConversationPage = lazyScreen(() => talks().then((ui) => ui.ConversationPage));
const NewStatementPage = lazyScreen(() => talks().then((ui) => ui.NewStatementPage));
const StatementPage = lazyScreen(() => talks().then((ui) => ui.StatementPage));
const LettersPage = lazyScreen(() => letters().then((ui) => ui.LettersPage));
const NewLetterPage = lazyScreen(() => letters().then((ui) => ui.NewLetterPage));
const LetterPage = lazyScreen(() => letters().then((ui) => ui.LetterPage));
const JournalPage = lazyScreen(() => journal().then((ui) => ui.JournalPage));
const JournalEntryPage = lazyScreen(() => journal().then((ui) => ui.JournalEntryPage));

/** The page for the area itself (/talk, /letters, /journal); null for any other area. */
export function talkAreaScreen(id: AreaId): ComponentChildren | null {
  if (id === 'talk') return <TalkPage />;
  if (id === 'letters') return <LettersPage />;
  if (id === 'journal') return <JournalPage />;
  return null;
}

/** Pages below those areas: /talk/:id, /talk/ownership/:id, /letters/:id, /journal/:id and their "new". */
export function talkSubScreen(path: string): { area: AreaId; view: ComponentChildren } | null {
  if (path === '/talk/new') return { area: 'talk', view: <NewTalkPage /> };
  if (path === '/talk/ownership/new') return { area: 'talk', view: <NewStatementPage /> };
  const statement = matchPath('/talk/ownership/:id', path);
  if (statement)
    return { area: 'talk', view: <StatementPage key={statement.id} id={statement.id!} /> };
  const talk = matchPath('/talk/:id', path);
  if (talk) return { area: 'talk', view: <ConversationPage key={talk.id} id={talk.id!} /> };
  if (path === '/letters/new') return { area: 'letters', view: <NewLetterPage /> };
  const letter = matchPath('/letters/:id', path);
  if (letter) return { area: 'letters', view: <LetterPage key={letter.id} id={letter.id!} /> };
  if (path === '/journal/new') return { area: 'journal', view: <JournalEntryPage id={null} /> };
  const entry = matchPath('/journal/:id', path);
  if (entry) return { area: 'journal', view: <JournalEntryPage key={entry.id} id={entry.id!} /> };
  return null;
}

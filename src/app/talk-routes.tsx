// Screens of the Talk, Letters and Journal areas, each feature in its own lazily loaded chunk so
// the first page stays within its JS budget. Page titles name the place, never anything written.
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { AreaId } from '../content/areas.ts';
import { shell } from '../content/shell.ts';
import { matchPath } from '../platform/web/router.ts';
import type * as JournalUi from '../features/journal/ui/index.ts';
import type * as LettersUi from '../features/letters/ui/index.ts';
import type * as TalksUi from '../features/talks/ui/index.ts';

const loaders = {
  journal: () => import('../features/journal/ui/index.ts'),
  letters: () => import('../features/letters/ui/index.ts'),
  talks: () => import('../features/talks/ui/index.ts'),
};
type Loaded = { journal: typeof JournalUi; letters: typeof LettersUi; talks: typeof TalksUi };
const cache: Partial<Loaded> = {};

function Lazy<K extends keyof Loaded>({
  chunk,
  render,
}: {
  chunk: K;
  render: (ui: Loaded[K]) => ComponentChildren;
}) {
  // The same component serves every chunk (one route to the next), so what is shown is read
  // from the cache by chunk name, never kept in state from an earlier chunk.
  const [, setLoaded] = useState(0);
  const [failed, setFailed] = useState(false);
  const ui = cache[chunk] as Loaded[K] | undefined;
  useEffect(() => {
    if (cache[chunk]) return;
    let live = true;
    setFailed(false);
    (loaders[chunk]() as Promise<Loaded[K]>).then(
      (m) => {
        cache[chunk] = m;
        if (live) setLoaded((n) => n + 1);
      },
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [chunk]);
  if (ui) return <>{render(ui)}</>;
  return (
    <p class="loading" role="status">
      {failed ? shell.networkError : shell.loading}
    </p>
  );
}

/** The page for the area itself (/talk, /letters, /journal); null for any other area. */
export function talkAreaScreen(id: AreaId): ComponentChildren | null {
  if (id === 'talk') return <Lazy chunk="talks" render={(ui) => <ui.TalkPage />} />;
  if (id === 'letters') return <Lazy chunk="letters" render={(ui) => <ui.LettersPage />} />;
  if (id === 'journal') return <Lazy chunk="journal" render={(ui) => <ui.JournalPage />} />;
  return null;
}

/** Pages below those areas: /talk/:id, /talk/ownership/:id, /letters/:id, /journal/:id and their "new". */
export function talkSubScreen(path: string): { area: AreaId; view: ComponentChildren } | null {
  if (path === '/talk/new')
    return { area: 'talk', view: <Lazy chunk="talks" render={(ui) => <ui.NewTalkPage />} /> };
  if (path === '/talk/ownership/new') {
    return { area: 'talk', view: <Lazy chunk="talks" render={(ui) => <ui.NewStatementPage />} /> };
  }
  const statement = matchPath('/talk/ownership/:id', path);
  if (statement) {
    return {
      area: 'talk',
      view: (
        <Lazy
          chunk="talks"
          render={(ui) => <ui.StatementPage key={statement.id} id={statement.id!} />}
        />
      ),
    };
  }
  const talk = matchPath('/talk/:id', path);
  if (talk)
    return {
      area: 'talk',
      view: (
        <Lazy chunk="talks" render={(ui) => <ui.ConversationPage key={talk.id} id={talk.id!} />} />
      ),
    };
  if (path === '/letters/new')
    return {
      area: 'letters',
      view: <Lazy chunk="letters" render={(ui) => <ui.NewLetterPage />} />,
    };
  const letter = matchPath('/letters/:id', path);
  if (letter)
    return {
      area: 'letters',
      view: (
        <Lazy chunk="letters" render={(ui) => <ui.LetterPage key={letter.id} id={letter.id!} />} />
      ),
    };
  if (path === '/journal/new')
    return {
      area: 'journal',
      view: <Lazy chunk="journal" render={(ui) => <ui.JournalEntryPage id={null} />} />,
    };
  const entry = matchPath('/journal/:id', path);
  if (entry)
    return {
      area: 'journal',
      view: (
        <Lazy
          chunk="journal"
          render={(ui) => <ui.JournalEntryPage key={entry.id} id={entry.id!} />}
        />
      ),
    };
  return null;
}

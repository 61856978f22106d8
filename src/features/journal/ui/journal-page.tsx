import styles from './journal.module.css';
import { useState } from 'preact/hooks';
import {
  emotionLabels,
  journal as words,
  journalPrompts,
  type Emotion,
} from '../../../content/journal.ts';
import { shell } from '../../../content/shell.ts';
import { formatDateTime } from '../../../platform/web/format.ts';
import { paging } from '../../../content/paging.ts';
import { useAction } from '../../../platform/web/use-action.ts';
import { appendNew, usePaged } from '../../../platform/web/use-paged.ts';
import { ShowOlder } from '../../../platform/web/ui/show-older.tsx';
import { Button, LinkButton } from '../../../platform/web/ui/button.tsx';
import { EmptyState } from '../../../platform/web/ui/empty-state.tsx';
import { Field } from '../../../platform/web/ui/field.tsx';
import { Notice } from '../../../platform/web/ui/notice.tsx';
import { PageHeader } from '../../../platform/web/ui/page-header.tsx';
import { journalApi, type JournalEntry } from './journal-api.ts';

const preview = (body: string) => (body.length > 160 ? `${body.slice(0, 160).trimEnd()}…` : body);

function EntryList({ entries }: { entries: JournalEntry[] }) {
  return (
    <ul class="item-list">
      {entries.map((e) => {
        const prompt = journalPrompts.find((p) => p.id === e.promptId);
        return (
          <li key={e.id} class="item">
            <a
              class={`${styles.journalEntryLink} item-text`}
              id={`journal-entry-${e.id}`}
              href={`/journal/${e.id}`}
            >
              <span class="item-title">{formatDateTime(e.createdAt)}</span>
              {prompt ? <span class="item-meta"> · {prompt.text}</span> : null}
              <p class={styles.journalExcerpt}>{preview(e.body)}</p>
              {e.emotions.length ? (
                <p class="item-meta">
                  {e.emotions.map((id) => emotionLabels[id as Emotion] ?? id).join(', ')}
                </p>
              ) : null}
            </a>
          </li>
        );
      })}
    </ul>
  );
}

export function JournalPage() {
  const list = usePaged(journalApi.list, (shown, older) => ({
    entries: appendNew(shown.entries, older.entries),
    next: older.next,
  }));
  const [q, setQ] = useState('');
  const [results, setResults] = useState<JournalEntry[] | null>(null);
  const search = useAction((text: string) => journalApi.search(text));

  const entries = results ?? list.data?.entries;
  return (
    <>
      <PageHeader title={words.title} lead={words.privateNote} />
      <div class="actions">
        <LinkButton href="/journal/new">{words.write}</LinkButton>
      </div>
      {list.error ? <Notice tone="error">{list.error.message}</Notice> : null}
      {list.loading && !list.data ? (
        <p class="loading" role="status">
          {shell.loading}
        </p>
      ) : null}
      {list.data && list.data.entries.length === 0 ? (
        <EmptyState heading={words.emptyHeading} body={[words.emptyBody]} />
      ) : null}
      {list.data && list.data.entries.length > 0 ? (
        <section class="card" aria-labelledby="journal-list-heading">
          <h2 id="journal-list-heading">{words.listHeading}</h2>
          <form
            class={styles.journalSearch}
            role="search"
            onSubmit={async (event) => {
              event.preventDefault();
              if (q.trim() === '') {
                setResults(null);
                return;
              }
              const outcome = await search.run(q.trim());
              if (outcome.ok) setResults(outcome.value.entries);
            }}
          >
            <Field label={words.searchLabel} name="q" value={q} onInput={setQ} />
            <Button type="submit" variant="secondary" busy={search.busy}>
              {words.searchButton}
            </Button>
            {results ? (
              <Button
                variant="quiet"
                onClick={() => {
                  setResults(null);
                  setQ('');
                }}
              >
                {words.searchClear}
              </Button>
            ) : null}
          </form>
          {search.error ? <Notice tone="error">{search.error.message}</Notice> : null}
          {results && results.length === 0 ? <p role="status">{words.noMatches}</p> : null}
          {entries ? <EntryList entries={entries} /> : null}
          {results ? null : (
            <ShowOlder
              older={list.older}
              label={paging.journal.label}
              loaded={paging.journal.loaded}
              countOf={(page) => page.entries.length}
              firstIdOf={(page) => page.entries[0] && `journal-entry-${page.entries[0].id}`}
            />
          )}
        </section>
      ) : null}
    </>
  );
}

import styles from './letters.module.css';
import { letters as words } from '../../../content/letters.ts';
import { shell } from '../../../content/shell.ts';
import { formatDateTime } from '../../../platform/web/format.ts';
import { paging } from '../../../content/paging.ts';
import { appendNew, usePaged } from '../../../platform/web/use-paged.ts';
import { ShowOlder } from '../../../platform/web/ui/show-older.tsx';
import { LinkButton } from '../../../platform/web/ui/button.tsx';
import { Notice } from '../../../platform/web/ui/notice.tsx';
import { PageHeader } from '../../../platform/web/ui/page-header.tsx';
import { lettersApi, type Letter } from './letters-api.ts';

export function letterStatus(letter: Letter): string {
  if (letter.state === 'draft') return words.statusDraft;
  if (letter.state === 'scheduled')
    return words.statusScheduled(formatDateTime(letter.deliverAt ?? ''));
  return words.statusSent(formatDateTime(letter.deliverAt ?? letter.updatedAt));
}

function LetterList({ letters, mine }: { letters: Letter[]; mine: boolean }) {
  return (
    <ul class="item-list">
      {letters.map((l) => (
        <li key={l.id} class="item">
          <a
            class={`${styles.letterLink} item-text`}
            id={`letter-${l.id}`}
            href={`/letters/${l.id}`}
          >
            <span class="item-title">
              {mine ? words.to(l.toName) : words.from(l.fromName)}
              {l.isNew ? <span class="tag">{words.newMark}</span> : null}
            </span>
            <span class="item-meta"> · {letterStatus(l)}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}

export function LettersPage() {
  const list = usePaged(lettersApi.list, (shown, older) => ({
    received: appendNew(shown.received, older.received),
    written: appendNew(shown.written, older.written),
    next: older.next,
  }));
  return (
    <>
      <PageHeader shared title={words.title} lead={words.lead} />
      <div class="actions">
        <LinkButton href="/letters/new">{words.write}</LinkButton>
      </div>
      {list.error ? <Notice tone="error">{list.error.message}</Notice> : null}
      {list.loading && !list.data ? (
        <p class="loading" role="status">
          {shell.loading}
        </p>
      ) : null}
      {list.data ? (
        <>
          <section class="card" aria-labelledby="inbox-heading">
            <h2 id="inbox-heading">{words.inboxHeading}</h2>
            {list.data.received.length ? (
              <LetterList letters={list.data.received} mine={false} />
            ) : (
              <p>{words.inboxEmpty}</p>
            )}
          </section>
          <section class="card" aria-labelledby="mine-heading">
            <h2 id="mine-heading">{words.mineHeading}</h2>
            {list.data.written.length ? (
              <LetterList letters={list.data.written} mine />
            ) : (
              <p>{words.mineEmpty}</p>
            )}
          </section>
          <ShowOlder
            older={list.older}
            label={paging.letters.label}
            loaded={paging.letters.loaded}
            countOf={(page) => page.received.length + page.written.length}
            firstIdOf={(page) => {
              const first = page.received[0] ?? page.written[0];
              return first && `letter-${first.id}`;
            }}
          />
        </>
      ) : null}
    </>
  );
}

import styles from './letters.module.css';
import { useEffect, useState } from 'preact/hooks';
import { letters as words } from '../../../content/letters.ts';
import { shell } from '../../../content/shell.ts';
import { formatDateTime } from '../../../platform/web/format.ts';
import { takeHandoff } from '../../../platform/web/handoff.ts';
import { navigate, useLocation } from '../../../platform/web/navigation.ts';
import { useLoad } from '../../../platform/web/use-action.ts';
import { LinkButton } from '../../../platform/web/ui/button.tsx';
import { DeleteCard } from '../../../platform/web/ui/delete-card.tsx';
import { Notice } from '../../../platform/web/ui/notice.tsx';
import { PageHeader } from '../../../platform/web/ui/page-header.tsx';
import { LetterForm } from './letter-form.tsx';
import { letterStatus } from './letters-page.tsx';
import { lettersApi, type Letter, type LetterWithReplies } from './letters-api.ts';

function doneNotice(letter: LetterWithReplies, when: string): string {
  if (when === 'draft') return words.draftSaved;
  if (when === 'later') return words.scheduled(formatDateTime(letter.deliverAt ?? ''));
  return words.sent;
}

/** A new letter, or a reply (?reply=<id>). A journal excerpt handed over starts the letter. */
export function NewLetterPage() {
  const location = useLocation();
  const replyTo = new URLSearchParams(location.search).get('reply') ?? undefined;
  const [fromJournal] = useState(() => takeHandoff('letter'));
  return (
    <>
      <PageHeader shared title={replyTo ? words.replyTitle : words.newTitle} />
      {fromJournal ? <Notice>{words.fromJournal}</Notice> : null}
      <LetterForm
        replyToId={replyTo}
        initialBody={fromJournal ?? ''}
        onDone={(letter, when) => {
          sessionNotice = doneNotice(letter, when);
          navigate(`/letters/${replyTo ?? letter.id}`);
        }}
      />
      <LinkButton href="/letters" variant="quiet">
        {words.back}
      </LinkButton>
    </>
  );
}

// What just happened, said once on the next screen (memory only).
let sessionNotice: string | null = null;

function LetterText({ letter }: { letter: Letter }) {
  return (
    <>
      <p class="item-meta">
        {letter.isMine ? words.to(letter.toName) : words.from(letter.fromName)} ·{' '}
        {letterStatus(letter)}
      </p>
      <p class={styles.letterBody}>{letter.body}</p>
    </>
  );
}

export function LetterPage({ id }: { id: string }) {
  const loaded = useLoad(() => lettersApi.get(id), [id]);
  const [notice, setNotice] = useState(() => {
    const n = sessionNotice;
    sessionNotice = null;
    return n;
  });
  const letter = loaded.data;
  useEffect(() => {
    if (letter && !letter.isMine && letter.isNew)
      void lettersApi.markRead(letter.id).catch(() => {});
    // Once per letter opened, not again when the same letter is read anew.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [letter?.id]);

  return (
    <>
      <PageHeader
        shared
        title={letter?.isMine === false ? words.from(letter.fromName) : words.title}
      />
      {notice ? <Notice tone="success">{notice}</Notice> : null}
      {loaded.error ? (
        <Notice tone="error">
          {loaded.error.status === 404 ? words.notFound : loaded.error.message}
        </Notice>
      ) : null}
      {loaded.loading && !letter ? (
        <p class="loading" role="status">
          {shell.loading}
        </p>
      ) : null}
      {letter ? (
        <>
          <article
            class="card"
            aria-label={letter.isMine ? words.to(letter.toName) : words.from(letter.fromName)}
          >
            <LetterText letter={letter} />
            {letter.replies.length ? (
              <section aria-labelledby="replies-heading">
                <h2 id="replies-heading">{words.repliesHeading}</h2>
                {letter.replies.map((r) => (
                  <div key={r.id} class={styles.letterReply}>
                    <LetterText letter={r} />
                  </div>
                ))}
              </section>
            ) : null}
            {!letter.isMine ? (
              <div class="actions">
                <LinkButton href={`/letters/new?reply=${letter.id}`}>{words.reply}</LinkButton>
              </div>
            ) : null}
          </article>
          {letter.isMine && letter.state !== 'delivered' ? (
            <>
              <section class="card" aria-labelledby="edit-letter-heading">
                <h2 id="edit-letter-heading">{words.edit}</h2>
                <LetterForm
                  key={`${letter.id}-${letter.updatedAt}`}
                  letter={letter}
                  onDone={(updated, when) => {
                    setNotice(doneNotice(updated, when));
                    loaded.reload();
                  }}
                />
              </section>
              <DeleteCard
                headingId="delete-letter-heading"
                words={words}
                remove={() => lettersApi.remove(letter.id)}
                onDeleted={() => {
                  sessionNotice = words.deleted;
                  navigate('/letters');
                }}
              />
            </>
          ) : null}
        </>
      ) : null}
      <LinkButton href="/letters" variant="quiet">
        {words.back}
      </LinkButton>
    </>
  );
}

import styles from './talks.module.css';
import { ownership as ownershipWords } from '../../../content/ownership.ts';
import { shell } from '../../../content/shell.ts';
import { talk as words, topicById } from '../../../content/talks.ts';
import { formatDateTime } from '../../../platform/web/format.ts';
import { hasHandoff } from '../../../platform/web/handoff.ts';
import { paging } from '../../../content/paging.ts';
import { appendNew, usePaged } from '../../../platform/web/use-paged.ts';
import { ShowOlder } from '../../../platform/web/ui/show-older.tsx';
import { LinkButton } from '../../../platform/web/ui/button.tsx';
import { Notice } from '../../../platform/web/ui/notice.tsx';
import { PageHeader } from '../../../platform/web/ui/page-header.tsx';
import { talksApi, type ConversationSummary } from './talks-api.ts';

export function questionOf(c: { topicId: string | null; ownQuestion: string | null }): string {
  return c.ownQuestion ?? (c.topicId ? (topicById(c.topicId)?.question ?? '') : '');
}

function mark(c: ConversationSummary): string {
  if (c.isEnded) return words.endedMark;
  if (c.isPaused) return words.pausedMark;
  if (c.isMyTurn) return words.yourTurnMark;
  return words.openMark;
}

export function TalkPage() {
  const talks = usePaged(talksApi.list, (shown, older) => ({
    ...shown,
    conversations: appendNew(shown.conversations, older.conversations),
    next: older.next,
  }));
  const statements = usePaged(talksApi.statements, (shown, older) => ({
    statements: appendNew(shown.statements, older.statements),
    next: older.next,
  }));
  return (
    <>
      <PageHeader shared title={words.title} lead={words.lead} />
      {hasHandoff('talk') ? <Notice>{words.journalReady}</Notice> : null}
      <div class="actions">
        <LinkButton href="/talk/new">{words.start}</LinkButton>
      </div>
      <section class="card" aria-labelledby="talks-heading">
        <h2 id="talks-heading">{words.listHeading}</h2>
        {talks.error ? <Notice tone="error">{talks.error.message}</Notice> : null}
        {talks.loading && !talks.data ? (
          <p class="loading" role="status">
            {shell.loading}
          </p>
        ) : null}
        {talks.data && talks.data.conversations.length === 0 ? <p>{words.listEmpty}</p> : null}
        {talks.data && talks.data.conversations.length > 0 ? (
          <ul class="item-list">
            {talks.data.conversations.map((c) => (
              <li key={c.id} class="item">
                <a
                  class={`${styles.talkLink} item-text`}
                  id={`talk-${c.id}`}
                  href={`/talk/${c.id}`}
                >
                  <span class="item-title">{questionOf(c)}</span>
                  <span class="item-meta">
                    {' '}
                    · {formatDateTime(c.createdAt)}
                    <span class="tag">{mark(c)}</span>
                  </span>
                </a>
              </li>
            ))}
          </ul>
        ) : null}
        <ShowOlder
          older={talks.older}
          label={paging.talks.label}
          loaded={paging.talks.loaded}
          countOf={(page) => page.conversations.length}
          firstIdOf={(page) => page.conversations[0] && `talk-${page.conversations[0].id}`}
        />
      </section>
      <section class="card" aria-labelledby="ownership-heading">
        <h2 id="ownership-heading">{ownershipWords.listHeading}</h2>
        <p>{ownershipWords.listLead}</p>
        {statements.error ? <Notice tone="error">{statements.error.message}</Notice> : null}
        {statements.data && statements.data.statements.length === 0 ? (
          <p>{ownershipWords.listEmpty}</p>
        ) : null}
        {statements.data && statements.data.statements.length > 0 ? (
          <ul class="item-list">
            {statements.data.statements.map((s) => (
              <li key={s.id} class="item">
                <a
                  class={`${styles.talkLink} item-text`}
                  id={`statement-${s.id}`}
                  href={`/talk/ownership/${s.id}`}
                >
                  <span class="item-title">
                    {s.isMine ? ownershipWords.fromYou : ownershipWords.fromThem(s.authorName)}
                  </span>
                  <span class="item-meta">
                    {' '}
                    · {ownershipWords.versionLabel(s.latestVersion)} · {formatDateTime(s.createdAt)}
                    {s.awaitsMyAnswer ? <span class="tag">{ownershipWords.awaitsMark}</span> : null}
                  </span>
                </a>
              </li>
            ))}
          </ul>
        ) : null}
        <ShowOlder
          older={statements.older}
          label={paging.ownership.label}
          loaded={paging.ownership.loaded}
          countOf={(page) => page.statements.length}
          firstIdOf={(page) => page.statements[0] && `statement-${page.statements[0].id}`}
        />
        <div class="actions">
          <LinkButton href="/talk/ownership/new" variant="secondary">
            {ownershipWords.write}
          </LinkButton>
        </div>
      </section>
    </>
  );
}

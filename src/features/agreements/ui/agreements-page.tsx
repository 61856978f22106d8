import { useState } from 'preact/hooks';
import {
  agreementForm,
  agreementsPage as words,
  statusWords,
} from '../../../content/agreements.ts';
import { shell } from '../../../content/shell.ts';
import { navigate } from '../../../platform/web/navigation.ts';
import { useAction, useLoad } from '../../../platform/web/use-action.ts';
import { Button } from '../../../platform/web/ui/button.tsx';
import { EmptyState } from '../../../platform/web/ui/empty-state.tsx';
import { Notice } from '../../../platform/web/ui/notice.tsx';
import { PageHeader } from '../../../platform/web/ui/page-header.tsx';
import { AgreementForm } from './agreement-form.tsx';
import { agreementsApi, type AgreementSummary, type AgreementWords } from './agreements-api.ts';
import { formatDay as formatAnyDay } from '../../../platform/time/days.ts';
import styles from './agreements.module.css';

const formatDay = (day: string) => formatAnyDay(day, 'long');

type Group = keyof typeof words.groups;

function groupOf(a: AgreementSummary): Group {
  if (a.status === 'retired' || a.status === 'declined') return 'closed';
  if (a.status === 'active') return 'active';
  if (a.status === 'revisiting') return 'revisiting';
  return 'waiting';
}

function AgreementItem({ a }: { a: AgreementSummary }) {
  const meta = a.isHistory
    ? words.history
    : a.reviewDue
      ? words.reviewDue
      : a.waitingForMe
        ? words.waitingForYou
        : a.status === 'proposed'
          ? words.waitingForPartner
          : a.status === 'active' || a.status === 'revisiting'
            ? words.reviewOn(formatDay(a.reviewOn))
            : null;
  return (
    <li class="item">
      <div class="item-text">
        <p class="item-title">
          <a href={`/agreements/${a.id}`}>{a.title}</a>
          <span class={`tag ${styles.agreementStatus}`} data-status={a.status}>
            {statusWords[a.status]}
          </span>
        </p>
        {meta ? (
          <p
            class={`item-meta${a.reviewDue || a.waitingForMe ? ` ${styles.agreementAttention}` : ''}`}
          >
            {meta}
          </p>
        ) : null}
      </div>
    </li>
  );
}

export function AgreementsPage() {
  const list = useLoad(() => agreementsApi.list());
  const [proposing, setProposing] = useState(false);
  const propose = useAction((w: AgreementWords) => agreementsApi.propose(w));
  const agreements = list.data?.agreements ?? [];
  const groups = (['waiting', 'active', 'revisiting', 'closed'] as Group[])
    .map((g) => ({ g, items: agreements.filter((a) => groupOf(a) === g) }))
    .filter(({ items }) => items.length > 0);

  return (
    <>
      <PageHeader shared title={words.heading} lead={words.lead} />
      {proposing ? (
        <section class="card">
          <AgreementForm
            heading={agreementForm.newTitle}
            submitLabel={agreementForm.send}
            busy={propose.busy}
            error={propose.error}
            onCancel={() => {
              setProposing(false);
              propose.clear();
            }}
            onSubmit={async (w) => {
              const outcome = await propose.run(w);
              if (outcome.ok) navigate(`/agreements/${outcome.value.id}`);
            }}
          />
          {propose.error?.code === 'no_space' ? <Notice>{words.noSpace}</Notice> : null}
        </section>
      ) : (
        <div class="actions">
          <Button onClick={() => setProposing(true)}>{words.propose}</Button>
        </div>
      )}
      {list.error ? <Notice tone="error">{list.error.message}</Notice> : null}
      {list.loading && !list.data ? (
        <p class="loading" role="status">
          {shell.loading}
        </p>
      ) : null}
      {list.data && agreements.length === 0 && !proposing ? (
        <EmptyState heading={words.emptyHeading} body={words.emptyBody} />
      ) : null}
      {groups.map(({ g, items }) => (
        <section key={g} class="card" aria-labelledby={`agreements-${g}`}>
          <h2 id={`agreements-${g}`}>{words.groups[g]}</h2>
          <ul class="item-list">
            {items.map((a) => (
              <AgreementItem key={a.id} a={a} />
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

import { useEffect, useRef, useState } from 'preact/hooks';
import {
  agreementDetail as words,
  agreementForm,
  agreementsPage,
  guardNote,
  statusWords,
} from '../../../content/agreements.ts';
import { shell } from '../../../content/shell.ts';
import type { ApiError } from '../../../platform/web/api.ts';
import { formatDateTime } from '../../../platform/web/format.ts';
import { useAction, useLoad } from '../../../platform/web/use-action.ts';
import { Button } from '../../../platform/web/ui/button.tsx';
import { Confirm } from '../../../platform/web/ui/confirm.tsx';
import { Notice } from '../../../platform/web/ui/notice.tsx';
import { PageHeader } from '../../../platform/web/ui/page-header.tsx';
import { TextArea } from '../../../platform/web/ui/text-area.tsx';
import type { ActionInput, AgreementVersion } from '../agreements.schema.ts';
import { findConcerns } from '../guard-rails.ts';
import { diffWords, hasChanges, withGaps } from '../../../platform/text/word-diff.ts';
import { AgreementForm } from './agreement-form.tsx';
import { agreementsApi, type AgreementDetail, type AgreementWords } from './agreements-api.ts';
import { formatDay as formatAnyDay } from '../../../platform/time/days.ts';
import styles from './agreements.module.css';

const formatDay = (day: string) => formatAnyDay(day, 'long');

function VersionCard({ version, heading }: { version: AgreementVersion; heading: string }) {
  return (
    <section class="card agreement-words" aria-labelledby={`version-${version.number}`}>
      <h2 id={`version-${version.number}`}>
        {heading}{' '}
        <span class={`muted ${styles.agreementVersion}`}>{words.version(version.number)}</span>
      </h2>
      <dl class="details">
        <dt>{words.dailyLife}</dt>
        <dd class={styles.agreementText}>{version.dailyLife}</dd>
        {version.whySafe ? (
          <>
            <dt>{words.whySafe}</dt>
            <dd class={styles.agreementText}>{version.whySafe}</dd>
          </>
        ) : null}
        <dt>{words.reviewOn}</dt>
        <dd>{formatDay(version.reviewOn)}</dd>
      </dl>
    </section>
  );
}

function yesLine(a: AgreementDetail): string {
  const y = a.latestYes;
  if (y.me && y.partner) return words.yes.both;
  if (y.me) return words.yes.me;
  if (y.partner) return words.yes.partner;
  return words.yes.none;
}

function Diff({ before, after }: { before: string; after: string }) {
  return (
    <p class={`${styles.agreementText} ${styles.agreementDiff}`}>
      {withGaps(diffWords(before, after)).map((part, i) =>
        part.kind === 'same' || part.kind === 'gap' ? (
          <span key={i}>{part.text}</span>
        ) : part.kind === 'added' ? (
          <ins key={i}>
            <span class="visually-hidden">{`[${words.added}: `}</span>
            {part.text}
            <span class="visually-hidden">]</span>
          </ins>
        ) : (
          <del key={i}>
            <span class="visually-hidden">{`[${words.removed}: `}</span>
            {part.text}
            <span class="visually-hidden">]</span>
          </del>
        ),
      )}
    </p>
  );
}

function VersionChanges({ before, after }: { before: AgreementVersion; after: AgreementVersion }) {
  const fields = (['title', 'dailyLife', 'whySafe'] as const).filter((f) =>
    hasChanges(diffWords(before[f], after[f])),
  );
  return (
    <div class={styles.versionChanges}>
      <h3>{words.whatChanged(after.number)}</h3>
      {fields.length === 0 ? <p class="muted">{words.noChangeInWords}</p> : null}
      {fields.map((f) => (
        <div key={f}>
          <p class={styles.agreementDiffLabel}>{words.fields[f]}</p>
          <Diff before={before[f]} after={after[f]} />
        </div>
      ))}
      {before.reviewOn !== after.reviewOn ? (
        <p>
          <span class={styles.agreementDiffLabel}>{words.fields.reviewOn}: </span>
          <del>{formatDay(before.reviewOn)}</del> <ins>{formatDay(after.reviewOn)}</ins>
        </p>
      ) : null}
    </div>
  );
}

function History({ a }: { a: AgreementDetail }) {
  return (
    <section class="card" aria-labelledby="history-heading">
      <h2 id="history-heading">{words.historyHeading}</h2>
      <p class="muted">{words.historyLead}</p>
      <ol class={styles.agreementHistory}>
        {a.steps.map((s) => {
          const version = a.versions.find((v) => v.number === s.version);
          const previous = a.versions.find((v) => v.number === s.version - 1);
          return (
            <li key={s.seq}>
              <p>
                <strong>{s.byMe ? words.who.me : words.who.partner}</strong>{' '}
                {words.step[s.kind](s.version)}
                <span class="muted"> · {formatDateTime(s.at)}</span>
              </p>
              {s.note ? <blockquote class={styles.agreementNote}>{s.note}</blockquote> : null}
              {s.kind === 'proposed' && version && previous ? (
                <VersionChanges before={previous} after={version} />
              ) : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

type Open = null | 'decline' | 'revisit' | 'withdraw' | 'retire' | 'change' | 'renew';

function Answer({
  a,
  onDone,
}: {
  a: AgreementDetail;
  onDone: (next: AgreementDetail, message: string) => void;
}) {
  const [open, setOpen] = useState<Open>(null);
  const [note, setNote] = useState('');
  const act = useAction((body: ActionInput) => agreementsApi.act(a.id, body));
  const change = useAction((w: AgreementWords) => agreementsApi.change(a.id, w, a.latestVersion));
  const latest = a.versions.find((v) => v.number === a.latestVersion)!;
  const agreed = a.versions.find((v) => v.number === a.agreedVersion);
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (open)
      panel.current
        ?.querySelector<HTMLElement>('.confirm textarea, .confirm [tabindex="-1"], input')
        ?.focus();
  }, [open]);

  const run = async (body: ActionInput, message: string) => {
    const outcome = await act.run(body);
    if (outcome.ok) {
      setOpen(null);
      setNote('');
      onDone(
        outcome.value,
        outcome.value.status === 'active' && a.status !== 'active' ? words.done.active : message,
      );
    } else if (outcome.error?.code === 'stale_version')
      onDone(await agreementsApi.get(a.id), words.stale);
  };

  if (a.isHistory) return null;
  if (open === 'change' || open === 'renew') {
    const base = open === 'renew' && agreed ? agreed : latest;
    return (
      <section class="card" ref={panel}>
        <AgreementForm
          heading={open === 'renew' ? words.keepWithNewDate : agreementForm.changeTitle}
          submitLabel={agreementForm.sendChange}
          initial={{
            title: base.title,
            dailyLife: base.dailyLife,
            whySafe: base.whySafe,
            reviewOn: base.reviewOn,
          }}
          busy={change.busy}
          error={change.error}
          onCancel={() => setOpen(null)}
          onSubmit={async (w) => {
            const outcome = await change.run(w);
            if (outcome.ok) {
              setOpen(null);
              onDone(outcome.value, words.done.change);
            } else if (outcome.error?.code === 'stale_version') {
              setOpen(null);
              onDone(await agreementsApi.get(a.id), words.stale);
            }
          }}
        />
      </section>
    );
  }

  const noteStep = (kind: 'decline' | 'revisit') => (
    <Confirm
      title={kind === 'decline' ? words.actions.decline : words.actions.revisit}
      yes={kind === 'decline' ? words.actions.declineSend : words.actions.revisitSend}
      busy={act.busy}
      busyLabel={words.actions.busy}
      onYes={() =>
        run(
          {
            action: kind,
            version: a.latestVersion,
            ...(note.trim() ? { note: note.trim() } : {}),
          },
          words.done[kind],
        )
      }
      no={words.actions.cancel}
      noVariant="quiet"
      onNo={() => setOpen(null)}
    >
      <TextArea
        label={kind === 'decline' ? words.actions.declineNote : words.actions.revisitNote}
        name="note"
        value={note}
        onInput={setNote}
        error={act.error?.fields.note}
      />
    </Confirm>
  );

  const { can } = a;
  return (
    <section class="card" aria-labelledby="answer-heading" ref={panel}>
      <h2 id="answer-heading">{words.actions.heading}</h2>
      {act.error && act.error.code !== 'stale_version' ? (
        <Notice tone="error">{act.error.message}</Notice>
      ) : null}
      {open === 'decline' || open === 'revisit' ? noteStep(open) : null}
      {open === 'withdraw' ? (
        <Confirm
          title={words.actions.withdraw}
          showTitle
          yes={words.actions.withdrawConfirm}
          yesVariant="danger"
          busy={act.busy}
          busyLabel={words.actions.busy}
          onYes={() => run({ action: 'withdraw', version: can.withdraw! }, words.done.withdraw)}
          no={words.actions.cancel}
          noVariant="quiet"
          onNo={() => setOpen(null)}
        >
          <p>{words.actions.withdrawHint}</p>
        </Confirm>
      ) : null}
      {open === 'retire' ? (
        <Confirm
          title={a.agreedVersion === null ? words.actions.setAside : words.actions.retire}
          showTitle
          yes={
            a.agreedVersion === null
              ? words.actions.setAsideConfirm
              : a.retireAsked.partner
                ? words.actions.retireAgree
                : words.actions.retireConfirm
          }
          busy={act.busy}
          busyLabel={words.actions.busy}
          onYes={() => run({ action: 'retire', version: a.latestVersion }, words.done.retire)}
          no={words.actions.cancel}
          noVariant="quiet"
          onNo={() => setOpen(null)}
        >
          <p>{a.agreedVersion === null ? words.actions.setAsideHint : words.actions.retireHint}</p>
        </Confirm>
      ) : null}
      {open === null ? (
        <div class="actions">
          {can.accept ? (
            <Button
              busy={act.busy}
              busyLabel={words.actions.busy}
              onClick={() => run({ action: 'accept', version: a.latestVersion }, words.done.accept)}
            >
              {words.actions.accept}
            </Button>
          ) : null}
          {a.reviewDue && can.proposeChange ? (
            <Button onClick={() => setOpen('renew')}>{words.keepWithNewDate}</Button>
          ) : null}
          {can.proposeChange ? (
            <Button variant="secondary" onClick={() => setOpen('change')}>
              {words.actions.proposeChange}
            </Button>
          ) : null}
          {can.decline ? (
            <Button variant="secondary" onClick={() => setOpen('decline')}>
              {words.actions.decline}
            </Button>
          ) : null}
          {can.revisit ? (
            <Button variant="secondary" onClick={() => setOpen('revisit')}>
              {words.actions.revisit}
            </Button>
          ) : null}
          {can.retire ? (
            <Button variant="secondary" onClick={() => setOpen('retire')}>
              {a.agreedVersion === null
                ? words.actions.setAside
                : a.retireAsked.partner
                  ? words.actions.retireAgree
                  : words.actions.retire}
            </Button>
          ) : null}
          {can.withdraw !== null ? (
            <Button variant="quiet" onClick={() => setOpen('withdraw')}>
              {words.actions.withdraw}
            </Button>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}

function Status({ a }: { a: AgreementDetail }) {
  const lines: string[] = [];
  if (a.status !== 'retired') lines.push(yesLine(a));
  if (a.status === 'revisiting') {
    if (a.revisitAskedBy) lines.push(words.revisitAsked[a.revisitAskedBy]);
    lines.push(a.inForce ? words.inForceWhileTalking : words.notInForce, words.revisitHint);
  }
  if (a.retireAsked.me !== a.retireAsked.partner && a.status !== 'retired')
    lines.push(words.retireAsked[a.retireAsked.me ? 'me' : 'partner']);
  if (a.declinedBy) lines.push(words.declined[a.declinedBy]);
  return (
    <div class={styles.agreementStatusBlock}>
      <p>
        <span class={`tag ${styles.agreementStatus}`} data-status={a.status}>
          {statusWords[a.status]}
        </span>
      </p>
      {lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
    </div>
  );
}

function Detail({ initial }: { initial: AgreementDetail }) {
  const [a, setA] = useState(initial);
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => setA(initial), [initial]);
  const latest = a.versions.find((v) => v.number === a.latestVersion)!;
  const agreed = a.versions.find((v) => v.number === a.agreedVersion);
  const readerConcerns = latest.byMe ? [] : findConcerns(latest);
  return (
    <>
      <PageHeader shared title={(agreed && a.inForce ? agreed : latest).title} />
      <p>
        <a href="/agreements">{words.back}</a>
      </p>
      {message ? (
        <Notice tone={message === words.stale ? 'info' : 'success'}>{message}</Notice>
      ) : null}
      {a.isHistory ? <Notice>{agreementsPage.history}</Notice> : null}
      <Status a={a} />
      {a.reviewDue ? <Notice>{words.reviewDue}</Notice> : null}
      {readerConcerns.length > 0 && a.status !== 'retired' ? (
        <Notice>
          <strong>{guardNote.readerHeading} </strong>
          {guardNote.forReader}
        </Notice>
      ) : null}
      {agreed && a.agreedVersion !== a.latestVersion && a.status !== 'retired' ? (
        <VersionCard version={agreed} heading={words.agreed} />
      ) : null}
      <VersionCard
        version={latest}
        heading={a.agreedVersion === a.latestVersion ? words.agreed : words.current}
      />
      <Answer
        a={a}
        onDone={(next, text) => {
          setA(next);
          setMessage(text);
        }}
      />
      <History a={a} />
    </>
  );
}

export function AgreementPage({ id }: { id: string }) {
  const load = useLoad(() => agreementsApi.get(id), [id]);
  const error: ApiError | null = load.error;
  if (error) {
    return (
      <>
        <PageHeader title={error.status === 404 ? words.notFound : shell.genericError} />
        <p>
          <a href="/agreements">{words.back}</a>
        </p>
      </>
    );
  }
  if (!load.data) {
    return (
      <p class="loading" role="status">
        {shell.loading}
      </p>
    );
  }
  return <Detail initial={load.data} />;
}

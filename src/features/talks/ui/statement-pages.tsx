import styles from './talks.module.css';
import { useState } from 'preact/hooks';
import { ownership as words } from '../../../content/ownership.ts';
import { shell } from '../../../content/shell.ts';
import { formatDateTime } from '../../../platform/web/format.ts';
import { navigate } from '../../../platform/web/navigation.ts';
import { useAction, useLoad } from '../../../platform/web/use-action.ts';
import { Button, LinkButton } from '../../../platform/web/ui/button.tsx';
import { Form } from '../../../platform/web/ui/form.tsx';
import { Notice } from '../../../platform/web/ui/notice.tsx';
import { PageHeader } from '../../../platform/web/ui/page-header.tsx';
import { TextArea } from '../../../platform/web/ui/text-area.tsx';
import { OwnershipForm } from './ownership-form.tsx';
import { talksApi, type Statement, type StatementInput } from './talks-api.ts';

let doneNotice: string | null = null;

export function NewStatementPage() {
  const send = useAction((input: StatementInput) => talksApi.sendStatement(input));
  return (
    <>
      <PageHeader shared title={words.newTitle} lead={words.newLead} />
      <OwnershipForm
        busy={send.busy}
        error={send.error}
        onSend={async (input) => {
          const outcome = await send.run(input);
          if (outcome.ok) {
            doneNotice = words.sent;
            navigate(`/talk/ownership/${outcome.value.id}`);
          }
        }}
      />
      <LinkButton href="/talk" variant="quiet">
        {words.back}
      </LinkButton>
    </>
  );
}

type Version = Statement['versions'][number];

function VersionView({ s, v }: { s: Statement; v: Version }) {
  return (
    <article class={`card ${styles.statementVersion}`} aria-labelledby={`version-${v.number}`}>
      <h2 id={`version-${v.number}`}>
        {words.versionLabel(v.number)}{' '}
        <span class="item-meta">· {formatDateTime(v.createdAt)}</span>
      </h2>
      <p class={styles.statementPart}>{words.whatIDidLabel}</p>
      <p class={styles.statementText}>{v.whatIDid}</p>
      <p class={styles.statementPart}>{words.howItHurtLabel}</p>
      <p class={styles.statementText}>{v.howItHurt}</p>
      <p class={styles.statementPart}>{words.whatIWillDoLabel}</p>
      <p class={styles.statementText}>{v.whatIWillDo}</p>
      {v.answer ? (
        <section
          class={styles.statementAnswer}
          aria-label={s.isMine ? words.answerFrom(s.recipientName) : words.yourAnswer}
        >
          <p class={styles.statementPart}>
            {s.isMine ? words.answerFrom(s.recipientName) : words.yourAnswer}
          </p>
          {v.answer.landed ? (
            <>
              <p class={styles.statementPart}>{words.landedLabel}</p>
              <p class={styles.statementText}>{v.answer.landed}</p>
            </>
          ) : null}
          {v.answer.missing ? (
            <>
              <p class={styles.statementPart}>{words.missingLabel}</p>
              <p class={styles.statementText}>{v.answer.missing}</p>
            </>
          ) : null}
        </section>
      ) : s.isMine ? (
        <p class="muted">{words.waitingAnswer}</p>
      ) : null}
    </article>
  );
}

function AnswerForm({
  s,
  version,
  onDone,
}: {
  s: Statement;
  version: Version;
  onDone: (next: Statement) => void;
}) {
  const [landed, setLanded] = useState('');
  const [missing, setMissing] = useState('');
  const answer = useAction(() => talksApi.answer(s.id, version.id, landed, missing));
  return (
    <section class="card" aria-labelledby="answer-heading">
      <h2 id="answer-heading">{words.answerHeading}</h2>
      <p>{words.answerLead}</p>
      <Form
        error={answer.error && !answer.error.fields.landed ? answer.error.message : null}
        onSubmit={async () => {
          const outcome = await answer.run();
          if (outcome.ok) onDone(outcome.value);
        }}
      >
        <TextArea
          label={words.landedLabel}
          name="landed"
          value={landed}
          onInput={setLanded}
          rows={4}
          error={answer.error?.fields.landed}
        />
        <TextArea
          label={words.missingLabel}
          name="missing"
          value={missing}
          onInput={setMissing}
          rows={4}
        />
        <div class="actions">
          <Button type="submit" busy={answer.busy}>
            {words.answer}
          </Button>
        </div>
      </Form>
    </section>
  );
}

export function StatementPage({ id }: { id: string }) {
  const loaded = useLoad(() => talksApi.statement(id), [id]);
  const [current, setCurrent] = useState<Statement | null>(null);
  const [writing, setWriting] = useState(false);
  const [notice, setNotice] = useState<string | null>(() => {
    const n = doneNotice;
    doneNotice = null;
    return n;
  });
  const again = useAction((input: StatementInput) => talksApi.newVersion(id, input));
  const s = current ?? loaded.data;
  const latest = s?.versions.at(-1);

  return (
    <>
      <PageHeader
        shared
        title={s && !s.isMine ? words.theirStatement(s.authorName) : words.yourStatement}
      />
      {notice ? <Notice tone="success">{notice}</Notice> : null}
      {loaded.error ? (
        <Notice tone="error">
          {loaded.error.status === 404 ? words.notFound : loaded.error.message}
        </Notice>
      ) : null}
      {loaded.loading && !s ? (
        <p class="loading" role="status">
          {shell.loading}
        </p>
      ) : null}
      {s && latest ? <VersionView s={s} v={latest} /> : null}
      {s && latest && !s.isMine && !latest.answer ? (
        <AnswerForm
          s={s}
          version={latest}
          onDone={(next) => {
            setCurrent(next);
            setNotice(words.answered);
          }}
        />
      ) : null}
      {s
        ? [...s.versions]
            .reverse()
            .slice(1)
            .map((v) => <VersionView key={v.id} s={s} v={v} />)
        : null}
      {s?.isMine && latest ? (
        writing ? (
          <section class="card" aria-labelledby="new-version-heading">
            <h2 id="new-version-heading">{words.newVersion}</h2>
            <p>{words.newVersionLead}</p>
            <OwnershipForm
              initial={{
                whatIDid: latest.whatIDid,
                howItHurt: latest.howItHurt,
                whatIWillDo: latest.whatIWillDo,
              }}
              busy={again.busy}
              error={again.error}
              onSend={async (input) => {
                const outcome = await again.run(input);
                if (outcome.ok) {
                  setCurrent(outcome.value);
                  setWriting(false);
                  setNotice(words.sent);
                }
              }}
            />
          </section>
        ) : (
          <div class="actions">
            <Button variant="secondary" onClick={() => setWriting(true)}>
              {words.newVersion}
            </Button>
          </div>
        )
      ) : null}
      <LinkButton href="/talk" variant="quiet">
        {words.back}
      </LinkButton>
    </>
  );
}

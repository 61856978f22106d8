import styles from './questions.module.css';
import { useEffect, useState } from 'preact/hooks';
import { questionWords as words } from '../../../content/questions/index.ts';
import { paging } from '../../../content/paging.ts';
import { shell } from '../../../content/shell.ts';
import { formatDay } from '../../../platform/time/days.ts';
import { useAction, useLoad } from '../../../platform/web/use-action.ts';
import { appendNew, usePaged } from '../../../platform/web/use-paged.ts';
import { Button } from '../../../platform/web/ui/button.tsx';
import { Confirm } from '../../../platform/web/ui/confirm.tsx';
import { Form } from '../../../platform/web/ui/form.tsx';
import { Notice } from '../../../platform/web/ui/notice.tsx';
import { PageHeader } from '../../../platform/web/ui/page-header.tsx';
import { ShowOlder } from '../../../platform/web/ui/show-older.tsx';
import { TextArea } from '../../../platform/web/ui/text-area.tsx';
import { questionsApi, type QuestionToday } from './questions-api.ts';
import { useQuestionLive } from './use-question-live.ts';
import { ANSWER_MAX } from '../limits.ts';

function AnswerForm({
  today,
  onSaved,
  onCancel,
}: {
  today: QuestionToday;
  onSaved: (view: QuestionToday, what: 'answered' | 'skipped') => void;
  onCancel: (() => void) | null;
}) {
  const [text, setText] = useState(today.mine?.answer ?? '');
  const [invalid, setInvalid] = useState(0);
  const [asking, setAsking] = useState(false);
  const save = useAction(() => questionsApi.answer({ answer: text }));
  const skip = useAction(() => questionsApi.answer({ skip: true }));
  const errors = save.error?.fields ?? {};
  const letGo = async () => {
    const result = await skip.run();
    setAsking(false);
    if (result.ok) onSaved(result.value, 'skipped');
  };
  // Letting it go loses nothing unless an answer is kept: only then ask first.
  const hasAnswer = Boolean(today.mine?.answer);
  return (
    <Form
      error={save.error && !errors.answer ? save.error.message : null}
      invalidToken={invalid}
      onSubmit={async () => {
        const result = await save.run();
        if (result.ok) onSaved(result.value, 'answered');
        else if (result.error && Object.keys(result.error.fields).length) setInvalid((n) => n + 1);
      }}
    >
      <TextArea
        label={words.answerLabel}
        hint={today.together ? words.answerHint : undefined}
        name="answer"
        value={text}
        onInput={setText}
        error={errors.answer}
        maxLength={ANSWER_MAX}
        rows={4}
      />
      {skip.error ? <Notice tone="error">{skip.error.message}</Notice> : null}
      {asking ? (
        <Confirm
          title={words.skip}
          yes={words.skip}
          onYes={letGo}
          busy={skip.busy}
          busyLabel={words.skipping}
          no={words.cancel}
          onNo={() => setAsking(false)}
        >
          <p>{words.skipLosesAnswer}</p>
        </Confirm>
      ) : (
        <div class="actions">
          <Button type="submit" busy={save.busy} busyLabel={words.saving}>
            {words.save}
          </Button>
          <Button
            variant="secondary"
            busy={skip.busy}
            busyLabel={words.skipping}
            onClick={() => (hasAnswer ? setAsking(true) : void letGo())}
          >
            {words.skip}
          </Button>
          {onCancel ? (
            <Button variant="quiet" onClick={onCancel}>
              {words.cancel}
            </Button>
          ) : null}
        </div>
      )}
    </Form>
  );
}

function TodayCard({ today, onChange }: { today: QuestionToday; onChange: () => void }) {
  const [editing, setEditing] = useState(false);
  const [said, setSaid] = useState<string | null>(null);
  // A new day (or a reload) starts from what is kept.
  useEffect(() => setEditing(false), [today.day]);
  const mine = today.mine;
  const showForm = editing || !mine;
  const partner = today.partner;
  return (
    <section class="card" aria-labelledby="question-today-heading">
      <h2 id="question-today-heading">{words.todayHeading}</h2>
      {today.ownReason ? (
        <Notice tone="info">
          <p>{words.ownReason[today.ownReason]}</p>
        </Notice>
      ) : null}
      <p class="muted">{today.framing}</p>
      <p class={styles.questionText} data-testid="question-text">
        {today.question.text}
      </p>
      {showForm ? (
        <AnswerForm
          today={today}
          onCancel={mine ? () => setEditing(false) : null}
          onSaved={(_view, what) => {
            setEditing(false);
            setSaid(what === 'answered' ? words.saved : null);
            onChange();
          }}
        />
      ) : mine.answer === null ? (
        <>
          <p>{words.skipped}</p>
          <div class="actions">
            <Button variant="secondary" onClick={() => setEditing(true)}>
              {words.answerAfterAll}
            </Button>
          </div>
        </>
      ) : (
        <>
          <h3>{words.mineHeading}</h3>
          <p class={styles.questionAnswer} data-testid="question-answer">
            {mine.answer}
          </p>
          {mine.settled ? (
            <p class="muted">{words.settled}</p>
          ) : (
            <div class="actions">
              <Button variant="secondary" onClick={() => setEditing(true)}>
                {words.change}
              </Button>
            </div>
          )}
        </>
      )}
      <div role="status">{said && !showForm ? <p>{said}</p> : null}</div>
      {partner ? (
        <div aria-live="polite">
          {partner.answer !== null ? (
            <>
              <h3>{words.partnerHeading(partner.name)}</h3>
              <p class={styles.questionAnswer} data-testid="question-answer">
                {partner.answer}
              </p>
            </>
          ) : partner.answered ? (
            <p>{words.partnerAnswered(partner.name)}</p>
          ) : mine?.answer ? (
            <p class="muted">{words.waitingForPartner}</p>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}

function History({ reloadToken }: { reloadToken: number }) {
  const list = usePaged(
    questionsApi.history,
    (shown, older) => ({ ...shown, days: appendNew(shown.days, older.days), next: older.next }),
    [reloadToken],
  );
  const data = list.data;
  const partnerName = data?.partnerName ?? words.partnerFallback;
  return (
    <section class={`card ${styles.questionHistory}`} aria-labelledby="question-history-heading">
      <h2 id="question-history-heading">{words.historyHeading}</h2>
      {list.error ? <Notice tone="error">{list.error.message}</Notice> : null}
      {!data ? (
        list.error ? null : (
          <p class="loading" role="status">
            {shell.loading}
          </p>
        )
      ) : data.days.length === 0 ? (
        <p>{words.historyEmpty}</p>
      ) : (
        <>
          <ul class="item-list">
            {data.days.map((d) => (
              <li key={d.id} id={`question-day-${d.id}`} tabIndex={-1} class="item">
                <span class="item-meta">{words.historyDay(formatDay(d.day, 'long'))}</span>
                <span class="item-title">{d.question}</span>
                <dl>
                  <dt>{words.mineHeading}</dt>
                  <dd>{d.mine}</dd>
                  <dt>{words.partnerHeading(partnerName)}</dt>
                  <dd>{d.partner}</dd>
                </dl>
              </li>
            ))}
          </ul>
          <ShowOlder
            older={list.older}
            label={paging.questions.label}
            loaded={paging.questions.loaded}
            countOf={(page) => page.days.length}
            firstIdOf={(page) => page.days[0] && `question-day-${page.days[0].id}`}
          />
        </>
      )}
    </section>
  );
}

export function QuestionsPage() {
  const load = useLoad(questionsApi.today);
  const [historyToken, setHistoryToken] = useState(0);
  const refresh = () => {
    load.reload();
    setHistoryToken((n) => n + 1);
  };
  useQuestionLive(refresh);
  const today = load.data;
  return (
    <>
      <PageHeader shared title={words.title} lead={words.lead} />
      {load.error ? <Notice tone="error">{load.error.message}</Notice> : null}
      {!today ? (
        load.error ? null : (
          <p class="loading" role="status">
            {shell.loading}
          </p>
        )
      ) : (
        <TodayCard today={today} onChange={refresh} />
      )}
      <History reloadToken={historyToken} />
    </>
  );
}

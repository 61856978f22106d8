import styles from './checkins.module.css';
import { Fragment } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import {
  checkinDay,
  weekdayNames,
  weekly as words,
  weeklyPrompts,
} from '../../../content/checkins.ts';
import { shell } from '../../../content/shell.ts';
import { formatDay } from '../../../platform/time/days.ts';
import { useAction, useLoad } from '../../../platform/web/use-action.ts';
import { Button } from '../../../platform/web/ui/button.tsx';
import { Field } from '../../../platform/web/ui/field.tsx';
import { Form } from '../../../platform/web/ui/form.tsx';
import { Notice } from '../../../platform/web/ui/notice.tsx';
import { TextArea } from '../../../platform/web/ui/text-area.tsx';
import { checkinsApi, type WeeklyItem, type WeeklyView } from './checkins-api.ts';
import { WEEKLY_ANSWER_MAX } from '../limits.ts';

type Week = WeeklyView['current'];
type Answers = NonNullable<Week['mine']>;
const emptyAnswers = (): Record<WeeklyItem, string> => ({
  appreciated: '',
  hard: '',
  need: '',
  agreements: '',
  together: '',
});

function DaySetting({ view, onSaved }: { view: WeeklyView; onSaved: () => void }) {
  const [weekday, setWeekday] = useState(view.setting.weekday);
  const [version, setVersion] = useState(view.setting.version);
  const [message, setMessage] = useState<{ tone: 'success' | 'info'; text: string } | null>(null);
  const save = useAction(checkinsApi.setDay);
  useEffect(() => {
    setWeekday(view.setting.weekday);
    setVersion(view.setting.version);
  }, [view.setting.weekday, view.setting.version]);

  async function submit() {
    setMessage(null);
    const outcome = await save.run(weekday, version);
    if (outcome.ok) {
      setVersion(outcome.value.version);
      setMessage({ tone: 'success', text: checkinDay.saved });
      onSaved();
    } else if (outcome.error?.code === 'stale_version') {
      const current = Number(outcome.error.fields.weekday);
      setVersion(Number(outcome.error.fields.version));
      if (Number.isInteger(current)) setWeekday(current);
      setMessage({ tone: 'info', text: checkinDay.stale });
      save.clear();
      onSaved();
    }
  }

  return (
    <section class="card" aria-labelledby="checkin-day-heading">
      <h2 id="checkin-day-heading">{checkinDay.heading}</h2>
      <p class="muted">{checkinDay.lead}</p>
      <Form onSubmit={submit} error={save.error?.message} label={checkinDay.heading}>
        <div class="field">
          <label class="field-label" for="checkin-weekday">
            {checkinDay.label}
          </label>
          <div class="field-control">
            <select
              id="checkin-weekday"
              class={styles.select}
              value={String(weekday)}
              onChange={(e) => setWeekday(Number(e.currentTarget.value))}
            >
              {weekdayNames.map((name, i) => (
                <option key={name} value={String(i)}>
                  {name}
                </option>
              ))}
            </select>
          </div>
        </div>
        {message ? <Notice tone={message.tone}>{message.text}</Notice> : null}
        <div class="actions">
          <Button type="submit" variant="secondary" busy={save.busy} busyLabel={checkinDay.busy}>
            {checkinDay.save}
          </Button>
        </div>
      </Form>
    </section>
  );
}

function AnswerForm({ week, onSaved }: { week: Week; onSaved: (view: WeeklyView) => void }) {
  const [draft, setDraft] = useState<Record<WeeklyItem, string>>(() =>
    week.mine ? pick(week.mine) : emptyAnswers(),
  );
  const [missing, setMissing] = useState<string | undefined>(undefined);
  const [token, setToken] = useState(0);
  const save = useAction(checkinsApi.saveWeekly);

  async function submit() {
    if (Object.values(draft).every((v) => v.trim() === '')) {
      setMissing(words.emptyAnswers);
      setToken((t) => t + 1);
      return;
    }
    setMissing(undefined);
    const outcome = await save.run(draft);
    if (outcome.ok) onSaved(outcome.value);
    else setToken((t) => t + 1);
  }

  const fields = save.error?.fields ?? {};
  return (
    <Form
      onSubmit={submit}
      error={save.error && !Object.keys(fields).length ? save.error.message : null}
      invalidToken={token}
      label={words.heading}
    >
      {weeklyPrompts.map((p, i) => (
        <Fragment key={p.id}>
          <TextArea
            label={p.label}
            name={p.id}
            value={draft[p.id]}
            onInput={(value) => setDraft((d) => ({ ...d, [p.id]: value }))}
            hint={p.id === 'agreements' ? words.agreementsHint : undefined}
            error={i === 0 ? (missing ?? fields[p.id]) : fields[p.id]}
            maxLength={WEEKLY_ANSWER_MAX}
            rows={2}
          />
          {p.id === 'agreements' ? (
            <p class={`field-hint ${styles.lookBack}`}>
              {words.lookBack} <a href="/agreements">{words.agreementsLink}</a>,{' '}
              <a href="/promises">{words.promisesLink}</a>
            </p>
          ) : null}
        </Fragment>
      ))}
      <div class="actions">
        <Button type="submit" busy={save.busy} busyLabel={words.busy}>
          {week.mine ? words.update : words.submit}
        </Button>
      </div>
    </Form>
  );
}

function pick(a: Answers): Record<WeeklyItem, string> {
  return {
    appreciated: a.appreciated,
    hard: a.hard,
    need: a.need,
    agreements: a.agreements,
    together: a.together,
  };
}

function ReplyForm({
  answerId,
  item,
  current,
  name,
  onSaved,
}: {
  answerId: string;
  item: WeeklyItem;
  current: string;
  name: string;
  onSaved: (v: WeeklyView) => void;
}) {
  const [body, setBody] = useState(current);
  const [sent, setSent] = useState(false);
  const send = useAction(checkinsApi.reply);
  return (
    <Form
      onSubmit={async () => {
        setSent(false);
        const outcome = await send.run(answerId, item, body);
        if (outcome.ok) {
          setSent(true);
          onSaved(outcome.value);
        }
      }}
    >
      <Field
        label={words.replyLabel(name)}
        name={`reply-${item}`}
        value={body}
        onInput={setBody}
        error={send.error?.fields.body ?? send.error?.message}
      />
      {sent ? <Notice tone="success">{words.replySaved}</Notice> : null}
      <div class="actions">
        <Button type="submit" variant="secondary" busy={send.busy} busyLabel={words.replyBusy}>
          {words.replySave}
        </Button>
      </div>
    </Form>
  );
}

/** Both answers, item by item, with the short replies. */
function SideBySide({
  week,
  partnerName,
  onSaved,
  readOnly,
}: {
  week: Week;
  partnerName: string;
  onSaved: (v: WeeklyView) => void;
  readOnly?: boolean;
}) {
  // Under the section's h2 now; under a past week's h3 in the history.
  const Heading = readOnly ? 'h4' : 'h3';
  const mine = week.mine!;
  const theirs = week.partner!;
  const replyTo = (answerId: string, item: WeeklyItem) =>
    week.replies.find((r) => r.answerId === answerId && r.item === item);
  return (
    <div class="side-by-side">
      {weeklyPrompts.map((p) => {
        const theirReply = replyTo(mine.id, p.id);
        const myReply = replyTo(theirs.id, p.id);
        return (
          <section
            key={p.id}
            class={styles.pair}
            aria-labelledby={`pair-${week.weekStart}-${p.id}`}
          >
            <Heading id={`pair-${week.weekStart}-${p.id}`}>{p.label}</Heading>
            <div class={styles.pairColumns}>
              <div class="pair-answer">
                <p class={styles.pairWho}>{words.you}</p>
                <p class={styles.pairText}>{mine[p.id] || words.nothing}</p>
                {theirReply ? (
                  <p class={styles.pairReply}>
                    <strong>{words.theirReply(partnerName)}:</strong> {theirReply.body}
                  </p>
                ) : null}
              </div>
              <div class="pair-answer">
                <p class={styles.pairWho}>{partnerName}</p>
                <p class={styles.pairText}>{theirs[p.id] || words.nothing}</p>
                {readOnly ? (
                  myReply ? (
                    <p class={styles.pairReply}>
                      <strong>{words.you}:</strong> {myReply.body}
                    </p>
                  ) : null
                ) : (
                  <ReplyForm
                    answerId={theirs.id}
                    item={p.id}
                    current={myReply?.body ?? ''}
                    name={partnerName}
                    onSaved={onSaved}
                  />
                )}
              </div>
            </div>
          </section>
        );
      })}
    </div>
  );
}

/**
 * The weekly check-in (`part` "weekly"), or the setting of its day (`part` "day"): each on its
 * own tab of the check-ins page, so the daily check-in stays short on a phone (decision 140).
 */
export function WeeklySection({ part = 'weekly' }: { part?: 'weekly' | 'day' }) {
  const load = useLoad(checkinsApi.weekly);
  const [view, setView] = useState<WeeklyView | undefined>(undefined);
  const [sent, setSent] = useState(false);
  useEffect(() => {
    if (load.data) setView(load.data);
  }, [load.data]);

  if (!view) {
    return load.error ? (
      <Notice tone="error">{load.error.message}</Notice>
    ) : (
      <p class="loading" role="status">
        {shell.loading}
      </p>
    );
  }
  const week = view.current;
  const partnerName = view.partnerName ?? '';
  if (part === 'day') {
    return view.hasPartner ? (
      <DaySetting view={view} onSaved={load.reload} />
    ) : (
      <section class="card" aria-labelledby="checkin-day-heading">
        <h2 id="checkin-day-heading">{checkinDay.heading}</h2>
        <p>{words.noPartner}</p>
      </section>
    );
  }
  return (
    <section class="card" aria-labelledby="weekly-heading" id="weekly">
      <h2 id="weekly-heading">{words.heading}</h2>
      {!view.hasPartner ? (
        <p>{words.noPartner}</p>
      ) : (
        <>
          <p>{words.lead}</p>
          <p class="muted">{words.weekOf(formatDay(week.weekStart, 'full'))}</p>
          {week.mine && week.partner ? (
            <SideBySide week={week} partnerName={partnerName} onSaved={setView} />
          ) : (
            <>
              {week.mine ? (
                <Notice tone={sent ? 'success' : 'info'}>
                  {sent ? words.sent : words.waitingForPartner}
                </Notice>
              ) : null}
              <AnswerForm
                key={week.weekStart}
                week={week}
                onSaved={(v) => {
                  setSent(true);
                  setView(v);
                }}
              />
            </>
          )}
          <p>
            <a href="/check-ins#day">{checkinDay.change}</a>
          </p>
          {view.past.length > 0 ? (
            <details class={styles.pastWeeks}>
              <summary>{words.past}</summary>
              {view.past.map((w) => (
                <section key={w.weekStart} aria-labelledby={`past-${w.weekStart}`}>
                  <h3 id={`past-${w.weekStart}`}>{words.weekOf(formatDay(w.weekStart, 'full'))}</h3>
                  {w.mine && w.partner ? (
                    <SideBySide week={w} partnerName={partnerName} onSaved={setView} readOnly />
                  ) : (
                    <p class="muted">{w.mine ? words.waitingForPartner : words.nothing}</p>
                  )}
                </section>
              ))}
            </details>
          ) : null}
        </>
      )}
    </section>
  );
}

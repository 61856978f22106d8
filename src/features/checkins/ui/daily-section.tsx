import styles from './checkins.module.css';
import { useEffect, useState } from 'preact/hooks';
import {
  daily as words,
  emotionIds,
  emotionLabels,
  partnerDaily,
  recent as recentWords,
  scaleIds,
  scaleWords,
  type Emotion,
  type Scale,
} from '../../../content/checkins.ts';
import { shell } from '../../../content/shell.ts';
import { formatDay } from '../../../platform/time/days.ts';
import { useAction, useLoad } from '../../../platform/web/use-action.ts';
import { Button } from '../../../platform/web/ui/button.tsx';
import { Confirm } from '../../../platform/web/ui/confirm.tsx';
import { Field } from '../../../platform/web/ui/field.tsx';
import { Form } from '../../../platform/web/ui/form.tsx';
import { Notice } from '../../../platform/web/ui/notice.tsx';
import { TextArea } from '../../../platform/web/ui/text-area.tsx';
import { checkinsApi, type RecentDays, type TodayView } from './checkins-api.ts';
import { NOTE_MAX } from '../limits.ts';

type Checkin = NonNullable<TodayView['mine']>;
type Shown = Omit<Checkin, 'visibility' | 'showWaiting'>;

interface Draft {
  emotions: Emotion[];
  safety: number;
  trust: number;
  connection: number;
  need: string;
  note: string;
  visibility: 'private' | 'shared';
  showWaiting: boolean;
}

const fresh = (): Draft => ({
  emotions: [],
  safety: 5,
  trust: 5,
  connection: 5,
  need: '',
  note: '',
  visibility: 'private',
  showWaiting: false,
});

function fromCheckin(c: Checkin): Draft {
  return {
    emotions: c.emotions.filter((e): e is Emotion => (emotionIds as readonly string[]).includes(e)),
    safety: c.safety,
    trust: c.trust,
    connection: c.connection,
    need: c.need ?? '',
    note: c.note ?? '',
    visibility: c.visibility,
    showWaiting: c.showWaiting,
  };
}

function ScaleField({
  scale,
  value,
  onChange,
}: {
  scale: Scale;
  value: number;
  onChange: (n: number) => void;
}) {
  const w = scaleWords[scale];
  const id = `scale-${scale}`;
  return (
    <div class="field scale">
      <label class="field-label" for={id}>
        {w.label}
      </label>
      <div class={styles.scaleRow}>
        <input
          id={id}
          type="range"
          min={0}
          max={10}
          step={1}
          value={value}
          aria-valuetext={`${value} out of 10`}
          aria-describedby={`${id}-ends`}
          onInput={(e) => onChange(Number(e.currentTarget.value))}
        />
        <output for={id} class={styles.scaleValue} aria-hidden="true">
          {value}
        </output>
      </div>
      <p id={`${id}-ends`} class={styles.scaleEnds}>
        <span>0: {w.low}</span>
        <span>10: {w.high}</span>
      </p>
    </div>
  );
}

function EmotionPicker({
  value,
  onChange,
  error,
}: {
  value: Emotion[];
  onChange: (v: Emotion[]) => void;
  error?: string | undefined;
}) {
  return (
    <fieldset
      class={styles.emotions}
      aria-invalid={error ? 'true' : undefined}
      aria-describedby={error ? 'emotions-error' : undefined}
    >
      <legend class="field-label">{words.emotionsLegend}</legend>
      {error ? (
        <p id="emotions-error" class="field-error">
          {error}
        </p>
      ) : null}
      <div class={styles.emotionOptions}>
        {emotionIds.map((id) => {
          const checked = value.includes(id);
          return (
            <label
              key={id}
              class={`${styles.emotion}${checked ? ` ${styles.emotionChecked}` : ''}`}
            >
              <input
                type="checkbox"
                name="emotions"
                value={id}
                checked={checked}
                onChange={() => onChange(checked ? value.filter((e) => e !== id) : [...value, id])}
              />
              <span>{emotionLabels[id]}</span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}

function labelsOf(emotions: string[]): string {
  return emotions.map((e) => emotionLabels[e as Emotion] ?? e).join(', ');
}

/** A check-in read back: feelings, the three numbers, the need and the note. */
export function CheckinSummary({ checkin }: { checkin: Shown }) {
  const rows: [string, string][] = [
    [words.feelings, labelsOf(checkin.emotions)],
    ...scaleIds.map((s): [string, string] => [scaleWords[s].short, `${checkin[s]} / 10`]),
  ];
  if (checkin.need) rows.push([partnerDaily.need, checkin.need]);
  if (checkin.note) rows.push([partnerDaily.note, checkin.note]);
  return (
    <dl class={`details ${styles.checkinSummary}`}>
      {rows.map(([term, value]) => (
        <div key={term} class={styles.checkinRow}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function PartnerToday({ view }: { view: TodayView }) {
  if (!view.hasSpace) return null;
  const partner = view.partner;
  let body;
  if (!partner) body = <p>{partnerDaily.noPartner}</p>;
  else if (partner.status === 'revealed' && partner.checkin)
    body = <CheckinSummary checkin={partner.checkin} />;
  else if (partner.status === 'waiting') body = <p>{partnerDaily.waiting}</p>;
  else body = <p>{view.mine ? partnerDaily.nothingYet : partnerDaily.hidden}</p>;
  const heading =
    partner?.status === 'revealed' ? partnerDaily.revealed(partner.name) : partnerDaily.heading;
  return (
    <section class="card" aria-labelledby="partner-today-heading" data-testid="partner-today">
      <h2 id="partner-today-heading">{heading}</h2>
      {body}
    </section>
  );
}

/** The newest days stay in view; the rest wait behind a fold, so the page fits a phone. */
const RECENT_SHOWN = 3;

function RecentList({ recent }: { recent: RecentDays }) {
  const days = recent.days.filter((d) => d.mine || d.partner);
  // Before the first check-in there is nothing to list; the form is enough on a phone.
  if (days.length === 0) return null;
  return (
    <section class="card" aria-labelledby="recent-heading">
      <h2 id="recent-heading">{recentWords.heading}</h2>
      {
        <>
          <RecentDayList days={days.slice(0, RECENT_SHOWN)} partnerName={recent.partnerName} />
          {days.length > RECENT_SHOWN ? (
            <details class="fold">
              <summary>{recentWords.earlier(days.length - RECENT_SHOWN)}</summary>
              <RecentDayList days={days.slice(RECENT_SHOWN)} partnerName={recent.partnerName} />
            </details>
          ) : null}
        </>
      }
    </section>
  );
}

function RecentDayList({
  days,
  partnerName,
}: {
  days: RecentDays['days'];
  partnerName: RecentDays['partnerName'];
}) {
  return (
    <ul class="item-list">
      {days.map((d) => (
        <li key={d.day} class="item recent-day">
          <div class="item-text">
            <h3 class="item-title">{formatDay(d.day, 'full')}</h3>
            {d.mine ? (
              <p class="item-meta">
                <strong>{recentWords.you}</strong> (
                {d.mine.visibility === 'shared' ? recentWords.shared : recentWords.private}):{' '}
                {labelsOf(d.mine.emotions)}.{' '}
                {scaleIds.map((s) => `${scaleWords[s].short} ${d.mine![s]}`).join(', ')}.
              </p>
            ) : null}
            {d.partner && partnerName ? (
              <p class="item-meta">
                <strong>{partnerName}</strong>: {labelsOf(d.partner.emotions)}.{' '}
                {scaleIds.map((s) => `${scaleWords[s].short} ${d.partner![s]}`).join(', ')}.
              </p>
            ) : null}
          </div>
        </li>
      ))}
    </ul>
  );
}

/**
 * After both have seen each other's answers, mine stay as I wrote them (decision 021); who sees
 * them is still mine to choose.
 */
function SettledToday(props: {
  mine: Checkin;
  justSaved: boolean;
  onSaved: (view: TodayView) => void;
}) {
  const { mine, onSaved } = props;
  const hide = useAction(checkinsApi.saveToday);
  return (
    <section class="card" aria-labelledby="daily-heading">
      <h2 id="daily-heading">{words.settledHeading}</h2>
      {props.justSaved ? <Notice tone="success">{words.savedAndSeen}</Notice> : null}
      <CheckinSummary checkin={mine} />
      <p class="muted">{words.settled}</p>
      {hide.error ? <Notice tone="error">{hide.error.message}</Notice> : null}
      <div class="actions">
        <Button
          variant="secondary"
          busy={hide.busy}
          busyLabel={words.busy}
          onClick={async () => {
            const d = fromCheckin(mine);
            const visibility =
              mine.visibility === 'shared' ? ('private' as const) : ('shared' as const);
            const same = { ...d, need: mine.need, note: mine.note, visibility, showWaiting: false };
            const outcome = await hide.run(same);
            if (outcome.ok) onSaved(outcome.value);
          }}
        >
          {mine.visibility === 'shared' ? words.makePrivate : words.shareAfter}
        </Button>
      </div>
    </section>
  );
}

export function DailySection() {
  const today = useLoad(checkinsApi.today);
  const recent = useLoad(checkinsApi.recent);
  const [draft, setDraft] = useState<Draft>(fresh);
  const [missing, setMissing] = useState<string | undefined>(undefined);
  const [token, setToken] = useState(0);
  const [message, setMessage] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [view, setView] = useState<TodayView | undefined>(undefined);
  const save = useAction(checkinsApi.saveToday);
  const remove = useAction(checkinsApi.deleteToday);

  useEffect(() => {
    if (!today.data) return;
    setView(today.data);
    setDraft(today.data.mine ? fromCheckin(today.data.mine) : fresh());
  }, [today.data]);

  const set = (patch: Partial<Draft>) => {
    setMessage(null);
    setDraft((d) => ({ ...d, ...patch }));
  };

  async function submit() {
    if (draft.emotions.length === 0) {
      setMissing(words.emotionsMissing);
      setToken((t) => t + 1);
      return;
    }
    setMissing(undefined);
    const outcome = await save.run({
      ...draft,
      need: draft.need.trim() || null,
      note: draft.note.trim() || null,
      // Without a space (or after it was removed) a check-in can only be private.
      visibility: view?.hasSpace ? draft.visibility : 'private',
      showWaiting: Boolean(view?.hasSpace) && draft.visibility === 'shared' && draft.showWaiting,
    });
    if (outcome.ok) {
      setView(outcome.value);
      setMessage(words.saved);
      recent.reload();
    } else setToken((t) => t + 1);
  }

  async function removeToday() {
    const outcome = await remove.run();
    if (outcome.ok) {
      setConfirming(false);
      setDraft(fresh());
      setMessage(words.removed);
      today.reload();
      recent.reload();
    }
  }

  if (!view) {
    return today.error ? (
      <Notice tone="error">{today.error.message}</Notice>
    ) : (
      <p class="loading" role="status">
        {shell.loading}
      </p>
    );
  }
  const canShare = view.hasSpace && (view.sharingOpen || view.mine?.visibility === 'shared');
  if (view.mine && view.partner?.status === 'revealed') {
    return (
      <>
        <SettledToday
          mine={view.mine}
          justSaved={message === words.saved}
          onSaved={(next) => (setView(next), setMessage(null), recent.reload())}
        />
        <PartnerToday view={view} />
        {recent.data ? <RecentList recent={recent.data} /> : null}
      </>
    );
  }
  const fieldErrors = save.error?.fields ?? {};
  const formError =
    save.error && Object.keys(save.error.fields).length === 0 ? save.error.message : null;
  return (
    <>
      <section class="card" aria-labelledby="daily-heading">
        <h2 id="daily-heading">{words.heading}</h2>
        <p class="muted">
          {formatDay(view.day, 'full')}. {words.lead}
        </p>
        <Form onSubmit={submit} error={formError} invalidToken={token} label={words.heading}>
          <EmotionPicker
            value={draft.emotions}
            onChange={(emotions) => set({ emotions })}
            error={missing ?? fieldErrors.emotions}
          />
          {scaleIds.map((s) => (
            <ScaleField key={s} scale={s} value={draft[s]} onChange={(n) => set({ [s]: n })} />
          ))}
          <Field
            label={words.needLabel}
            name="need"
            value={draft.need}
            onInput={(need) => set({ need })}
            hint={words.needHint}
            error={fieldErrors.need}
          />
          <TextArea
            label={words.noteLabel}
            name="note"
            value={draft.note}
            onInput={(note) => set({ note })}
            error={fieldErrors.note}
            maxLength={NOTE_MAX}
          />
          {canShare ? (
            <fieldset class={styles.visibility}>
              <legend class="field-label">{words.visibilityLegend}</legend>
              {fieldErrors.visibility ? <p class="field-error">{fieldErrors.visibility}</p> : null}
              {(['private', 'shared'] as const).map((v) => (
                <label
                  key={v}
                  class={`${styles.emotion} ${styles.visibilityOption}${draft.visibility === v ? ` ${styles.emotionChecked}` : ''}`}
                >
                  <input
                    type="radio"
                    name="visibility"
                    value={v}
                    checked={draft.visibility === v}
                    onChange={() => set({ visibility: v })}
                  />
                  <span>
                    <strong>{v === 'private' ? words.private : words.shared}</strong>
                    <span class="option-hint">
                      {v === 'private' ? words.privateHint : words.sharedHint}
                    </span>
                  </span>
                </label>
              ))}
              {draft.visibility === 'shared' ? (
                <label class="check-line">
                  <input
                    type="checkbox"
                    checked={draft.showWaiting}
                    onChange={(e) => set({ showWaiting: e.currentTarget.checked })}
                  />
                  <span>
                    {words.hintLabel}
                    <span class="option-hint">{words.hintHint}</span>
                  </span>
                </label>
              ) : null}
            </fieldset>
          ) : (
            <p class="muted">{words.noSpace}</p>
          )}
          {message ? <Notice tone="success">{message}</Notice> : null}
          <div class="actions">
            <Button type="submit" busy={save.busy} busyLabel={words.busy}>
              {view.mine ? words.update : words.save}
            </Button>
          </div>
        </Form>
        {view.mine ? (
          confirming ? (
            <Confirm
              title={words.removeConfirm}
              yes={words.removeYes}
              yesVariant="danger"
              onYes={removeToday}
              busy={remove.busy}
              busyLabel={words.busy}
              no={words.removeNo}
              onNo={() => setConfirming(false)}
            >
              <p>{words.removeConfirm}</p>
              {remove.error ? <Notice tone="error">{remove.error.message}</Notice> : null}
            </Confirm>
          ) : (
            <Button variant="quiet" onClick={() => setConfirming(true)}>
              {words.remove}
            </Button>
          )
        ) : null}
      </section>
      <PartnerToday view={view} />
      {recent.data ? <RecentList recent={recent.data} /> : null}
    </>
  );
}

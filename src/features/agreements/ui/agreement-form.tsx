import styles from './agreements.module.css';
import { useEffect, useRef, useState } from 'preact/hooks';
import { agreementForm as words, guardNote } from '../../../content/agreements.ts';
import type { ApiError } from '../../../platform/web/api.ts';
import { Button } from '../../../platform/web/ui/button.tsx';
import { Field } from '../../../platform/web/ui/field.tsx';
import { Form } from '../../../platform/web/ui/form.tsx';
import { TextArea } from '../../../platform/web/ui/text-area.tsx';
import { Notice } from '../../../platform/web/ui/notice.tsx';
import { readAgreementDraft, type Concern } from '../guard-rails.ts';
import { SUGGESTED_REVIEW_WEEKS } from '../review-weeks.ts';
import type { AgreementWords } from './agreements-api.ts';
import { addDays } from '../../../platform/time/days.ts';
import { deviceDay } from '../../../platform/time/device.ts';

const weeksFromToday = (weeks: number) => addDays(deviceDay(), weeks * 7);

interface AgreementFormProps {
  heading: string;
  submitLabel: string;
  initial?: AgreementWords | undefined;
  busy: boolean;
  error: ApiError | null;
  onSubmit: (words: AgreementWords) => void;
  onCancel: () => void;
}

type ReviewChoice = number | 'date';
const DEFAULT_WEEKS = 4;

/** The calm note shown before sending a draft that reads like surveillance or control. */
export function GuardNote({
  concerns,
  onEdit,
  onSend,
}: {
  concerns: Concern[];
  onEdit: () => void;
  onSend: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section class={styles.guardNote} aria-labelledby="guard-heading">
      <h3 id="guard-heading" tabIndex={-1} ref={heading}>
        {guardNote.heading}
      </h3>
      <p>{guardNote.intro}</p>
      <p class={styles.guardNoteNoticed}>{guardNote.noticed}</p>
      <ul>
        {concerns.map((c) => (
          <li key={c}>
            <strong>{guardNote.concerns[c]}</strong>
            <br />
            {guardNote.explain[c]}
          </li>
        ))}
      </ul>
      <h4>{guardNote.helpsHeading}</h4>
      <ul>
        {guardNote.helps.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <h4>{guardNote.hurtsHeading}</h4>
      <ul>
        {guardNote.hurts.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <div class="actions">
        <Button onClick={onEdit}>{guardNote.edit}</Button>
        <Button variant="secondary" onClick={onSend}>
          {guardNote.sendAnyway}
        </Button>
      </div>
    </section>
  );
}

function initialChoice(initial: AgreementWords | undefined): ReviewChoice {
  return initial ? 'date' : DEFAULT_WEEKS;
}

export function AgreementForm({
  heading,
  submitLabel,
  initial,
  busy,
  error,
  onSubmit,
  onCancel,
}: AgreementFormProps) {
  const [title, setTitle] = useState(initial?.title ?? '');
  const [dailyLife, setDailyLife] = useState(initial?.dailyLife ?? '');
  const [whySafe, setWhySafe] = useState(initial?.whySafe ?? '');
  const [choice, setChoice] = useState<ReviewChoice>(initialChoice(initial));
  // A kept agreement gets a fresh date by default: the old one has usually come.
  const [date, setDate] = useState(
    initial && initial.reviewOn > deviceDay() ? initial.reviewOn : weeksFromToday(DEFAULT_WEEKS),
  );
  const [local, setLocal] = useState<Record<string, string>>({});
  const [invalidToken, setInvalidToken] = useState(0);
  const [concerns, setConcerns] = useState<Concern[] | null>(null);
  const dailyLifeRef = useRef<HTMLTextAreaElement>(null);

  const values = (): AgreementWords => ({
    title: title.trim(),
    dailyLife: dailyLife.trim(),
    whySafe: whySafe.trim(),
    reviewOn: choice === 'date' ? date : weeksFromToday(choice),
  });

  const validate = (v: AgreementWords) => {
    const found: Record<string, string> = {};
    if (!v.title) found.title = 'Give the agreement a short name.';
    if (!v.dailyLife) found.dailyLife = 'Say what it means in daily life.';
    if (!v.reviewOn) found.reviewOn = 'Choose a date to look at this again.';
    else if (v.reviewOn <= deviceDay()) found.reviewOn = words.reviewPast;
    return found;
  };

  const submit = (acknowledged: boolean) => {
    const v = values();
    const found = validate(v);
    setLocal(found);
    if (Object.keys(found).length > 0) {
      setInvalidToken((n) => n + 1);
      return;
    }
    const raised = readAgreementDraft(v).concerns;
    if (raised.length > 0 && !acknowledged) {
      setConcerns(raised);
      return;
    }
    setConcerns(null);
    onSubmit(v);
  };

  const edited =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setConcerns(null);
    };
  const fieldError = (name: string) => local[name] ?? error?.fields[name];

  return (
    <div class="agreement-form">
      <h2>{heading}</h2>
      <p class="muted">{words.intro}</p>
      <Form
        onSubmit={() => submit(false)}
        error={error && Object.keys(error.fields).length === 0 ? error.message : null}
        invalidToken={invalidToken}
        label={heading}
      >
        <Field
          label={words.title}
          name="title"
          hint={words.titleHint}
          value={title}
          onInput={edited(setTitle)}
          error={fieldError('title')}
        />
        <TextArea
          label={words.dailyLife}
          name="dailyLife"
          hint={words.dailyLifeHint}
          value={dailyLife}
          onInput={edited(setDailyLife)}
          error={fieldError('dailyLife')}
          rows={4}
          inputRef={dailyLifeRef}
        />
        <TextArea
          label={words.whySafe}
          name="whySafe"
          hint={words.whySafeHint}
          value={whySafe}
          onInput={edited(setWhySafe)}
          error={fieldError('whySafe')}
        />
        <fieldset class={styles.reviewChoices}>
          <legend class="field-label">{words.review}</legend>
          <p class="field-hint">{words.reviewHint}</p>
          {fieldError('reviewOn') ? <p class="field-error">{fieldError('reviewOn')}</p> : null}
          {SUGGESTED_REVIEW_WEEKS.map((weeks) => (
            <label key={weeks} class={styles.reviewChoice}>
              <input
                type="radio"
                name="review"
                checked={choice === weeks}
                onChange={() => setChoice(weeks)}
              />
              {words.weeks(weeks)}
            </label>
          ))}
          <label class={styles.reviewChoice}>
            <input
              type="radio"
              name="review"
              checked={choice === 'date'}
              onChange={() => setChoice('date')}
            />
            {words.pickDate}
          </label>
          {choice === 'date' ? (
            <label class="review-date">
              <span class="field-label">{words.dateLabel}</span>
              <input
                type="date"
                value={date}
                min={addDays(deviceDay(), 1)}
                onInput={(e) => setDate(e.currentTarget.value)}
              />
            </label>
          ) : null}
        </fieldset>
        {!concerns && readAgreementDraft({ title, dailyLife }).transparency ? (
          <Notice>{guardNote.transparency}</Notice>
        ) : null}
        {concerns ? (
          <GuardNote
            concerns={concerns}
            onEdit={() => {
              setConcerns(null);
              dailyLifeRef.current?.focus();
            }}
            onSend={() => submit(true)}
          />
        ) : (
          <div class="actions">
            <Button type="submit" busy={busy} busyLabel={words.busy}>
              {submitLabel}
            </Button>
            <Button variant="quiet" onClick={onCancel}>
              {words.cancel}
            </Button>
          </div>
        )}
      </Form>
    </div>
  );
}

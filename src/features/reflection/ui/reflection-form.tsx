import { useState } from 'preact/hooks';
import { agreeScale, patterns, type PatternId } from '../../../content/patterns.ts';
import { reflection as words } from '../../../content/reflection.ts';
import { useAction } from '../../../platform/web/use-action.ts';
import { Button } from '../../../platform/web/ui/button.tsx';
import { Confirm } from '../../../platform/web/ui/confirm.tsx';
import { ChoiceGroup } from '../../../platform/web/ui/choice-group.tsx';
import { Notice } from '../../../platform/web/ui/notice.tsx';
import { reflectionApi, type Take } from './reflection-api.ts';
import { NOTE_MAX } from '../limits.ts';

type Answers = Record<PatternId, (number | null)[]>;
const scale = agreeScale.map((label, i) => ({ value: String(i + 1), label }));
const empty = (): Answers => ({
  insecurity: Array<number | null>(5).fill(null),
  distance: Array<number | null>(5).fill(null),
  secrecy: Array<number | null>(5).fill(null),
  infidelity: Array<number | null>(5).fill(null),
});

/** The reflection, one pattern per step, so a phone screen holds one thing at a time. */
export function ReflectionForm({
  onDone,
  onCancel,
}: {
  onDone: (take: Take) => void;
  onCancel: () => void;
}) {
  const [step, setStep] = useState(0);
  const [answers, setAnswers] = useState<Answers>(empty);
  const [notes, setNotes] = useState<Record<PatternId, string>>({
    insecurity: '',
    distance: '',
    secrecy: '',
    infidelity: '',
  });
  const [missing, setMissing] = useState(false);
  const [asking, setAsking] = useState(false);
  const save = useAction(reflectionApi.take);
  const pattern = patterns[step]!;
  const mine = answers[pattern.id];

  function go(next: number) {
    if (next > step && mine.some((a) => a === null)) {
      setMissing(true);
      return;
    }
    setMissing(false);
    setStep(next);
    document.querySelector<HTMLElement>('#reflection-step')?.focus();
  }

  async function finish() {
    if (mine.some((a) => a === null)) {
      setMissing(true);
      return;
    }
    const outcome = await save.run({
      answers: Object.fromEntries(patterns.map((p) => [p.id, answers[p.id].map(Number)])) as Record<
        PatternId,
        number[]
      >,
      notes,
    });
    if (outcome.ok) onDone(outcome.value);
  }

  const last = step === patterns.length - 1;
  return (
    <section class="card reflection-form" aria-labelledby="reflection-step">
      <p class="muted">{words.form.step(step + 1, patterns.length)}</p>
      <h2 id="reflection-step" tabIndex={-1}>
        {pattern.name}
      </h2>
      <p>{pattern.surface}</p>
      <p class="field-hint">{words.form.scaleHint}</p>
      {missing ? <Notice tone="error">{words.form.missing}</Notice> : null}
      {pattern.statements.map((statement, i) => (
        <ChoiceGroup
          key={`${pattern.id}-${i}`}
          legend={statement}
          options={scale}
          inline
          value={mine[i] === null ? null : String(mine[i])}
          error={missing && mine[i] === null ? words.form.missing : undefined}
          onChange={(value) =>
            setAnswers({
              ...answers,
              [pattern.id]: mine.map((a, j) => (j === i ? Number(value) : a)),
            })
          }
        />
      ))}
      <div class="field">
        <label class="field-label" for={`note-${pattern.id}`}>
          {words.form.noteLabel}
        </label>
        <p class="field-hint">{words.form.noteHint}</p>
        <textarea
          id={`note-${pattern.id}`}
          class="textarea"
          maxLength={NOTE_MAX}
          value={notes[pattern.id]}
          onInput={(e) => setNotes({ ...notes, [pattern.id]: e.currentTarget.value })}
        />
      </div>
      {save.error ? <Notice tone="error">{save.error.message}</Notice> : null}
      <div class="actions">
        {last ? (
          <Button onClick={finish} busy={save.busy} busyLabel={words.form.busy}>
            {words.form.finish}
          </Button>
        ) : (
          <Button onClick={() => go(step + 1)}>{words.form.next}</Button>
        )}
        {step > 0 ? (
          <Button variant="secondary" onClick={() => go(step - 1)}>
            {words.form.back}
          </Button>
        ) : null}
        <Button
          variant="quiet"
          onClick={() =>
            Object.values(answers)
              .flat()
              .some((a) => a !== null)
              ? setAsking(true)
              : onCancel()
          }
        >
          {words.form.cancel}
        </Button>
      </div>
      {asking ? (
        <Confirm
          title={words.form.cancelConfirm}
          yes={words.form.cancelYes}
          yesVariant="danger"
          onYes={onCancel}
          no={words.form.cancelNo}
          onNo={() => setAsking(false)}
        >
          <p>{words.form.cancelConfirm}</p>
        </Confirm>
      ) : null}
    </section>
  );
}

import styles from './letters.module.css';
import { useState } from 'preact/hooks';
import { letterPrompts, letters as words } from '../../../content/letters.ts';
import { formatDateTime } from '../../../platform/web/format.ts';
import { useAction } from '../../../platform/web/use-action.ts';
import { Button } from '../../../platform/web/ui/button.tsx';
import { ChoiceGroup } from '../../../platform/web/ui/choice-group.tsx';
import {
  DateTimeField,
  fromLocalInput,
  toLocalInput,
} from '../../../platform/web/ui/date-time-field.tsx';
import { Form } from '../../../platform/web/ui/form.tsx';
import { TextArea } from '../../../platform/web/ui/text-area.tsx';
import { lettersApi, type LetterWithReplies } from './letters-api.ts';

type When = 'draft' | 'now' | 'later';

/** Writing or changing a letter: a prompt if wanted, the words, and when it should arrive. */
export function LetterForm(props: {
  letter?: LetterWithReplies;
  replyToId?: string | undefined;
  initialBody?: string;
  onDone: (letter: LetterWithReplies, when: When) => void;
}) {
  const { letter } = props;
  const [promptId, setPromptId] = useState<string>(letter?.promptId ?? 'none');
  const [body, setBody] = useState(letter?.body ?? props.initialBody ?? '');
  const [when, setWhen] = useState<When>(
    letter?.state === 'scheduled' ? 'later' : letter ? 'draft' : 'now',
  );
  const [at, setAt] = useState(
    letter?.deliverAt && letter.state === 'scheduled'
      ? toLocalInput(new Date(letter.deliverAt))
      : toLocalInput(new Date(Date.now() + 60 * 60_000)),
  );
  const [invalid, setInvalid] = useState(0);
  const [atError, setAtError] = useState<string | undefined>();
  const save = useAction(() => {
    const deliverAt = when === 'later' ? (fromLocalInput(at) ?? undefined) : undefined;
    const fields = {
      body,
      promptId: promptId === 'none' ? null : promptId,
      send: when,
      ...(deliverAt ? { deliverAt } : {}),
    };
    return letter
      ? lettersApi.update(letter.id, fields)
      : lettersApi.create({
          ...fields,
          ...(props.replyToId ? { replyToId: props.replyToId } : {}),
        });
  });
  const prompt = letterPrompts.find((p) => p.id === promptId);
  const errors = save.error?.fields ?? {};
  const submitLabel =
    when === 'draft' ? words.saveDraft : when === 'now' ? words.sendNow : words.schedule;

  return (
    <Form
      error={save.error && !errors.body && !errors.deliverAt ? save.error.message : null}
      invalidToken={invalid}
      onSubmit={async () => {
        setAtError(undefined);
        if (when === 'later' && !fromLocalInput(at)) {
          setAtError(words.timeMissing);
          setInvalid((n) => n + 1);
          return;
        }
        const outcome = await save.run();
        if (outcome.ok) props.onDone(outcome.value, when);
        else if (outcome.error && Object.keys(outcome.error.fields).length)
          setInvalid((n) => n + 1);
      }}
    >
      {props.replyToId ? null : (
        <ChoiceGroup
          legend={words.promptLegend}
          options={[
            { value: 'none', label: words.promptNone },
            ...letterPrompts.map((p) => ({ value: p.id, label: p.label })),
          ]}
          value={promptId}
          onChange={(value) => {
            const next = letterPrompts.find((p) => p.id === value);
            // Start the letter with the prompt's words, only while nothing is written yet.
            if (next && body.trim() === '') setBody(`${next.text} `);
            setPromptId(value);
          }}
        />
      )}
      {prompt ? <p class={styles.letterPromptText}>{prompt.text}</p> : null}
      <TextArea
        label={props.replyToId ? words.replyTitle : words.bodyLabel}
        hint={words.bodyHint}
        name="body"
        value={body}
        onInput={setBody}
        error={errors.body}
        rows={12}
      />
      <ChoiceGroup
        legend={words.whenLegend}
        options={[
          { value: 'now', label: words.whenNow },
          { value: 'later', label: words.whenLater },
          { value: 'draft', label: words.whenDraft },
        ]}
        value={when}
        onChange={(v) => setWhen(v)}
      />
      {when === 'later' ? (
        <DateTimeField
          label={words.timeLabel}
          hint={words.timeHint}
          name="deliverAt"
          value={at}
          onInput={setAt}
          error={atError ?? errors.deliverAt}
          min={toLocalInput(new Date())}
        />
      ) : null}
      <div class="actions">
        <Button type="submit" busy={save.busy} busyLabel={words.busy}>
          {submitLabel}
        </Button>
      </div>
      {letter?.state === 'scheduled' && letter.deliverAt ? (
        <p class="muted">{words.statusScheduled(formatDateTime(letter.deliverAt))}</p>
      ) : null}
    </Form>
  );
}

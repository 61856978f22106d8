import { useEffect, useRef, useState } from 'preact/hooks';
import { ownership as words } from '../../../content/ownership.ts';
import type { ApiError } from '../../../platform/web/api.ts';
import { Button } from '../../../platform/web/ui/button.tsx';
import { Form } from '../../../platform/web/ui/form.tsx';
import { TextArea } from '../../../platform/web/ui/text-area.tsx';
import { notesForStatement, type StatementField } from '../ownership-notes.ts';
import { OwnershipNotesPanel } from './ownership-notes-panel.tsx';
import type { StatementInput } from './talks-api.ts';

const labels: Record<StatementField, string> = {
  whatIDid: words.whatIDidLabel,
  howItHurt: words.howItHurtLabel,
  whatIWillDo: words.whatIWillDoLabel,
};
const hints: Record<StatementField, string> = {
  whatIDid: words.whatIDidHint,
  howItHurt: words.howItHurtHint,
  whatIWillDo: words.whatIWillDoHint,
};

/**
 * The three parts, and gentle notes on phrases that often land badly. Pressing send the first
 * time shows the notes (if there are any); the author can change the words or send as it is.
 */
export function OwnershipForm(props: {
  initial?: StatementInput;
  busy: boolean;
  error: ApiError | null;
  onSend: (input: StatementInput) => void;
}) {
  const [parts, setParts] = useState<StatementInput>(
    props.initial ?? { whatIDid: '', howItHurt: '', whatIWillDo: '' },
  );
  const [checked, setChecked] = useState<string | null>(null);
  const [invalid, setInvalid] = useState(0);
  const notesHeading = useRef<HTMLHeadingElement>(null);
  const notes = notesForStatement(parts);
  const key = JSON.stringify(parts);
  const showNotes = checked !== null;
  const [focusNotes, setFocusNotes] = useState(0);
  useEffect(() => {
    if (focusNotes) notesHeading.current?.focus();
  }, [focusNotes]);

  const check = () => {
    setChecked(key);
    setFocusNotes((n) => n + 1);
  };

  return (
    <Form
      error={
        props.error && Object.keys(props.error.fields).length === 0 ? props.error.message : null
      }
      invalidToken={invalid + (props.error ? 1 : 0)}
      onSubmit={() => {
        const empty = (Object.keys(labels) as StatementField[]).some((f) => parts[f].trim() === '');
        if (empty) {
          setInvalid((n) => n + 1);
          props.onSend(parts); // the server names each missing part
          return;
        }
        if (notes.length > 0 && checked !== key) {
          check();
          return;
        }
        props.onSend(parts);
      }}
    >
      {(Object.keys(labels) as StatementField[]).map((field) => (
        <TextArea
          key={field}
          label={labels[field]}
          hint={hints[field]}
          name={field}
          value={parts[field]}
          onInput={(v) => setParts({ ...parts, [field]: v })}
          error={props.error?.fields[field]}
          rows={4}
        />
      ))}
      {showNotes ? (
        <OwnershipNotesPanel notes={notes} labels={labels} headingRef={notesHeading} />
      ) : null}
      <div class="actions">
        <Button type="submit" busy={props.busy} busyLabel={words.sending}>
          {notes.length > 0 && checked === key ? words.sendAnyway : words.send}
        </Button>
        <Button variant="secondary" onClick={check}>
          {words.check}
        </Button>
      </div>
    </Form>
  );
}

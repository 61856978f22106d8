import type { Ref } from 'preact';
import { useId, useState } from 'preact/hooks';

interface FieldProps {
  label: string;
  name: string;
  value: string;
  onInput: (value: string) => void;
  type?: 'text' | 'email' | 'password';
  hint?: string;
  /** A message about what is wrong, shown next to the field and read out with it. */
  error?: string | undefined;
  autoComplete?: string;
  required?: boolean;
  inputMode?: 'text' | 'email' | 'numeric';
  /** For password fields: the label of the show/hide toggle. */
  showLabel?: string;
  inputRef?: Ref<HTMLInputElement>;
  readOnly?: boolean;
  spellcheck?: boolean;
}

/** A labelled input with an optional hint and error, wired for assistive tech. */
export function Field(props: FieldProps) {
  const id = useId();
  const [shown, setShown] = useState(false);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [props.error ? errorId : null, props.hint ? hintId : null]
    .filter(Boolean)
    .join(' ');
  const isPassword = props.type === 'password';
  return (
    <div class={`field${props.error ? ' field--invalid' : ''}`}>
      <label for={id} class="field-label">
        {props.label}
      </label>
      {props.hint ? (
        <p id={hintId} class="field-hint">
          {props.hint}
        </p>
      ) : null}
      {props.error ? (
        <p id={errorId} class="field-error">
          {props.error}
        </p>
      ) : null}
      <div class="field-control">
        <input
          id={id}
          ref={props.inputRef}
          name={props.name}
          // Preact types each input type separately; these three share every attribute used here.
          type={(isPassword && shown ? 'text' : (props.type ?? 'text')) as 'text'}
          value={props.value}
          onInput={(event) => props.onInput(event.currentTarget.value)}
          autocomplete={props.autoComplete}
          inputMode={props.inputMode}
          required={props.required}
          readOnly={props.readOnly}
          spellcheck={
            props.spellcheck ?? (isPassword || props.type === 'email' ? false : undefined)
          }
          autocapitalize={isPassword || props.type === 'email' ? 'none' : undefined}
          aria-invalid={props.error ? 'true' : undefined}
          aria-describedby={describedBy || undefined}
        />
        {isPassword && props.showLabel ? (
          <button
            type="button"
            class="field-toggle"
            aria-pressed={shown ? 'true' : 'false'}
            aria-controls={id}
            onClick={() => setShown(!shown)}
          >
            {props.showLabel}
          </button>
        ) : null}
      </div>
    </div>
  );
}

import type { Ref } from 'preact';
import { useId, useState } from 'preact/hooks';
import { fieldAria, FieldFrame, type LabelledFieldProps } from './field-frame.tsx';

interface FieldProps extends LabelledFieldProps {
  type?: 'text' | 'email' | 'password';
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
  const isPassword = props.type === 'password';
  return (
    <FieldFrame id={id} label={props.label} hint={props.hint} error={props.error}>
      <input
        id={id}
        ref={props.inputRef}
        name={props.name}
        // Preact types each input type separately; these three share every attribute used here.
        // (The lint rule reads the attribute alone and misses that the element needs the cast.)
        // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion
        type={(isPassword && shown ? 'text' : (props.type ?? 'text')) as 'text'}
        value={props.value}
        onInput={(event) => props.onInput(event.currentTarget.value)}
        autocomplete={props.autoComplete}
        inputMode={props.inputMode}
        required={props.required}
        readOnly={props.readOnly}
        spellcheck={props.spellcheck ?? (isPassword || props.type === 'email' ? false : undefined)}
        autocapitalize={isPassword || props.type === 'email' ? 'none' : undefined}
        {...fieldAria(id, props)}
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
    </FieldFrame>
  );
}

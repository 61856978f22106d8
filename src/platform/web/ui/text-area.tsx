import type { Ref } from 'preact';
import { useId } from 'preact/hooks';

interface TextAreaProps {
  label: string;
  name: string;
  value: string;
  onInput: (value: string) => void;
  hint?: string | undefined;
  error?: string | undefined;
  rows?: number;
  maxLength?: number;
  required?: boolean;
  inputRef?: Ref<HTMLTextAreaElement>;
}

/** A labelled multi-line field with an optional hint and error, wired like Field. */
export function TextArea(props: TextAreaProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [props.error ? errorId : null, props.hint ? hintId : null].filter(Boolean).join(' ');
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
        <textarea
          id={id}
          ref={props.inputRef}
          name={props.name}
          class="text-area"
          rows={props.rows ?? 3}
          maxLength={props.maxLength}
          required={props.required}
          value={props.value}
          onInput={(event) => props.onInput(event.currentTarget.value)}
          aria-invalid={props.error ? 'true' : undefined}
          aria-describedby={describedBy || undefined}
        />
      </div>
    </div>
  );
}

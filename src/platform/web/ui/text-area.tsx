import type { Ref } from 'preact';
import { useId } from 'preact/hooks';
import { fieldAria, FieldFrame, type LabelledFieldProps } from './field-frame.tsx';

interface TextAreaProps extends LabelledFieldProps {
  rows?: number;
  maxLength?: number;
  required?: boolean;
  inputRef?: Ref<HTMLTextAreaElement>;
}

/** A labelled multi-line field with an optional hint and error, wired like Field. */
export function TextArea(props: TextAreaProps) {
  const id = useId();
  return (
    <FieldFrame id={id} label={props.label} hint={props.hint} error={props.error}>
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
        {...fieldAria(id, props)}
      />
    </FieldFrame>
  );
}

import { useId } from 'preact/hooks';
export { fromLocalInput, toLocalInput } from '../../time/device.ts';
import { fieldAria, FieldFrame, type LabelledFieldProps } from './field-frame.tsx';

interface DateTimeFieldProps extends LabelledFieldProps {
  /** A local date and time as the input holds it: "2026-05-01T20:30" (seconds allowed). */
  value: string;
  min?: string;
}

/** A labelled date and time picker (the browser's own), wired like Field. */
export function DateTimeField(props: DateTimeFieldProps) {
  const id = useId();
  return (
    <FieldFrame id={id} label={props.label} hint={props.hint} error={props.error}>
      <input
        id={id}
        name={props.name}
        type="datetime-local"
        value={props.value}
        min={props.min}
        onInput={(event) => props.onInput(event.currentTarget.value)}
        {...fieldAria(id, props)}
      />
    </FieldFrame>
  );
}

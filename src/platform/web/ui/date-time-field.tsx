import { useId } from 'preact/hooks';
import { fieldAria, FieldFrame, type LabelledFieldProps } from './field-frame.tsx';

interface DateTimeFieldProps extends LabelledFieldProps {
  /** A local date and time as the input holds it: "2026-05-01T20:30" (seconds allowed). */
  value: string;
  min?: string;
}

/** "2026-05-01T20:30" in the person's own time zone, for a date-time input. */
export function toLocalInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The input's local value as an ISO instant, or null when it is not a whole date and time. */
export function fromLocalInput(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value)) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
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

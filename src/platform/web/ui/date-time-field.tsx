import { useId } from 'preact/hooks';

interface DateTimeFieldProps {
  label: string;
  name: string;
  /** A local date and time as the input holds it: "2026-05-01T20:30" (seconds allowed). */
  value: string;
  onInput: (value: string) => void;
  hint?: string | undefined;
  error?: string | undefined;
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
        <input
          id={id}
          name={props.name}
          type="datetime-local"
          value={props.value}
          min={props.min}
          onInput={(event) => props.onInput(event.currentTarget.value)}
          aria-invalid={props.error ? 'true' : undefined}
          aria-describedby={describedBy || undefined}
        />
      </div>
    </div>
  );
}

import type { ComponentChildren } from 'preact';

/** What every labelled field takes: Field, TextArea and DateTimeField. */
export interface LabelledFieldProps {
  label: string;
  name: string;
  value: string;
  onInput: (value: string) => void;
  hint?: string | undefined;
  /** A message about what is wrong, shown next to the field and read out with it. */
  error?: string | undefined;
}

interface FieldFrameProps {
  /** The control's id (from useId in the field): the label points at it, the hint and error derive from it. */
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  /** The control itself, with `{...fieldAria(id, props)}` on it. */
  children: ComponentChildren;
}

/** The attributes that tie a control to its hint and error for assistive tech. */
export function fieldAria(
  id: string,
  { hint, error }: { hint?: string | undefined; error?: string | undefined },
): { 'aria-invalid': 'true' | undefined; 'aria-describedby': string | undefined } {
  const describedBy = [error ? `${id}-error` : null, hint ? `${id}-hint` : null]
    .filter(Boolean)
    .join(' ');
  return {
    'aria-invalid': error ? 'true' : undefined,
    'aria-describedby': describedBy || undefined,
  };
}

/** The label, the optional hint and error, and the box the control sits in. */
export function FieldFrame({ id, label, hint, error, children }: FieldFrameProps) {
  return (
    <div class={`field${error ? ' field--invalid' : ''}`}>
      <label for={id} class="field-label">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} class="field-hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} class="field-error">
          {error}
        </p>
      ) : null}
      <div class="field-control">{children}</div>
    </div>
  );
}

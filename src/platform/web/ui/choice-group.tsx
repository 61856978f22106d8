import '../styles/choice.css';
import { useId } from 'preact/hooks';

export interface Choice<V extends string> {
  value: V;
  label: string;
}

interface ChoiceGroupProps<V extends string> {
  legend: string;
  /** Shows the legend to screen readers only (when a heading nearby already says it). */
  legendHidden?: boolean;
  options: readonly Choice<V>[];
  value: V | null;
  onChange: (value: V) => void;
  hint?: string;
  error?: string | undefined;
  /** Pills side by side (wrapping), instead of a list. */
  inline?: boolean;
  disabled?: boolean;
}

/** A labelled set of radio buttons: one choice, keyboard-friendly, read out as a group. */
export function ChoiceGroup<V extends string>(props: ChoiceGroupProps<V>) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [props.error ? errorId : null, props.hint ? hintId : null]
    .filter(Boolean)
    .join(' ');
  return (
    <fieldset
      class={`choice-group${props.inline ? ' choice-group--inline' : ''}${props.error ? ' choice-group--invalid' : ''}`}
      aria-describedby={describedBy || undefined}
      aria-invalid={props.error ? 'true' : undefined}
    >
      <legend class={props.legendHidden ? 'visually-hidden' : 'choice-legend'}>
        {props.legend}
      </legend>
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
      <div class="choice-options">
        {props.options.map((option) => (
          <label
            key={option.value}
            class={`choice${props.value === option.value ? ' choice--checked' : ''}`}
          >
            <input
              type="radio"
              name={id}
              value={option.value}
              checked={props.value === option.value}
              disabled={props.disabled}
              onChange={() => props.onChange(option.value)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { Notice } from './notice.tsx';

interface FormProps {
  onSubmit: () => void;
  /** A message for the whole form (not tied to one field). */
  error?: string | null | undefined;
  /** Bump this when new field errors are shown: focus then moves to the first invalid field. */
  invalidToken?: number;
  label?: string;
  children: ComponentChildren;
}

/**
 * A form that validates itself (noValidate: our messages, in our words, next to the field)
 * and moves focus to the first field that needs attention.
 */
export function Form({ onSubmit, error, invalidToken = 0, label, children }: FormProps) {
  const form = useRef<HTMLFormElement>(null);
  // In the same commit as the messages, so the field that needs attention has focus when they show.
  useLayoutEffect(() => {
    if (invalidToken === 0) return;
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [invalidToken]);
  return (
    <form
      ref={form}
      class="form"
      noValidate
      aria-label={label}
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      {error ? <Notice tone="error">{error}</Notice> : null}
      {children}
    </form>
  );
}

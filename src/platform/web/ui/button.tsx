import type { ButtonHTMLAttributes, ComponentChildren } from 'preact';

export type ButtonVariant = 'primary' | 'secondary' | 'quiet' | 'danger';

interface ButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'class' | 'className'> {
  variant?: ButtonVariant;
  /** While true the button says `busyLabel` and ignores presses (it stays focusable). */
  busy?: boolean;
  busyLabel?: string;
  children: ComponentChildren;
}

export function Button({
  variant = 'primary',
  busy = false,
  busyLabel,
  children,
  type,
  onClick,
  ...rest
}: ButtonProps) {
  return (
    <button
      {...rest}
      type={type ?? 'button'}
      class={`btn btn--${variant}`}
      aria-disabled={busy || rest.disabled ? 'true' : undefined}
      onClick={(event) => {
        if (busy) {
          event.preventDefault();
          return;
        }
        onClick?.(event);
      }}
    >
      {busy && busyLabel ? busyLabel : children}
    </button>
  );
}

interface LinkButtonProps {
  href: string;
  variant?: ButtonVariant;
  children: ComponentChildren;
}

/** A link that looks like a button: it goes somewhere, it doesn't do something. */
export function LinkButton({ href, variant = 'primary', children }: LinkButtonProps) {
  return (
    <a href={href} class={`btn btn--${variant}`}>
      {children}
    </a>
  );
}

import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { Button, type ButtonVariant } from './button.tsx';

interface ConfirmProps {
  /** What is being asked; a visible heading when `showTitle`, else the group's accessible name. */
  title: string;
  showTitle?: boolean;
  /** The question in words, and any field the answer needs. */
  children: ComponentChildren;
  yes: string;
  onYes: () => unknown;
  /** `danger` for what cannot be undone. */
  yesVariant?: ButtonVariant;
  busy?: boolean;
  busyLabel?: string;
  /** Another answer besides yes and no (e.g. "No, it didn't"), shown between them. */
  more?: ComponentChildren;
  no: string;
  onNo: () => void;
  noVariant?: ButtonVariant;
  /** More classes for the group, e.g. `card` where it stands on its own. */
  class?: string;
}

/**
 * "Are you sure?" in one shape everywhere: a group named by its question, the words, then the
 * answer and a way back. Focus moves to it when it appears, so a keyboard or screen-reader user
 * hears the question before the buttons.
 */
export function Confirm(props: ConfirmProps) {
  const box = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    (heading.current ?? box.current)?.focus();
  }, []);
  const headingId = `confirm-${props.title.replace(/\W+/g, '-').toLowerCase()}`;
  return (
    <div
      class={props.class ? `confirm ${props.class}` : 'confirm'}
      role="group"
      ref={box}
      tabIndex={-1}
      {...(props.showTitle ? { 'aria-labelledby': headingId } : { 'aria-label': props.title })}
    >
      {props.showTitle ? (
        <h3 id={headingId} tabIndex={-1} ref={heading}>
          {props.title}
        </h3>
      ) : null}
      {props.children}
      <div class="actions">
        <Button
          variant={props.yesVariant ?? 'primary'}
          busy={props.busy}
          busyLabel={props.busyLabel}
          onClick={() => void props.onYes()}
        >
          {props.yes}
        </Button>
        {props.more}
        <Button variant={props.noVariant ?? 'secondary'} onClick={props.onNo}>
          {props.no}
        </Button>
      </div>
    </div>
  );
}

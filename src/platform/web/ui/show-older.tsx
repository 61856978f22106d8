import { useEffect, useState } from 'preact/hooks';
import { paging } from '../../../content/paging.ts';
import type { Outcome } from '../use-action.ts';
import { Button } from './button.tsx';

interface ShowOlderProps<P> {
  older: {
    hasMore: boolean;
    busy: boolean;
    error: unknown;
    load: () => Promise<Outcome<P | null>>;
  };
  /** "Show older entries" */
  label: string;
  /** "3 older entries loaded." */
  loaded: (count: number) => string;
  /** How many items a page brought, and the element id of the first one to move focus to. */
  countOf: (page: P) => number;
  firstIdOf: (page: P) => string | undefined;
}

/**
 * The end of a list that has more: a button that loads the next older page and appends it.
 * Focus moves to the first item it brought (the button may be gone by then) and a polite live
 * region says how many came; a failure says so calmly and the same button tries again.
 */
export function ShowOlder<P>(props: ShowOlderProps<P>) {
  const [message, setMessage] = useState('');
  const [focusId, setFocusId] = useState<string | undefined>(undefined);
  useEffect(() => {
    if (!focusId) return;
    document.getElementById(focusId)?.focus();
    setFocusId(undefined);
  }, [focusId]);
  const { older } = props;
  return (
    <div class="show-older">
      <p class="visually-hidden" role="status" aria-live="polite">
        {message}
      </p>
      {older.error ? (
        <p class="notice notice--error" role="alert">
          {paging.failed}
        </p>
      ) : null}
      {older.hasMore ? (
        <Button
          variant="secondary"
          busy={older.busy}
          busyLabel={paging.loading}
          onClick={async () => {
            setMessage('');
            const outcome = await older.load();
            if (!outcome.ok || !outcome.value) return;
            setMessage(props.loaded(props.countOf(outcome.value)));
            setFocusId(props.firstIdOf(outcome.value));
          }}
        >
          {older.error ? paging.retry : props.label}
        </Button>
      ) : null}
    </div>
  );
}

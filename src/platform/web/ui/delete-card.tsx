import { useState } from 'preact/hooks';
import { useAction } from '../use-action.ts';
import { Button } from './button.tsx';
import { Confirm } from './confirm.tsx';
import { Notice } from './notice.tsx';

/** A delete card's words, from the feature's own content. */
export interface DeleteCardWords {
  deleteHeading: string;
  /** The button, and the question's accessible name. */
  delete: string;
  deleteConfirm: string;
  deleteYes: string;
  deleteNo: string;
}

interface DeleteCardProps {
  headingId: string;
  words: DeleteCardWords;
  remove: () => Promise<unknown>;
  /** Runs once it is gone (the screen usually goes back to its list). */
  onDeleted: () => void;
}

/**
 * A card for deleting one thing of my own for good, a journal entry or a letter not yet
 * delivered: a danger button, then "are you sure?" in its place.
 */
export function DeleteCard({ headingId, words, remove, onDeleted }: DeleteCardProps) {
  const [confirming, setConfirming] = useState(false);
  const action = useAction(remove);
  return (
    <section class="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{words.deleteHeading}</h2>
      {action.error ? <Notice tone="error">{action.error.message}</Notice> : null}
      {confirming ? (
        <Confirm
          title={words.delete}
          yes={words.deleteYes}
          yesVariant="danger"
          busy={action.busy}
          onYes={async () => {
            if ((await action.run()).ok) onDeleted();
          }}
          no={words.deleteNo}
          onNo={() => setConfirming(false)}
        >
          <p>{words.deleteConfirm}</p>
        </Confirm>
      ) : (
        <div class="actions">
          <Button variant="danger" onClick={() => setConfirming(true)}>
            {words.delete}
          </Button>
        </div>
      )}
    </section>
  );
}

import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { formatDateTime } from '../format.ts';
import { useAction } from '../use-action.ts';
import { Button } from './button.tsx';
import { Confirm } from './confirm.tsx';
import { Notice } from './notice.tsx';

/** The words of a card of earlier answers, from the feature's own content. */
export interface EarlierListWords {
  heading: string;
  /** "From <when>": each item's title. */
  item: (when: string) => string;
  delete: string;
  /** The delete button's accessible name, which says which one. */
  deleteLabel: (when: string) => string;
  confirm: string;
  confirmYes: string;
  keep: string;
}

interface EarlierListProps<T> {
  headingId: string;
  words: EarlierListWords;
  items: T[];
  /** What an item says under its title. */
  detail: (item: T) => ComponentChildren;
  remove: (id: string) => Promise<unknown>;
  onDeleted: () => void;
}

/**
 * My earlier answers, each with its time and a delete that asks first, one question open at a
 * time: the reflection's earlier takes, the safety checks.
 */
export function EarlierList<T extends { id: string; takenAt: string }>({
  headingId,
  words,
  items,
  detail,
  remove,
  onDeleted,
}: EarlierListProps<T>) {
  const [asking, setAsking] = useState<string | null>(null);
  const action = useAction(remove);
  return (
    <section class="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{words.heading}</h2>
      {action.error ? <Notice tone="error">{action.error.message}</Notice> : null}
      <ul class="item-list">
        {items.map((item) => {
          const when = formatDateTime(item.takenAt);
          return (
            <li key={item.id} class="item">
              <div class="item-text">
                <p class="item-title">{words.item(when)}</p>
                {detail(item)}
                {asking === item.id ? (
                  <Confirm
                    title={words.confirm}
                    yes={words.confirmYes}
                    yesVariant="danger"
                    busy={action.busy}
                    onYes={async () => {
                      if ((await action.run(item.id)).ok) {
                        setAsking(null);
                        onDeleted();
                      }
                    }}
                    no={words.keep}
                    onNo={() => setAsking(null)}
                  >
                    <p>{words.confirm}</p>
                  </Confirm>
                ) : null}
              </div>
              {asking === item.id ? null : (
                <Button
                  variant="secondary"
                  aria-label={words.deleteLabel(when)}
                  onClick={() => setAsking(item.id)}
                >
                  {words.delete}
                </Button>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

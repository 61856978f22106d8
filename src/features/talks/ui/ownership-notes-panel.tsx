import styles from './talks.module.css';
import type { Ref } from 'preact';
import { useState } from 'preact/hooks';
import { ownership as words } from '../../../content/ownership.ts';
import type { PhraseNote, StatementField } from '../ownership-notes.ts';

/**
 * What we noticed before sending. With no notes it says only that none of the phrases we look
 * for are there (never that the words are good), and offers the parts of an apology as an
 * optional checklist the author ticks for themselves: nothing in it is sent or saved.
 */
export function OwnershipNotesPanel(props: {
  notes: { field: StatementField; note: PhraseNote }[];
  labels: Record<StatementField, string>;
  headingRef: Ref<HTMLHeadingElement>;
}) {
  const [ticked, setTicked] = useState<boolean[]>(words.checklist.map(() => false));
  return (
    <section class="card" aria-labelledby="notes-heading">
      <h2 id="notes-heading" tabIndex={-1} ref={props.headingRef}>
        {words.notesHeading}
      </h2>
      {props.notes.length === 0 ? (
        <p role="status">{words.notesNone}</p>
      ) : (
        <>
          <p role="status">{words.notesIntro}</p>
          <ul class={styles.noteList}>
            {props.notes.map(({ field, note }) => (
              <li key={`${field}-${note.rule.id}`} class={styles.note} data-testid="ownership-note">
                <p class={styles.noteTitle}>
                  {note.rule.label}{' '}
                  <span class="item-meta">{words.noteIn(props.labels[field])}</span>
                </p>
                <p class={styles.noteWords}>{words.noteWords(note.match)}</p>
                <p>
                  <strong>{words.noteWhy}:</strong> {note.rule.why}
                </p>
                <p>
                  <strong>{words.noteInstead}:</strong> {note.rule.instead}
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
      <fieldset class={styles.apologyChecklist}>
        <legend class={styles.statementPart}>{words.checklistHeading}</legend>
        <p class="field-hint">{words.checklistLead}</p>
        {words.checklist.map((item, i) => (
          <label key={item} class={styles.apologyCheck}>
            <input
              type="checkbox"
              checked={ticked[i]}
              onChange={(e) =>
                setTicked(ticked.map((t, j) => (j === i ? e.currentTarget.checked : t)))
              }
            />
            {item}
          </label>
        ))}
      </fieldset>
    </section>
  );
}

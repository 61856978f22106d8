import styles from './reflection.module.css';
import { levelWords, patternById, stances } from '../../../content/patterns.ts';
import { reflection as words } from '../../../content/reflection.ts';
import { formatDateTime } from '../../../platform/web/format.ts';
import type { PartnerReflection } from './reflection-api.ts';

/** Only what the partner shared. The empty state reads the same whatever else they have. */
export function PartnerShared({ view }: { view: PartnerReflection }) {
  const name = view.partner?.displayName;
  const nothing = view.patterns.length === 0 && view.stance === null;
  return (
    <section class="card" aria-labelledby="partner-shared-heading">
      <h2 id="partner-shared-heading">
        {name ? words.partner.heading(name) : words.partner.headingNoName}
      </h2>
      {!view.partner ? (
        <p>{words.partner.noPartner}</p>
      ) : nothing ? (
        <p>{words.partner.none}</p>
      ) : null}
      {view.stance && name ? <p>{stances[view.stance].theirs(name)}</p> : null}
      {view.patterns.length > 0 ? (
        <ul class="item-list">
          {view.patterns.map((p) => (
            <li key={p.pattern} class="item">
              <div class="item-text">
                <p class="item-title">{patternById(p.pattern).name}</p>
                <p>{levelWords[p.level].theirs}</p>
                {p.note ? (
                  <p>
                    <span class="muted">{words.partner.theirNote}: </span>
                    <span class={styles.noteText}>{p.note}</span>
                  </p>
                ) : null}
                <p class="item-meta">{words.partner.sharedOn(formatDateTime(p.takenAt))}</p>
              </div>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

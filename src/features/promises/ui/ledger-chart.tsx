import styles from './promises.module.css';
import { ledger as words } from '../../../content/promises.ts';
import { formatDay } from '../../../platform/time/days.ts';
import type { LedgerWeek } from './promises-api.ts';

// A small stacked bar per week, in plain SVG (no chart library, no scale to "win"). The table
// underneath holds the same numbers for screen readers and for anyone who prefers them.

const allParts = ['kept', 'renegotiated', 'missedRepaired', 'missed'] as const;
type Column = 'made' | (typeof allParts)[number] | 'noticed';
const shortWeek = (week: string) => formatDay(week, 'dayMonth');

const BAR = 18;
const GAP = 10;
const HEIGHT = 120;
/** Room either side for a week's label, which is wider than its bar. */
const PAD = 14;
/** A new space has few weeks: they keep the size of a full chart's bars, from the left. */
const MIN_SLOTS = 8;

export function LedgerChart({
  weeks,
  label,
  id,
}: {
  weeks: LedgerWeek[];
  label: string;
  id: string;
}) {
  // A partner's weeks come without made, missed and repaired unless they share them: those
  // columns are left out entirely, not shown as zeros.
  const shown = (c: Column) => weeks.every((w) => w[c] !== null);
  const parts = allParts.filter(shown);
  const hasMade = shown('made');
  const columns: Column[] = [...(hasMade ? (['made'] as const) : []), ...parts, 'noticed'];
  const count = (w: LedgerWeek, c: Column) => w[c] ?? 0;
  const total = (w: LedgerWeek) => parts.reduce((sum, p) => sum + count(w, p), 0);
  // A floor of 4 keeps one promise from looking like a tower; there is no target to reach.
  const max = Math.max(4, ...weeks.map((w) => Math.max(total(w), count(w, 'made'))));
  const unit = (HEIGHT - 4) / max;
  const width = Math.max(weeks.length, MIN_SLOTS) * (BAR + GAP);
  const empty = weeks.every((w) => count(w, 'made') === 0 && total(w) === 0 && w.noticed === 0);
  return (
    <figure class={styles.ledger} aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} class={styles.ledgerCaption}>
        {label}
      </figcaption>
      {empty ? (
        <p class="muted">{words.empty}</p>
      ) : (
        <>
          <svg
            class={styles.ledgerChart}
            viewBox={`${-PAD} 0 ${width + 2 * PAD} ${HEIGHT + 18}`}
            role="img"
            aria-label={words.chartLabel(label.toLowerCase())}
          >
            {weeks.map((w, i) => {
              const x = i * (BAR + GAP) + GAP / 2;
              let y = HEIGHT;
              return (
                <g key={w.week}>
                  {hasMade && count(w, 'made') > 0 ? (
                    <rect
                      class={styles.ledgerMade}
                      x={x - 2}
                      y={HEIGHT - count(w, 'made') * unit}
                      width={BAR + 4}
                      height={count(w, 'made') * unit}
                      rx={3}
                    />
                  ) : null}
                  {parts.map((p) => {
                    const h = count(w, p) * unit;
                    y -= h;
                    return h > 0 ? (
                      <rect
                        key={p}
                        class={styles.ledgerPart}
                        data-part={p}
                        x={x}
                        y={y}
                        width={BAR}
                        height={h}
                      />
                    ) : null;
                  })}
                  {(weeks.length - 1 - i) % 2 === 0 || weeks.length <= 6 ? (
                    <text
                      class={styles.ledgerWeek}
                      x={x + BAR / 2}
                      y={HEIGHT + 14}
                      text-anchor="middle"
                    >
                      {shortWeek(w.week)}
                    </text>
                  ) : null}
                </g>
              );
            })}
          </svg>
          <ul class={styles.ledgerLegend}>
            {hasMade ? (
              <li>
                <span class={`${styles.ledgerSwatch} ${styles.ledgerMade}`} aria-hidden="true" />
                {words.columns.made}
              </li>
            ) : null}
            {parts.map((p) => (
              <li key={p}>
                <span
                  class={`${styles.ledgerSwatch} ${styles.ledgerPart}`}
                  data-part={p}
                  aria-hidden="true"
                />
                {words.columns[p]}
              </li>
            ))}
          </ul>
          <details class={styles.ledgerNumbers}>
            <summary>{words.showTable}</summary>
            <div class={styles.ledgerTableWrap} tabIndex={0} role="region" aria-label={label}>
              <table class={styles.ledgerTable}>
                <caption class="visually-hidden">{label}</caption>
                <thead>
                  <tr>
                    <th scope="col">{words.week}</th>
                    {columns.map((c) => (
                      <th key={c} scope="col">
                        {words.columns[c]}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {[...weeks].reverse().map((w) => (
                    <tr key={w.week}>
                      <th scope="row">{shortWeek(w.week)}</th>
                      {columns.map((c) => (
                        <td key={c}>{count(w, c)}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        </>
      )}
    </figure>
  );
}

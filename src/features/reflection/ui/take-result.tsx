import styles from './reflection.module.css';
import { useState } from 'preact/hooks';
import { levelWords, patternById, type PatternId } from '../../../content/patterns.ts';
import { reflection as words } from '../../../content/reflection.ts';
import { formatDateTime } from '../../../platform/web/format.ts';
import { useAction } from '../../../platform/web/use-action.ts';
import { Button } from '../../../platform/web/ui/button.tsx';
import { Notice } from '../../../platform/web/ui/notice.tsx';
import { ToolList } from '../../../platform/web/ui/tool-list.tsx';
import { reflectionApi, type Take } from './reflection-api.ts';

/** My latest result: per pattern what it may mean, and sharing, per pattern or whole. */
export function TakeResult({
  take,
  canShare,
  onChange,
}: {
  take: Take;
  canShare: boolean;
  onChange: (take: Take) => void;
}) {
  const share = useAction(reflectionApi.share);
  const [saved, setSaved] = useState(false);
  const shared = take.patterns.filter((p) => p.shared).map((p) => p.pattern);
  const includeNotes = take.patterns.some((p) => p.noteShared);

  async function setShared(patterns: PatternId[], notes = includeNotes) {
    setSaved(false);
    const outcome = await share.run(take.id, { patterns, includeNotes: notes });
    if (outcome.ok) {
      onChange(outcome.value);
      setSaved(true);
    }
  }

  return (
    <section aria-labelledby="result-heading" class="section">
      <h2 id="result-heading">{words.result.heading}</h2>
      <p class="muted">{words.result.takenOn(formatDateTime(take.takenAt))}</p>
      {take.patterns.map((p) => {
        const pattern = patternById(p.pattern);
        return (
          <article
            key={p.pattern}
            class={`card ${styles.patternResult}`}
            aria-labelledby={`result-${p.pattern}`}
          >
            <h3 id={`result-${p.pattern}`}>{pattern.name}</h3>
            <p class={styles.level} data-level={p.level}>
              {levelWords[p.level].mine}
            </p>
            {/* Folded, so the four patterns fit a phone; a summary is a button to every reader. */}
            <details class="fold">
              <summary>{words.result.more}</summary>
              <h4>{words.result.beneath}</h4>
              <p>{pattern.beneath}</p>
              <h4>{words.result.work}</h4>
              <ul>
                {pattern.work.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
              <h4>{words.result.tools}</h4>
              <ToolList ids={pattern.tools} />
              {p.note ? (
                <>
                  <h4>{words.result.yourNote}</h4>
                  <p class={styles.noteText}>{p.note}</p>
                </>
              ) : null}
            </details>
            {/* Who sees it and the one button that changes it, on one line. */}
            <div class={styles.patternShare}>
              <p class="muted">{p.shared ? words.result.shared : words.result.private}</p>
              {canShare || p.shared ? (
                <div class="pattern-share-action">
                  {p.shared ? (
                    <Button
                      variant="secondary"
                      aria-label={words.result.unshareLabel(pattern.name)}
                      onClick={() => setShared(shared.filter((s) => s !== p.pattern))}
                    >
                      {words.result.unshare}
                    </Button>
                  ) : (
                    <Button
                      variant="secondary"
                      aria-label={words.result.shareLabel(pattern.name)}
                      onClick={() => setShared([...shared, p.pattern])}
                    >
                      {words.result.share}
                    </Button>
                  )}
                </div>
              ) : null}
            </div>
          </article>
        );
      })}
      <section class="card" aria-labelledby="sharing-heading">
        <h3 id="sharing-heading">{words.sharing.heading}</h3>
        <p>{words.sharing.body}</p>
        {canShare ? null : <Notice>{words.sharing.cannot}</Notice>}
        {share.error ? <Notice tone="error">{share.error.message}</Notice> : null}
        {saved ? <Notice tone="success">{words.sharing.saved}</Notice> : null}
        <label class={`check-line ${styles.checkLine}`}>
          <input
            type="checkbox"
            checked={includeNotes}
            disabled={!canShare && !includeNotes}
            onChange={(e) => setShared(shared, e.currentTarget.checked)}
          />
          <span>{words.sharing.includeNotes}</span>
        </label>
        <div class="actions">
          {canShare ? (
            <Button
              variant="secondary"
              onClick={() => setShared(take.patterns.map((p) => p.pattern))}
            >
              {words.sharing.shareAll}
            </Button>
          ) : null}
          <Button variant="secondary" onClick={() => setShared([], false)}>
            {words.sharing.unshareAll}
          </Button>
        </div>
      </section>
    </section>
  );
}

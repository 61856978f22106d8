import { path as words } from '../../../content/path.ts';
import { stageById, statusWords } from '../../../content/stages.ts';
import { formatRelative } from '../../../platform/web/format.ts';
import type { StageChange } from './path-api.ts';
import { whoName } from './stage-marker.tsx';

/** The newest changes stay in view; older ones wait behind a fold, so the path fits a phone. */
const SHOWN = 4;

/** Every change, newest first, with who and when. Going back shows as plainly as going on. */
export function StageHistory({
  changes,
  oneStage,
}: {
  changes: StageChange[];
  oneStage?: boolean;
}) {
  const body = (
    <>
      {changes.length === 0 ? <p>{words.historyNone}</p> : null}
      <ChangeList changes={changes.slice(0, SHOWN)} oneStage={oneStage} />
      {changes.length > SHOWN ? (
        <details class="fold">
          <summary>{words.historyEarlier(changes.length - SHOWN)}</summary>
          <ChangeList changes={changes.slice(SHOWN)} oneStage={oneStage} />
        </details>
      ) : null}
    </>
  );
  if (oneStage) {
    return (
      <section class="card" aria-labelledby="history-heading">
        <h2 id="history-heading">{words.historyHeading}</h2>
        {body}
      </section>
    );
  }
  // On the path itself the changes of all seven stages open with one tap (decision 140).
  return (
    <details class="card fold-card">
      <summary>
        <h2 id="history-heading">{words.historyHeading}</h2>
      </summary>
      {body}
    </details>
  );
}

function ChangeList({ changes, oneStage }: { changes: StageChange[]; oneStage?: boolean }) {
  return (
    <ul class="item-list history-list">
      {changes.map((c) => {
        const from = statusWords[c.from].label.toLowerCase();
        const to = statusWords[c.to].label.toLowerCase();
        return (
          <li key={c.id} class="item">
            <div class="item-text">
              <p class="item-title">
                {oneStage
                  ? words.historyItemStage(whoName(c.by), from, to)
                  : words.historyItem(whoName(c.by), stageById(c.stage).name, from, to)}
              </p>
              <p class="item-meta">
                <time dateTime={c.at}>{formatRelative(c.at)}</time>
                {c.carriedOver ? ` · ${words.historyCarried}` : null}
              </p>
            </div>
          </li>
        );
      })}
    </ul>
  );
}

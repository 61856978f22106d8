import styles from './path.module.css';
import { useEffect, useRef, useState } from 'preact/hooks';
import { path as words } from '../../../content/path.ts';
import {
  stageById,
  stageStatuses,
  statusWords,
  type StageStatus,
} from '../../../content/stages.ts';
import { formatRelative } from '../../../platform/web/format.ts';
import { useAction } from '../../../platform/web/use-action.ts';
import { Button } from '../../../platform/web/ui/button.tsx';
import { ChoiceGroup } from '../../../platform/web/ui/choice-group.tsx';
import { Notice } from '../../../platform/web/ui/notice.tsx';
import { pathApi, type StageMark, type StageState } from './path-api.ts';

const options = stageStatuses.map((s) => ({ value: s, label: statusWords[s].label }));

export function whoName(by: { name: string | null; isMe: boolean } | null): string {
  if (!by) return words.whoLeft;
  return by.isMe ? words.whoYou : (by.name ?? words.whoLeft);
}

/** When a mark was made, and, for an old shared one, that it was marked for both. */
function markMeta(mark: StageMark, mine: boolean): string | null {
  if (!mark.updatedAt) return null;
  const when = formatRelative(mark.updatedAt);
  if (mark.carriedOver) return words.carriedOver(when);
  return mine ? words.marked(when) : words.partnerMarked(when);
}

/** My partner's own mark, read-only, beside mine. */
function PartnerMark({ name, mark }: { name: string; mark: StageMark }) {
  const meta = markMeta(mark, false);
  return (
    <div class={styles.partnerMark}>
      <p>
        {mark.version === 0
          ? words.partnerNotYet(name)
          : words.partnerMark(name, statusWords[mark.status].label.toLowerCase())}
      </p>
      {meta && mark.version > 0 ? <p class="item-meta">{meta}</p> : null}
    </div>
  );
}

/**
 * My own mark of a stage, one click each, and my partner's beside it. Sends the version it saw;
 * if my mark changed meanwhile (another window), says so calmly and shows where it stands now.
 */
export function StageMarker({
  state,
  partnerName,
  canChange,
  onChanged,
  folded = false,
  onOpen,
}: {
  state: StageState;
  partnerName: string | null;
  canChange: boolean;
  onChanged: () => void;
  /** On the path's list only one stage shows its choices at a time; the rest say where they stand. */
  folded?: boolean;
  onOpen?: () => void;
}) {
  const mark = useAction(pathApi.mark);
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  // Shown at once while it saves, until the mark as saved arrives.
  const [pending, setPending] = useState<StageStatus | null>(null);
  useEffect(() => setPending(null), [state.mine.version, state.mine.status]);
  const stage = stageById(state.stage);
  const meta = markMeta(state.mine, true);
  const box = useRef<HTMLDivElement>(null);
  const opened = useRef(false);
  useEffect(() => {
    // Opened by its button: focus goes to the chosen answer, where the keyboard continues.
    if (!folded && opened.current) {
      opened.current = false;
      box.current?.querySelector<HTMLInputElement>('input:checked, input')?.focus();
    }
  }, [folded]);

  async function choose(status: StageStatus) {
    setMessage(null);
    setPending(status);
    const outcome = await mark.run(state.stage, { status, version: state.mine.version });
    if (!outcome.ok) setPending(null);
    if (outcome.ok)
      setMessage({ tone: 'success', text: words.saved(stage.name, statusWords[status].label) });
    else if (outcome.error?.code === 'stale_version')
      setMessage({ tone: 'error', text: words.stale });
    else if (outcome.error) setMessage({ tone: 'error', text: outcome.error.message });
    onChanged();
  }

  if (folded) {
    return (
      <div class={`${styles.stageMarker} ${styles.stageMarkerFolded}`} ref={box}>
        <div class={styles.stageMarks}>
          <p>{words.yourMark(statusWords[state.mine.status].label.toLowerCase())}</p>
          {meta ? <p class="item-meta">{meta}</p> : null}
          {state.partner && partnerName ? (
            <PartnerMark name={partnerName} mark={state.partner} />
          ) : null}
        </div>
        {canChange ? (
          <Button
            variant="secondary"
            aria-expanded="false"
            aria-label={words.changeMarkLabel(stage.name)}
            onClick={() => {
              opened.current = true;
              onOpen?.();
            }}
          >
            {words.changeMark}
          </Button>
        ) : null}
      </div>
    );
  }

  return (
    <div class={styles.stageMarker} ref={box}>
      <ChoiceGroup
        legend={words.markLegend(stage.name)}
        legendHidden
        options={options}
        value={pending ?? state.mine.status}
        inline
        disabled={!canChange || mark.busy}
        onChange={(status) => void choose(status)}
      />
      {meta ? <p class="item-meta">{meta}</p> : null}
      {state.partner && partnerName ? (
        <PartnerMark name={partnerName} mark={state.partner} />
      ) : null}
      <div role="status" class={styles.stageMarkerStatus}>
        {message ? <Notice tone={message.tone}>{message.text}</Notice> : null}
      </div>
    </div>
  );
}

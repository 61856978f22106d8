import { useEffect, useState } from 'preact/hooks';
import { path as words } from '../../../content/path.ts';
import { stageById, stageStatuses, statusWords, type StageStatus } from '../../../content/stages.ts';
import { formatRelative } from '../../../platform/web/format.ts';
import { useAction } from '../../../platform/web/use-action.ts';
import { ChoiceGroup } from '../../../platform/web/ui/choice-group.tsx';
import { Notice } from '../../../platform/web/ui/notice.tsx';
import { pathApi, type StageState } from './path-api.ts';

const options = stageStatuses.map((s) => ({ value: s, label: statusWords[s].label }));

export function whoName(by: { name: string | null; isMe: boolean } | null): string {
  if (!by) return words.whoLeft;
  return by.isMe ? words.whoYou : (by.name ?? words.whoLeft);
}

/**
 * The four ways to mark a stage, one click each. Sends the version it saw; if the partner
 * changed it meanwhile, says so calmly and shows where it stands now.
 */
export function StageMarker({ state, canChange, onChanged }: { state: StageState; canChange: boolean; onChanged: () => void }) {
  const mark = useAction(pathApi.mark);
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  // Shown at once while it saves, until the stage as saved (or as the partner left it) arrives.
  const [pending, setPending] = useState<StageStatus | null>(null);
  useEffect(() => setPending(null), [state.version, state.status]);
  const stage = stageById(state.stage);

  async function choose(status: StageStatus) {
    setMessage(null);
    setPending(status);
    const outcome = await mark.run(state.stage, { status, version: state.version });
    if (!outcome.ok) setPending(null);
    if (outcome.ok) setMessage({ tone: 'success', text: words.saved(stage.name, statusWords[status].label) });
    else if (outcome.error?.code === 'stale_version') setMessage({ tone: 'error', text: words.stale });
    else if (outcome.error) setMessage({ tone: 'error', text: outcome.error.message });
    onChanged();
  }

  return (
    <div class="stage-marker">
      <ChoiceGroup
        legend={words.markLegend(stage.name)}
        legendHidden
        options={options}
        value={pending ?? state.status}
        inline
        disabled={!canChange || mark.busy}
        onChange={(status) => void choose(status)}
      />
      {state.updatedAt ? (
        <p class="item-meta">{words.marked(state.updatedBy?.isMe ? words.you : whoName(state.updatedBy), formatRelative(state.updatedAt))}</p>
      ) : null}
      <div role="status" class="stage-marker-status">
        {message ? <Notice tone={message.tone}>{message.text}</Notice> : null}
      </div>
    </div>
  );
}

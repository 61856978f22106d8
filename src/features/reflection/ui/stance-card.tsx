import styles from './reflection.module.css';
import { useState } from 'preact/hooks';
import { stanceIds, stances, type StanceId } from '../../../content/patterns.ts';
import { reflection as words } from '../../../content/reflection.ts';
import { useAction } from '../../../platform/web/use-action.ts';
import { Button } from '../../../platform/web/ui/button.tsx';
import { ChoiceGroup } from '../../../platform/web/ui/choice-group.tsx';
import { Notice } from '../../../platform/web/ui/notice.tsx';
import { reflectionApi, type MyReflection } from './reflection-api.ts';

const options = stanceIds.map((id) => ({ value: id, label: stances[id].label }));

export function StanceCard({
  current,
  canShare,
}: {
  current: MyReflection['stance'];
  canShare: boolean;
}) {
  const [value, setValue] = useState<StanceId | null>(current?.stance ?? null);
  const [shared, setShared] = useState(current?.shared ?? false);
  const [state, setState] = useState(current);
  const [saved, setSaved] = useState(false);
  // Once said, the answer shows in a line; the choices open again with one button.
  const [editing, setEditing] = useState(!current);
  const save = useAction(reflectionApi.setStance);

  async function submit() {
    if (!value) return;
    setSaved(false);
    const outcome = await save.run({ stance: value, shared });
    if (outcome.ok) {
      setState(outcome.value);
      setSaved(true);
    }
  }

  if (!editing && state) {
    return (
      <section class="card" aria-labelledby="stance-heading">
        <h2 id="stance-heading">{words.stance.heading}</h2>
        <p>{words.stance.said(stances[state.stance].label)}</p>
        {saved ? <Notice tone="success">{words.stance.saved}</Notice> : null}
        <p class="muted">{state.shared ? words.stance.sharedNote : words.stance.privateNote}</p>
        <div class="actions">
          <Button variant="secondary" onClick={() => setEditing(true)}>
            {words.stance.change}
          </Button>
        </div>
      </section>
    );
  }

  return (
    <section class="card" aria-labelledby="stance-heading">
      <h2 id="stance-heading">{words.stance.heading}</h2>
      <p>{words.stance.body}</p>
      <ChoiceGroup
        legend={words.stance.legend}
        options={options}
        value={value}
        onChange={(v) => setValue(v)}
      />
      {canShare || shared ? (
        <label class={`check-line ${styles.checkLine}`}>
          <input
            type="checkbox"
            checked={shared}
            onChange={(e) => setShared(e.currentTarget.checked)}
          />
          <span>{words.stance.share}</span>
        </label>
      ) : null}
      {save.error ? <Notice tone="error">{save.error.message}</Notice> : null}
      {saved ? <Notice tone="success">{words.stance.saved}</Notice> : null}
      {state ? (
        <p class="muted">{state.shared ? words.stance.sharedNote : words.stance.privateNote}</p>
      ) : null}
      <div class="actions">
        <Button onClick={submit} busy={save.busy} busyLabel={words.stance.busy} disabled={!value}>
          {words.stance.save}
        </Button>
      </div>
    </section>
  );
}

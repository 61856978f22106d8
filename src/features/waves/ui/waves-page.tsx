import styles from './waves.module.css';
import { useEffect, useState } from 'preact/hooks';
import { shell } from '../../../content/shell.ts';
import { waveNeedLabels, waves as words } from '../../../content/waves.ts';
import { formatDateTime } from '../../../platform/web/format.ts';
import { useAction, useLoad } from '../../../platform/web/use-action.ts';
import { Button } from '../../../platform/web/ui/button.tsx';
import { ChoiceGroup } from '../../../platform/web/ui/choice-group.tsx';
import { Form } from '../../../platform/web/ui/form.tsx';
import { Notice } from '../../../platform/web/ui/notice.tsx';
import { PageHeader } from '../../../platform/web/ui/page-header.tsx';
import { TextArea } from '../../../platform/web/ui/text-area.tsx';
import { waveNeeds, type WaveNeed } from '../wave-needs.ts';
import { IncomingWave, PlanParts, unanswered } from './incoming-wave.tsx';
import { useWaveLive } from './use-wave-live.ts';
import { wavesApi, type Wave, type WaveView } from './waves-api.ts';
import { NOTE_MAX, PLAN_PART_MAX } from '../limits.ts';

function SendForm({ view, onSent }: { view: WaveView; onSent: () => void }) {
  const [need, setNeed] = useState<WaveNeed | 'none'>('none');
  const [note, setNote] = useState('');
  const [keep, setKeep] = useState(false);
  const [sent, setSent] = useState<string | null>(null);
  const [invalid, setInvalid] = useState(0);
  const isPrivate = keep || !view.canShare;
  const send = useAction(() =>
    wavesApi.send({ need: need === 'none' ? null : need, note, private: isPrivate }),
  );
  const errors = send.error?.fields ?? {};
  return (
    <section class={`card ${styles.waveForm}`} aria-labelledby="wave-send-heading">
      <h2 id="wave-send-heading">{words.formHeading}</h2>
      {view.canShare ? null : (
        <Notice tone="info">
          <p>{view.partnerName ? words.pausedNotice : words.aloneNotice}</p>
        </Notice>
      )}
      <Form
        error={send.error && !errors.note ? send.error.message : null}
        invalidToken={invalid}
        onSubmit={async () => {
          setSent(null);
          const result = await send.run();
          if (result.ok) {
            setSent(result.value.wave.private ? words.sentPrivate : words.sentShared);
            setNeed('none');
            setNote('');
            setKeep(false);
            onSent();
          } else if (result.error && Object.keys(result.error.fields).length)
            setInvalid((n) => n + 1);
        }}
      >
        <ChoiceGroup
          legend={words.needLegend}
          options={[
            { value: 'none', label: words.noNeed },
            ...waveNeeds.map((n) => ({ value: n, label: waveNeedLabels[n] })),
          ]}
          value={need}
          onChange={(v) => setNeed(v)}
        />
        <TextArea
          label={words.noteLabel}
          hint={words.noteHint}
          name="note"
          value={note}
          onInput={setNote}
          error={errors.note}
          maxLength={NOTE_MAX}
          rows={4}
        />
        {view.canShare ? (
          <label class="check-line">
            <input
              type="checkbox"
              name="private"
              checked={keep}
              onChange={(e) => setKeep(e.currentTarget.checked)}
            />
            <span>{words.privateLabel}</span>
          </label>
        ) : null}
        <div class="actions">
          <Button type="submit" busy={send.busy} busyLabel={words.busy}>
            {words.send}
          </Button>
        </div>
        <div role="status">{sent ? <p>{sent}</p> : null}</div>
      </Form>
    </section>
  );
}

function History({ view }: { view: WaveView }) {
  const status = (w: Wave) =>
    w.private ? words.privateTag : w.isMine ? (w.seenAt ? words.seenTag : words.waitingTag) : null;
  return (
    <section class={`card ${styles.waveHistory}`} aria-labelledby="wave-history-heading">
      <h2 id="wave-history-heading">{words.historyHeading}</h2>
      {view.waves.length === 0 ? (
        <p>{words.historyEmpty}</p>
      ) : (
        <ul class="item-list">
          {view.waves.map((w) => (
            <li key={w.id} class="item">
              <span class="item-title">
                {w.isMine ? words.mine : words.theirs(view.partnerName ?? '')}
                {w.need ? ` · ${waveNeedLabels[w.need]}` : ''}
              </span>
              <span class="item-meta">
                {formatDateTime(w.createdAt)}
                {status(w) ? ` · ${status(w)}` : ''}
              </span>
              {w.note ? (
                <p class={styles.waveNote}>
                  <span class="muted">{words.noteTag}: </span>
                  {w.note}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function PlanSection({ view, onSaved }: { view: WaveView; onSaved: () => void }) {
  const current = view.plan.mine[0];
  const [helps, setHelps] = useState(current?.helps ?? '');
  const [ask, setAsk] = useState(current?.ask ?? '');
  const [avoid, setAvoid] = useState(current?.avoid ?? '');
  const [saved, setSaved] = useState(false);
  const [invalid, setInvalid] = useState(0);
  useEffect(() => {
    setHelps(current?.helps ?? '');
    setAsk(current?.ask ?? '');
    setAvoid(current?.avoid ?? '');
    // The fields start again from a new version of the plan, not from every render of the same.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [current?.id]);
  const save = useAction(() => wavesApi.savePlan({ helps, ask, avoid }));
  const errors = save.error?.fields ?? {};
  const name = view.partnerName ?? '';
  const earlier = view.plan.mine.slice(1);
  return (
    <section class="card" aria-labelledby="wave-plan-heading">
      <h2 id="wave-plan-heading">{words.planHeading}</h2>
      <p>{words.planLead}</p>
      {view.canShare ? null : (
        <Notice tone="info">
          <p>{view.partnerName ? words.planPaused : words.planAlone}</p>
        </Notice>
      )}
      {view.partnerName ? (
        <>
          <h3>{words.partnerPartHeading(name)}</h3>
          {view.plan.partner ? (
            <PlanParts part={view.plan.partner} />
          ) : (
            <p class="muted">{words.partnerPartEmpty(name)}</p>
          )}
        </>
      ) : null}
      <h3>{words.myPartHeading}</h3>
      <Form
        error={save.error && !Object.keys(errors).length ? save.error.message : null}
        invalidToken={invalid}
        onSubmit={async () => {
          setSaved(false);
          const result = await save.run();
          if (result.ok) {
            setSaved(true);
            onSaved();
          } else if (result.error && Object.keys(result.error.fields).length)
            setInvalid((n) => n + 1);
        }}
      >
        <TextArea
          label={words.helpsLabel}
          name="helps"
          value={helps}
          onInput={setHelps}
          error={errors.helps}
          maxLength={PLAN_PART_MAX}
        />
        <TextArea
          label={words.askLabel}
          name="ask"
          value={ask}
          onInput={setAsk}
          error={errors.ask}
          maxLength={PLAN_PART_MAX}
        />
        <TextArea
          label={words.avoidLabel}
          name="avoid"
          value={avoid}
          onInput={setAvoid}
          error={errors.avoid}
          maxLength={PLAN_PART_MAX}
        />
        <div class="actions">
          <Button type="submit" busy={save.busy} busyLabel={words.savingPlan}>
            {words.savePlan}
          </Button>
        </div>
        <div role="status">{saved ? <p>{words.planSaved}</p> : null}</div>
      </Form>
      {earlier.length ? (
        <details>
          <summary>{words.versionsSummary}</summary>
          {earlier.map((p) => (
            <div key={p.id}>
              <p class="muted">{words.versionFrom(formatDateTime(p.createdAt))}</p>
              <PlanParts part={p} />
            </div>
          ))}
        </details>
      ) : null}
    </section>
  );
}

export function WavesPage() {
  const load = useLoad(wavesApi.view);
  useWaveLive(load.reload);
  const view = load.data;
  return (
    <>
      <PageHeader shared title={words.heading} lead={words.lead} />
      {load.error ? <Notice tone="error">{load.error.message}</Notice> : null}
      {!view ? (
        load.error ? null : (
          <p class="loading" role="status">
            {shell.loading}
          </p>
        )
      ) : (
        <>
          {unanswered(view).map((w) => (
            <IncomingWave key={w.id} wave={w} view={view} onAnswered={load.reload} />
          ))}
          <SendForm view={view} onSent={load.reload} />
          <History view={view} />
          <PlanSection view={view} onSaved={load.reload} />
        </>
      )}
    </>
  );
}

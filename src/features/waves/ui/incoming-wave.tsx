import styles from './waves.module.css';
import { waveNeedLabels, waves as words } from '../../../content/waves.ts';
import { useAction } from '../../../platform/web/use-action.ts';
import { Button } from '../../../platform/web/ui/button.tsx';
import { Notice } from '../../../platform/web/ui/notice.tsx';
import { wavesApi, type Wave, type WaveView } from './waves-api.ts';

/** The plan's three parts as a short list; empty parts are left out. */
export function PlanParts({ part }: { part: NonNullable<WaveView['plan']['partner']> }) {
  const rows = [
    [words.helpsLabel, part.helps],
    [words.askLabel, part.ask],
    [words.avoidLabel, part.avoid],
  ].filter(([, text]) => text);
  return (
    <dl class={styles.wavePlanParts}>
      {rows.map(([label, text]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{text}</dd>
        </div>
      ))}
    </dl>
  );
}

/** My partner's wave, as I see it: what would help, their plan, guidance if I broke trust. */
export function IncomingWave(props: { wave: Wave; view: WaveView; onAnswered: () => void }) {
  const { wave, view } = props;
  const here = useAction(() => wavesApi.here(wave.id));
  const name = view.partnerName ?? '';
  const headingId = `wave-${wave.id}`;
  return (
    <section class="card card--urgent wave-incoming" aria-labelledby={headingId}>
      <h2 id={headingId}>{words.incomingHeading(name)}</h2>
      <p>{wave.need ? words.incomingNeed(waveNeedLabels[wave.need]) : words.incomingNoNeed}</p>
      {view.plan.partner ? (
        <>
          <h3>{words.theirPlanHeading(name)}</h3>
          <PlanParts part={view.plan.partner} />
        </>
      ) : null}
      {view.guidance ? (
        <>
          <h3>{words.guidanceHeading}</h3>
          <ul class={styles.waveGuidance}>
            {words.guidance.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      ) : null}
      {here.error ? <Notice tone="error">{here.error.message}</Notice> : null}
      <div class="actions">
        <Button
          busy={here.busy}
          busyLabel={words.imHereBusy}
          onClick={async () => {
            if ((await here.run()).ok) props.onAnswered();
          }}
        >
          {words.imHere}
        </Button>
      </div>
    </section>
  );
}

/** My partner's shared waves I have not answered yet, newest first. */
export const unanswered = (view: WaveView) =>
  view.waves.filter((w) => !w.isMine && !w.private && !w.seenAt);

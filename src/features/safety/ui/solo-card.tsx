import { safety as words } from '../../../content/safety.ts';
import { useAction } from '../../../platform/web/use-action.ts';
import { Button } from '../../../platform/web/ui/button.tsx';
import { Notice } from '../../../platform/web/ui/notice.tsx';
import { safetyApi, type SafetyView } from './safety-api.ts';

/** Using Kintsugi alone: on and off, for this person only. */
export function SoloCard({
  solo,
  onChange,
}: {
  solo: SafetyView['solo'];
  onChange: (view: SafetyView) => void;
}) {
  const start = useAction(safetyApi.startSolo);
  const end = useAction(safetyApi.endSolo);
  const error = start.error ?? end.error;
  return (
    <section class="card" aria-labelledby="solo-heading">
      <h2 id="solo-heading">{words.solo.heading}</h2>
      {(solo ? words.solo.onBody : words.solo.offBody).map((p) => (
        <p key={p}>{p}</p>
      ))}
      {error ? <Notice tone="error">{error.message}</Notice> : null}
      <div class="actions">
        {solo ? (
          <Button
            variant="secondary"
            busy={end.busy}
            busyLabel={words.solo.busy}
            onClick={async () => {
              const outcome = await end.run();
              if (outcome.ok) onChange(outcome.value);
            }}
          >
            {words.solo.stop}
          </Button>
        ) : (
          <Button
            busy={start.busy}
            busyLabel={words.solo.busy}
            onClick={async () => {
              const outcome = await start.run();
              if (outcome.ok) onChange(outcome.value);
            }}
          >
            {words.solo.start}
          </Button>
        )}
      </div>
    </section>
  );
}

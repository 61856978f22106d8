import { useEffect, useId, useState } from 'preact/hooks';
import { timeApart as words } from '../../../content/time-apart.ts';
import { formatDateTime } from '../../../platform/web/format.ts';
import { setSpacePause } from '../../../platform/web/space-pause.ts';
import { useAction, useLoad } from '../../../platform/web/use-action.ts';
import { Button } from '../../../platform/web/ui/button.tsx';
import { Notice } from '../../../platform/web/ui/notice.tsx';
import { timeApartApi } from './time-apart-api.ts';

/** The start of the chosen day in this device's time zone, as an instant. */
const startOfDay = (date: string) => new Date(`${date}T00:00:00`).toISOString();
const tomorrow = () => new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);

/** Time apart, under Our space: shows only when I have a shared space. */
export function TimeApartSection() {
  const status = useLoad(timeApartApi.get);
  const start = useAction(timeApartApi.start);
  const end = useAction(timeApartApi.end);
  const [confirming, setConfirming] = useState(false);
  const [until, setUntil] = useState('');
  const [ended, setEnded] = useState(false);
  const dateId = useId();
  const data = status.data;
  useEffect(() => {
    if (data !== undefined)
      setSpacePause(data?.active ? { startedByMe: data.startedByMe, endsAt: data.endsAt } : null);
  }, [data]);
  if (data === null || (data === undefined && !status.error)) return null;
  return (
    <section class="card" aria-labelledby="time-apart-heading">
      <h2 id="time-apart-heading">{words.heading}</h2>
      {status.error ? <Notice tone="error">{status.error.message}</Notice> : null}
      {ended ? <Notice tone="success">{words.ended}</Notice> : null}
      {data?.active ? (
        <>
          <Notice tone="info">
            <p>
              <strong>{words.onHeading}.</strong> {data.startedByMe ? words.byMe : words.byPartner}{' '}
              {data.endsAt ? words.until(formatDateTime(data.endsAt)) : words.open}
            </p>
          </Notice>
          {end.error ? <Notice tone="error">{end.error.message}</Notice> : null}
          {data.canEnd ? (
            <div class="actions">
              <Button
                variant="secondary"
                busy={end.busy}
                busyLabel={words.ending}
                onClick={async () => {
                  if ((await end.run()).ok) {
                    setEnded(true);
                    setSpacePause(null);
                    status.reload();
                  }
                }}
              >
                {words.end}
              </Button>
            </div>
          ) : (
            <p>{words.onlyThem}</p>
          )}
        </>
      ) : data ? (
        <>
          <p>{words.lead}</p>
          <details class="fold">
            <summary>{words.whatHappensSummary}</summary>
            <ul>
              {words.whatHappens.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </details>
          <div class="field">
            <label for={dateId} class="field-label">
              {words.endLabel}
            </label>
            <p id={`${dateId}-hint`} class="field-hint">
              {words.endHint}
            </p>
            <div class="field-control">
              <input
                id={dateId}
                type="date"
                value={until}
                min={tomorrow()}
                aria-describedby={`${dateId}-hint`}
                onInput={(event) => setUntil(event.currentTarget.value)}
              />
            </div>
          </div>
          {start.error ? <Notice tone="error">{start.error.message}</Notice> : null}
          {confirming ? (
            <div class="confirm" role="group" aria-labelledby="time-apart-confirm">
              <h3 id="time-apart-confirm">{words.confirmHeading}</h3>
              <p>{words.confirmBody}</p>
              <div class="actions">
                <Button
                  busy={start.busy}
                  busyLabel={words.starting}
                  onClick={async () => {
                    setEnded(false);
                    const started = await start.run(until ? startOfDay(until) : null);
                    if (started.ok) {
                      setSpacePause({ startedByMe: true, endsAt: started.value.endsAt });
                      setConfirming(false);
                      status.reload();
                    }
                  }}
                >
                  {words.confirm}
                </Button>
                <Button variant="secondary" onClick={() => setConfirming(false)}>
                  {words.cancel}
                </Button>
              </div>
            </div>
          ) : (
            <div class="actions">
              <Button variant="secondary" onClick={() => setConfirming(true)}>
                {words.start}
              </Button>
            </div>
          )}
        </>
      ) : null}
    </section>
  );
}

import { useEffect, useId, useState } from 'preact/hooks';
import { timeApart as words } from '../../../content/time-apart.ts';
import { formatDateTime } from '../../../platform/web/format.ts';
import { setSpacePause } from '../../../platform/web/space-pause.ts';
import { useAction, useLoad } from '../../../platform/web/use-action.ts';
import { Button } from '../../../platform/web/ui/button.tsx';
import { Confirm } from '../../../platform/web/ui/confirm.tsx';
import { Notice } from '../../../platform/web/ui/notice.tsx';
import { addDays } from '../../../platform/time/days.ts';
import { deviceDay, startOfDeviceDay } from '../../../platform/time/device.ts';
import { timeApartApi } from './time-apart-api.ts';

const startOfDay = startOfDeviceDay;
const tomorrow = () => addDays(deviceDay(), 1);

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
            <Confirm
              title={words.confirmHeading}
              showTitle
              yes={words.confirm}
              busy={start.busy}
              busyLabel={words.starting}
              onYes={async () => {
                setEnded(false);
                const started = await start.run(until ? startOfDay(until) : null);
                if (started.ok) {
                  setSpacePause({ startedByMe: true, endsAt: started.value.endsAt });
                  setConfirming(false);
                  status.reload();
                }
              }}
              no={words.cancel}
              onNo={() => setConfirming(false)}
            >
              <p>{words.confirmBody}</p>
            </Confirm>
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

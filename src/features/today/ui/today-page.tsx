import styles from './today.module.css';
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { shell } from '../../../content/shell.ts';
import { asksToWrite } from '../../../content/small-acts.ts';
import { stageById } from '../../../content/stages.ts';
import { today as words } from '../../../content/today.ts';
import { setSolo } from '../../../platform/web/solo.ts';
import { setSpacePause } from '../../../platform/web/space-pause.ts';
import { useAction, useLoad } from '../../../platform/web/use-action.ts';
import { Button, LinkButton } from '../../../platform/web/ui/button.tsx';
import { Notice } from '../../../platform/web/ui/notice.tsx';
import { PageHeader } from '../../../platform/web/ui/page-header.tsx';
import { Seam } from '../../../platform/web/ui/seam.tsx';
import { TimeApartCard } from './time-apart-card.tsx';
import { todayApi, type TodayView } from './today-api.ts';

function SmallAct({ view, onChange }: { view: TodayView; onChange: (view: TodayView) => void }) {
  const mark = useAction(todayApi.mark);
  const undo = useAction(todayApi.undo);
  const error = mark.error ?? undo.error;
  const run = async (outcome: 'done' | 'skipped') => {
    const result = await mark.run({ actId: view.act.id, outcome });
    if (result.ok) onChange(result.value);
  };
  return (
    <section class="card act-card" aria-labelledby="act-heading">
      <Seam />
      <h2 id="act-heading">{words.act.heading}</h2>
      <p class={styles.actText} data-testid="act-text">
        {view.act.text}
      </p>
      {view.act.toward === 'self' ? <p class="muted act-for-you">{words.act.forYou}</p> : null}
      {asksToWrite(view.act) ? (
        // Somewhere private to write it, so "write it down" is not left hanging.
        <p class="act-write">
          <LinkButton href="/journal/new" variant="secondary">
            {words.act.write}
          </LinkButton>{' '}
          <span class="muted">{words.act.writeNote}</span>
        </p>
      ) : null}
      {view.act.stage && view.act.stage === view.focus.stage ? (
        <p class="muted">{words.act.why(stageById(view.act.stage).name)}</p>
      ) : null}
      {error ? <Notice tone="error">{error.message}</Notice> : null}
      <div role="status">
        {view.mark ? (
          <p class={styles.actNote}>
            {view.mark === 'done' ? words.act.doneNote : words.act.skippedNote}
          </p>
        ) : null}
      </div>
      <div class="actions">
        {view.mark ? (
          <Button
            variant="quiet"
            busy={undo.busy}
            busyLabel={words.act.busy}
            onClick={async () => {
              const result = await undo.run();
              if (result.ok) onChange(result.value);
            }}
          >
            {words.act.undo}
          </Button>
        ) : (
          <>
            <Button busy={mark.busy} busyLabel={words.act.busy} onClick={() => run('done')}>
              {words.act.done}
            </Button>
            <Button variant="secondary" onClick={() => run('skipped')}>
              {words.act.skip}
            </Button>
          </>
        )}
      </div>
    </section>
  );
}

function SafetyOffer({ onSetAside }: { onSetAside: () => void }) {
  const setAside = useAction(todayApi.setAsideSafety);
  return (
    <section class="card card--urgent" aria-labelledby="offer-heading">
      <h2 id="offer-heading">{words.offer.heading}</h2>
      <p>{words.offer.body}</p>
      {setAside.error ? <Notice tone="error">{setAside.error.message}</Notice> : null}
      <div class="actions">
        <a class="btn btn--primary" href="/support/safety">
          {words.offer.open}
        </a>
        <Button
          variant="quiet"
          onClick={async () => {
            if ((await setAside.run()).ok) onSetAside();
          }}
        >
          {words.offer.notNow}
        </Button>
      </div>
    </section>
  );
}

/** The home screen: one small act, what waits for me, and where we are on the path. */
export function TodayPage({
  heading,
  space,
  top,
  wave,
}: {
  heading: string;
  space: ComponentChildren;
  /**
   * Shown at the top once Today has loaded: the next first step, while there is one. It says
   * whether it shows; while it does, an empty "Waiting for you" steps aside for it.
   */
  top?: (shown: (on: boolean) => void) => ComponentChildren;
  /** Waves: my partner's unanswered ones, and the one-tap button (for both partners). */
  wave?: ComponentChildren;
}) {
  const [topShown, setTopShown] = useState(false);
  const load = useLoad(todayApi.get);
  const [view, setView] = useState<TodayView | undefined>(undefined);
  useEffect(() => {
    // The pause first, so the space card below never says "You're both here" during time apart.
    if (load.data) setSpacePause(load.data.timeApart);
    if (load.data) setView(load.data);
  }, [load.data]);
  const solo = view?.solo;
  useEffect(() => {
    if (solo !== undefined) setSolo(solo);
  }, [solo]);

  const offer = view?.waiting.find((w) => w.kind === 'safety.offer');
  const waiting = view?.waiting.filter((w) => w.kind !== 'safety.offer') ?? [];
  return (
    <>
      <PageHeader title={heading} />
      {load.error ? <Notice tone="error">{load.error.message}</Notice> : null}
      {!view ? (
        load.error ? null : (
          <p class="loading" role="status">
            {shell.loading}
          </p>
        )
      ) : (
        <>
          {offer ? <SafetyOffer onSetAside={load.reload} /> : null}
          {top?.(setTopShown)}
          {view.solo ? (
            <section class="card" aria-labelledby="solo-heading">
              <h2 id="solo-heading">{words.solo.heading}</h2>
              <p>{words.solo.body}</p>
              <p>
                <a href="/support/safety">{words.solo.manage}</a>
              </p>
            </section>
          ) : null}
          {view.timeApart ? <TimeApartCard pause={view.timeApart} /> : null}
          <SmallAct view={view} onChange={setView} />
          {wave}
          {waiting.length === 0 && topShown ? null : (
            <section class="card" aria-labelledby="waiting-for-me-heading">
              <h2 id="waiting-for-me-heading">{words.waiting.heading}</h2>
              {waiting.length === 0 ? (
                <p>{words.waiting.none}</p>
              ) : (
                <ul class="item-list">
                  {waiting.map((item) => (
                    <li key={`${item.kind}-${item.id}`} class="item">
                      <a href={item.href} class="item-title">
                        {item.title}
                      </a>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          )}
          {view.solo ? null : (
            <section class="card" aria-labelledby="on-path-heading">
              <h2 id="on-path-heading">{words.path.heading}</h2>
              <p>{view.pathLine}</p>
              <p>{view.focus.reason}</p>
              <ul class={styles.linkList}>
                <li>
                  <a href="/path">{words.path.open}</a>
                </li>
                {/* While the first steps show at the top, second links to them (the reflection is
                    one) are only length on a phone (decision 140). */}
                {topShown ? null : (
                  <>
                    <li>
                      <a href="/reflection">{words.path.reflection}</a>
                    </li>
                    <li>
                      <a href="/first-week">{words.path.firstSteps}</a>
                    </li>
                  </>
                )}
              </ul>
            </section>
          )}
        </>
      )}
      {/* Shown once Today has loaded, so nothing above it moves while someone reaches for its buttons. */}
      {(view && !view.solo) || load.error ? space : null}
    </>
  );
}

import styles from './first-week.module.css';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { firstWeek as words, type FirstWeekStepId } from '../../../content/first-week.ts';
import { shell } from '../../../content/shell.ts';
import { useAction, useLoad } from '../../../platform/web/use-action.ts';
import { Button, LinkButton } from '../../../platform/web/ui/button.tsx';
import { Notice } from '../../../platform/web/ui/notice.tsx';
import { PageHeader } from '../../../platform/web/ui/page-header.tsx';
import { firstWeekApi, type FirstWeekView } from './first-week-api.ts';

/**
 * The first steps, one at a time (decision 140): the welcome says what Kintsugi is and is not,
 * then each step says what it is, opens the place where it is done, and can wait ("skip for
 * now"). Back and Next move between steps; focus goes to the step's heading.
 */
export function FirstWeekPage() {
  const load = useLoad(firstWeekApi.get);
  const save = useAction(firstWeekApi.save);
  const [view, setView] = useState<FirstWeekView | undefined>(undefined);
  const [index, setIndex] = useState<number | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  useEffect(() => {
    if (!load.data) return;
    setView(load.data);
    // Open where the person left off: the first step neither done nor set aside.
    const at = load.data.steps.findIndex((s) => s.id === load.data!.next);
    setIndex((i) => i ?? (at === -1 ? load.data!.steps.length : at));
  }, [load.data]);

  useLayoutEffect(() => {
    // Not on arrival (the page heading has focus then); after each move between steps.
    if (moved.current) heading.current?.focus();
  }, [index]);

  const go = (to: number) => {
    moved.current = true;
    setIndex(to);
  };

  async function change(patch: Parameters<typeof firstWeekApi.save>[0], then?: number) {
    const outcome = await save.run(patch);
    if (!outcome.ok) return;
    setView(outcome.value);
    if (then !== undefined) go(then);
  }

  return (
    <>
      <PageHeader title={words.title} lead={words.lead} />
      {load.error ? <Notice tone="error">{load.error.message}</Notice> : null}
      {!view || index === null ? (
        load.error ? null : (
          <p class="loading" role="status">
            {shell.loading}
          </p>
        )
      ) : (
        <>
          {view.closed ? (
            <div class="card first-week-closed">
              <p>{words.closed.note}</p>
              <Button variant="secondary" onClick={() => change({ closed: false })}>
                {words.closed.reopen}
              </Button>
            </div>
          ) : null}
          {save.error ? <Notice tone="error">{save.error.message}</Notice> : null}
          <StepList view={view} index={index} onPick={go} />
          {index < view.steps.length ? (
            <Step
              view={view}
              index={index}
              busy={save.busy}
              headingRef={heading}
              onBack={() => go(index - 1)}
              onNext={() => go(index + 1)}
              onWelcomed={() => change({ welcomed: true }, index + 1)}
              onSetAside={(id, setAside) =>
                change({ step: { id, setAside } }, setAside ? index + 1 : undefined)
              }
            />
          ) : (
            <section class="card first-week-step" aria-labelledby="first-week-step-heading">
              <h2 id="first-week-step-heading" tabIndex={-1} ref={heading}>
                {words.allSeen.heading}
              </h2>
              <p>{words.allSeen.body}</p>
              <div class="actions">
                <LinkButton href="/today">{words.allSeen.toToday}</LinkButton>
                {index > 0 ? (
                  <Button variant="secondary" onClick={() => go(index - 1)}>
                    {words.back}
                  </Button>
                ) : null}
              </div>
            </section>
          )}
        </>
      )}
    </>
  );
}

/** The steps by name, to see where one is and to go straight to any of them. */
function StepList({
  view,
  index,
  onPick,
}: {
  view: FirstWeekView;
  index: number;
  onPick: (index: number) => void;
}) {
  return (
    <nav aria-label={words.title}>
      <ol class={styles.firstWeekList}>
        {view.steps.map((step, i) => (
          <li key={step.id}>
            <button
              type="button"
              class={styles.firstWeekPick}
              aria-current={i === index ? 'step' : undefined}
              onClick={() => onPick(i)}
            >
              {words.steps[step.id].title}
              {step.done ? (
                <span class="muted"> · {words.state.done}</span>
              ) : step.setAside ? (
                <span class="muted"> · {words.state.setAside}</span>
              ) : null}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}

function Step({
  view,
  index,
  busy,
  headingRef,
  onBack,
  onNext,
  onWelcomed,
  onSetAside,
}: {
  view: FirstWeekView;
  index: number;
  busy: boolean;
  headingRef: { current: HTMLHeadingElement | null };
  onBack: () => void;
  onNext: () => void;
  onWelcomed: () => void;
  onSetAside: (id: FirstWeekStepId, setAside: boolean) => void;
}) {
  const step = view.steps[index]!;
  const w = words.steps[step.id];
  const welcome = step.id === 'welcome';
  return (
    <section class="card first-week-step" aria-labelledby="first-week-step-heading">
      <p class="muted">{words.progress(index + 1, view.steps.length)}</p>
      <h2 id="first-week-step-heading" tabIndex={-1} ref={headingRef}>
        {w.title}
      </h2>
      {w.body.map((line) => (
        <p key={line}>{line}</p>
      ))}
      {step.done && !welcome ? <Notice tone="success">{w.done}</Notice> : null}
      {step.setAside ? <p class="muted">{words.setAsideNote}</p> : null}
      <div class="actions">
        {step.done ? (
          <Button onClick={onNext}>{words.next}</Button>
        ) : welcome ? (
          <Button busy={busy} busyLabel={words.busy} onClick={onWelcomed}>
            {words.next}
          </Button>
        ) : (
          <LinkButton href={w.href}>{w.open}</LinkButton>
        )}
        {step.done ? null : step.setAside ? (
          <>
            <Button variant="secondary" onClick={() => onSetAside(step.id, false)}>
              {words.bringBack}
            </Button>
            <Button variant="secondary" onClick={onNext}>
              {words.next}
            </Button>
          </>
        ) : (
          <Button
            variant="secondary"
            busy={busy}
            busyLabel={words.busy}
            onClick={() => onSetAside(step.id, true)}
          >
            {words.skip}
          </Button>
        )}
        {index > 0 ? (
          <Button variant="quiet" onClick={onBack}>
            {words.back}
          </Button>
        ) : null}
      </div>
    </section>
  );
}

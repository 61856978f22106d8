import styles from './first-week.module.css';
import { useEffect, useState } from 'preact/hooks';
import { firstWeek as words } from '../../../content/first-week.ts';
import { shell } from '../../../content/shell.ts';
import { useAction, useLoad } from '../../../platform/web/use-action.ts';
import { Button, LinkButton } from '../../../platform/web/ui/button.tsx';
import { Notice } from '../../../platform/web/ui/notice.tsx';
import { firstWeekApi, type FirstWeekView } from './first-week-api.ts';

/**
 * On Today, at the top: the next first step, until each is done, set aside, or the person puts
 * them away. Silent while Today's own safety offer is showing (that card already asks).
 */
export function FirstWeekCard({ onShown }: { onShown?: (on: boolean) => void }) {
  const load = useLoad(firstWeekApi.get);
  const save = useAction(firstWeekApi.save);
  const [view, setView] = useState<FirstWeekView | undefined>(undefined);
  useEffect(() => {
    if (load.data) setView(load.data);
  }, [load.data]);
  const showing =
    !!view &&
    !view.closed &&
    view.next !== null &&
    !(view.next === 'safety' && view.safetyOfferOpen);
  // Tells the parent when showing changes, not each time it passes a new onShown.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => onShown?.(showing), [showing]);

  // Unseen while it loads, but counted: a page is settled only once nothing says "loading".
  if (!view && !load.error)
    return (
      <p class="loading visually-hidden" role="status">
        {shell.loading}
      </p>
    );
  if (!view || !showing || view.next === null) return null;
  const next = view.next;
  const step = words.steps[next];
  const change = async (patch: Parameters<typeof firstWeekApi.save>[0]) => {
    const outcome = await save.run(patch);
    if (outcome.ok) setView(outcome.value);
  };
  return (
    <section class={`card ${styles.firstWeekCard}`} aria-labelledby="first-week-heading">
      <h2 id="first-week-heading">
        <a href="/first-week">{words.today.heading}</a>
      </h2>
      <p>{next === 'welcome' ? words.today.welcome : words.today.next(step.title)}</p>
      {save.error ? <Notice tone="error">{save.error.message}</Notice> : null}
      <div class="actions">
        <LinkButton href={next === 'welcome' ? '/first-week' : step.href}>{step.open}</LinkButton>
      </div>
      <p class={styles.firstWeekMore}>
        <Button
          variant="quiet"
          busy={save.busy}
          busyLabel={words.busy}
          onClick={() => change({ step: { id: next, setAside: true } })}
        >
          {words.skip}
        </Button>
        <Button variant="quiet" onClick={() => change({ closed: true })}>
          {words.today.putAway}
        </Button>
      </p>
    </section>
  );
}

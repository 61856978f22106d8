import styles from './waves.module.css';
import { useState } from 'preact/hooks';
import { shell } from '../../../content/shell.ts';
import { waves as words } from '../../../content/waves.ts';
import { useAction, useLoad } from '../../../platform/web/use-action.ts';
import { Button } from '../../../platform/web/ui/button.tsx';
import { Notice } from '../../../platform/web/ui/notice.tsx';
import { IncomingWave, unanswered } from './incoming-wave.tsx';
import { useWaveLive } from './use-wave-live.ts';
import { wavesApi } from './waves-api.ts';

/**
 * On Today, for both partners: my partner's unanswered waves (live), and one tap for my own.
 * When nothing can be shared (alone, time apart), the tap keeps the wave on my own timeline,
 * and the card says so before it is pressed.
 */
export function WaveTodayCard() {
  const load = useLoad(wavesApi.view);
  const [sent, setSent] = useState<{ id: string; private: boolean } | null>(null);
  const send = useAction(() => wavesApi.send({ private: !load.data?.canShare }));
  useWaveLive(load.reload);
  const view = load.data;
  // The sender's own wave from this card, once the partner has said "I'm here" (live).
  const seen = sent && view?.waves.find((w) => w.id === sent.id)?.seenAt;
  // Unseen while it loads, but counted: a page is settled only once nothing says "loading".
  // If it cannot load, Today goes on without it.
  if (!view) {
    return load.loading ? (
      <p class="loading visually-hidden" role="status">
        {shell.loading}
      </p>
    ) : null;
  }
  return (
    <>
      {unanswered(view).map((w) => (
        <IncomingWave key={w.id} wave={w} view={view} onAnswered={load.reload} />
      ))}
      {/* The button says it all (Today must fit a phone); the waves screen says where one goes
          before a partner joins, and what it sends says so too. */}
      <section class={`card ${styles.waveCard}`} aria-label={words.todayHeading}>
        {view.canShare || !view.partnerName ? null : <p>{words.todayPrivate}</p>}
        {send.error ? <Notice tone="error">{send.error.message}</Notice> : null}
        <div role="status">
          {sent ? <p>{sent.private ? words.sentPrivate : words.sentShared}</p> : null}
          {seen ? <p>{words.seenTag}</p> : null}
        </div>
        <div class="actions">
          <Button
            busy={send.busy}
            busyLabel={words.busy}
            onClick={async () => {
              const result = await send.run();
              if (result.ok) setSent(result.value.wave);
            }}
          >
            {words.button}
          </Button>
          <a href="/waves">{words.addMore}</a>
        </div>
      </section>
    </>
  );
}

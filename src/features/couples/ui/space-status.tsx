import { start, together, waiting } from '../../../content/couples.ts';
import { shell } from '../../../content/shell.ts';
import { spacePauseStore } from '../../../platform/web/space-pause.ts';
import { useStore } from '../../../platform/web/store.ts';
import { useAction } from '../../../platform/web/use-action.ts';
import { Button } from '../../../platform/web/ui/button.tsx';
import { Notice } from '../../../platform/web/ui/notice.tsx';
import { Seam } from '../../../platform/web/ui/seam.tsx';
import { couplesApi, type Couple } from './couples-api.ts';
import { InvitePanel } from './invite-panel.tsx';
import { refreshCouple, setCouple, useCouple } from './couple-store.ts';
import { PendingInviteCard, usePendingInvite } from './pending-invite-card.tsx';

function bothNames(couple: Couple): string {
  const me = couple.partners.find((p) => p.isMe);
  const other = couple.partners.find((p) => !p.isMe);
  return together.names(me?.displayName ?? '', other?.displayName ?? '');
}

/** No space yet: a gentle start, and a way to make one (or to join, when an invite waits). */
export function StartSpace() {
  const create = useAction(couplesApi.create);
  if (usePendingInvite()) return <PendingInviteCard />;
  return (
    <section class="card" aria-labelledby="start-heading">
      <Seam />
      <h2 id="start-heading">{start.heading}</h2>
      <p>{start.body}</p>
      <p class="muted">{start.detail}</p>
      {create.error ? <Notice tone="error">{create.error.message}</Notice> : null}
      <div class="actions">
        <Button
          busy={create.busy}
          busyLabel={start.busy}
          onClick={async () => {
            const outcome = await create.run();
            if (outcome.ok) setCouple(outcome.value);
            else if (outcome.error?.status === 409) void refreshCouple();
          }}
        >
          {start.create}
        </Button>
      </div>
    </section>
  );
}

export function Together({ couple }: { couple: Couple }) {
  // During time apart Today says so instead; "You're both here" would not be true to it.
  if (useStore(spacePauseStore)) return null;
  return (
    <section class="card" aria-labelledby="together-heading">
      <Seam />
      <h2 id="together-heading">{together.heading}</h2>
      <p class="names">{bothNames(couple)}</p>
      <p>{together.body}</p>
    </section>
  );
}

/** What Today shows about the space: start it, invite a partner, or both names. */
export function SpaceStatus() {
  const { couple, error } = useCouple();
  if (couple === undefined) {
    return error ? (
      <Notice tone="error">{error.message}</Notice>
    ) : (
      <p class="loading" role="status">
        {shell.loading}
      </p>
    );
  }
  if (couple === null) return <StartSpace />;
  if (!couple.isComplete) {
    return (
      <>
        <section class="card" aria-labelledby="waiting-heading">
          <Seam />
          <h2 id="waiting-heading">{waiting.heading}</h2>
          <p>{waiting.body}</p>
        </section>
        <InvitePanel />
      </>
    );
  }
  return <Together couple={couple} />;
}

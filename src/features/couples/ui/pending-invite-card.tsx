import { useEffect } from 'preact/hooks';
import { pending } from '../../../content/couples.ts';
import { useStore } from '../../../platform/web/store.ts';
import { Button } from '../../../platform/web/ui/button.tsx';
import { Seam } from '../../../platform/web/ui/seam.tsx';
import { forgetPendingInvite, pendingInviteStore, refreshPendingInvite } from './pending-invite.ts';

/** The invite code kept in this browser, kept fresh when another tab keeps or uses one. */
export function usePendingInvite(): string {
  const code = useStore(pendingInviteStore);
  useEffect(() => {
    refreshPendingInvite();
    const onStorage = () => refreshPendingInvite();
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);
  return code;
}

/**
 * Shown instead of "Create our space" while an invite waits: starting a second space by mistake
 * would leave the two partners in different places. Starting one's own comes only after saying so.
 */
export function PendingInviteCard() {
  return (
    <section class="card" aria-labelledby="pending-heading">
      <Seam />
      <h2 id="pending-heading">{pending.heading}</h2>
      <p>{pending.body}</p>
      <div class="actions">
        <a class="btn btn--primary" href="/join">
          {pending.join}
        </a>
      </div>
      <p class="muted">{pending.notJoiningNote}</p>
      <div class="actions">
        <Button variant="quiet" onClick={forgetPendingInvite}>
          {pending.notJoining}
        </Button>
      </div>
    </section>
  );
}

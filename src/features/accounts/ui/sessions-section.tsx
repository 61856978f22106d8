import { useState } from 'preact/hooks';
import { account } from '../../../content/accounts.ts';
import { formatDateTime, formatRelative } from '../../../platform/web/format.ts';
import { useAction, useLoad } from '../../../platform/web/use-action.ts';
import { Button } from '../../../platform/web/ui/button.tsx';
import { FoldSection } from '../../../platform/web/ui/fold-section.tsx';
import { Notice } from '../../../platform/web/ui/notice.tsx';
import { accountsApi, type SessionInfo } from './accounts-api.ts';

/** Every device signed in to this account, with a way to end each one. Seen only by its owner. */
export function SessionsSection({ version }: { version: number }) {
  const words = account.sessions;
  const list = useLoad(accountsApi.sessions, [version]);
  const [message, setMessage] = useState<string | null>(null);
  const endOne = useAction(accountsApi.endSession);
  const endOthers = useAction(accountsApi.endOtherSessions);

  async function end(session: SessionInfo) {
    setMessage(null);
    const outcome = await endOne.run(session.id);
    if (outcome.ok) setMessage(words.endedOne);
    list.reload();
  }

  async function endAllOthers() {
    setMessage(null);
    const outcome = await endOthers.run();
    if (outcome.ok) setMessage(words.endedOthers(outcome.value?.ended ?? 0));
    list.reload();
  }

  // This device first, then the most recently active.
  const sessions = [...(list.data?.sessions ?? [])].sort(
    (a, b) => Number(b.current) - Number(a.current) || b.lastSeenAt.localeCompare(a.lastSeenAt),
  );
  const others = sessions.filter((s) => !s.current);
  const error = list.error ?? endOne.error ?? endOthers.error;
  return (
    <FoldSection id="devices" headingId="sessions-heading" heading={words.heading}>
      <p>{words.lead}</p>
      {message ? <Notice tone="success">{message}</Notice> : null}
      {error ? <Notice tone="error">{error.message}</Notice> : null}
      {list.data === undefined && list.loading ? <p class="loading">{words.loading}</p> : null}
      {sessions.length > 0 ? (
        <ul class="item-list" aria-label={words.heading}>
          {sessions.map((session) => {
            const device = session.device || words.unknownDevice;
            return (
              <li key={session.id} class="item">
                <div class="item-text">
                  <p class="item-title">
                    {device}
                    {session.current ? <span class="tag">{words.thisDevice}</span> : null}
                  </p>
                  <p class="item-meta">{words.signedIn(formatDateTime(session.createdAt))}</p>
                  <p class="item-meta">{words.lastSeen(formatRelative(session.lastSeenAt))}</p>
                </div>
                {session.current ? null : (
                  <Button
                    variant="secondary"
                    onClick={() => end(session)}
                    aria-label={words.signOutOneLabel(device)}
                  >
                    {words.signOutOne}
                  </Button>
                )}
              </li>
            );
          })}
        </ul>
      ) : null}
      {list.data && others.length === 0 ? <p class="muted">{words.onlyThis}</p> : null}
      {others.length > 0 ? (
        <div class="actions">
          <Button variant="secondary" onClick={endAllOthers} busy={endOthers.busy}>
            {words.signOutOthers}
          </Button>
        </div>
      ) : null}
    </FoldSection>
  );
}

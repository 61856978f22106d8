import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { space } from '../../../content/couples.ts';
import { shell } from '../../../content/shell.ts';
import { formatDateTime } from '../../../platform/web/format.ts';
import { useAction } from '../../../platform/web/use-action.ts';
import { Button } from '../../../platform/web/ui/button.tsx';
import { Confirm } from '../../../platform/web/ui/confirm.tsx';
import { Notice } from '../../../platform/web/ui/notice.tsx';
import { PageHeader } from '../../../platform/web/ui/page-header.tsx';
import { couplesApi, type Couple } from './couples-api.ts';
import { setCouple, useCouple } from './couple-store.ts';
import { InvitePanel } from './invite-panel.tsx';
import { StartSpace } from './space-status.tsx';

function Partners({ couple }: { couple: Couple }) {
  return (
    <section class="card" aria-labelledby="partners-heading">
      <h2 id="partners-heading">{space.partnersHeading}</h2>
      <ul class="item-list">
        {couple.partners.map((p) => (
          <li key={p.id} class="item">
            <div class="item-text">
              <p class="item-title">
                {p.displayName} {p.isMe ? <span class="muted">{space.you}</span> : null}
              </p>
              <p class="item-meta">{space.joined(formatDateTime(p.joinedAt))}</p>
            </div>
          </li>
        ))}
      </ul>
      {couple.isComplete ? null : <p class="muted">{space.waitingForPartner}</p>}
    </section>
  );
}

/** Leaving takes two presses: the first only asks. */
function LeaveSection({ onLeft }: { onLeft: () => void }) {
  const words = space.leave;
  const [confirming, setConfirming] = useState(false);
  const leave = useAction(couplesApi.leave);
  const leaveButton = useRef<HTMLDivElement>(null);
  const asked = useRef(false);
  useEffect(() => {
    // The question takes focus itself (Confirm); back to the button when they choose to stay.
    if (!confirming && asked.current) leaveButton.current?.querySelector('button')?.focus();
    asked.current = asked.current || confirming;
  }, [confirming]);
  return (
    <section class="card" aria-labelledby="leave-heading">
      <h2 id="leave-heading">{words.heading}</h2>
      {words.body.map((p) => (
        <p key={p}>{p}</p>
      ))}
      {leave.error ? <Notice tone="error">{leave.error.message}</Notice> : null}
      {confirming ? (
        <Confirm
          title={words.confirmHeading}
          showTitle
          yes={words.confirm}
          yesVariant="danger"
          busy={leave.busy}
          busyLabel={words.busy}
          onYes={async () => {
            if ((await leave.run()).ok) onLeft();
          }}
          no={words.cancel}
          onNo={() => setConfirming(false)}
        >
          <p>{words.confirmBody}</p>
        </Confirm>
      ) : (
        <div class="actions" ref={leaveButton}>
          <Button variant="danger" onClick={() => setConfirming(true)}>
            {words.button}
          </Button>
        </div>
      )}
    </section>
  );
}

/** `notices` go right under the heading; `more` (like time apart) after the space's own sections. */
export function OurSpacePage({
  notices,
  more,
}: { notices?: ComponentChildren; more?: ComponentChildren } = {}) {
  const { couple, error } = useCouple();
  const [left, setLeft] = useState(false);
  return (
    <>
      <PageHeader title={space.heading} />
      {notices}
      {left ? <Notice tone="success">{space.leave.done}</Notice> : null}
      {error && couple === undefined ? <Notice tone="error">{error.message}</Notice> : null}
      {couple === undefined && !error ? (
        <p class="loading" role="status">
          {shell.loading}
        </p>
      ) : null}
      {couple === null ? <StartSpace /> : null}
      {couple ? (
        <>
          <Partners couple={couple} />
          {couple.isComplete ? null : <InvitePanel />}
          {more}
          <LeaveSection
            onLeft={() => {
              setLeft(true);
              setCouple(null);
            }}
          />
        </>
      ) : null}
    </>
  );
}

import { useRef, useState } from 'preact/hooks';
import { invite as words } from '../../../content/couples.ts';
import { formatDateTime } from '../../../platform/web/format.ts';
import { useAction, useLoad } from '../../../platform/web/use-action.ts';
import { Button } from '../../../platform/web/ui/button.tsx';
import { Notice } from '../../../platform/web/ui/notice.tsx';
import { couplesApi, type NewInvite, type OpenInvite } from './couples-api.ts';
import { refreshCouple } from './couple-store.ts';

async function copyText(text: string, input: HTMLInputElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Older browsers, or no permission: select it and try the old way.
    if (!input) return false;
    input.focus();
    input.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    }
  }
}

function ShownInvite({ invite }: { invite: NewInvite }) {
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<boolean | null>(null);
  const canShare = typeof navigator.share === 'function';
  return (
    <div class="invite-shown">
      <h3>{words.ready}</h3>
      <p>{words.onceNote}</p>
      <div class="field">
        <label class="field-label" for="invite-link">
          {words.linkLabel}
        </label>
        <div class="field-control">
          <input
            id="invite-link"
            ref={input}
            type="text"
            readOnly
            value={invite.url}
            onFocus={(e) => e.currentTarget.select()}
          />
        </div>
      </div>
      <p class="field-label">{words.codeLabel}</p>
      <p class="code" data-testid="invite-code">
        {invite.code}
      </p>
      <p>{words.expires(formatDateTime(invite.expiresAt))}</p>
      <div class="actions">
        <Button onClick={async () => setCopied(await copyText(invite.url, input.current))}>
          {words.copy}
        </Button>
        {canShare ? (
          <Button
            variant="secondary"
            onClick={() =>
              navigator.share({ title: words.shareTitle, url: invite.url }).catch(() => undefined)
            }
          >
            {words.share}
          </Button>
        ) : null}
      </div>
      <div role="status">
        {copied === null ? null : <p>{copied ? words.copied : words.copyFailed}</p>}
      </div>
    </div>
  );
}

/** Make an invite link (shown once), and see or cancel the open one. */
export function InvitePanel() {
  const [shown, setShown] = useState<NewInvite | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const open = useLoad(couplesApi.listInvites);
  const create = useAction(couplesApi.createInvite);
  const revoke = useAction(couplesApi.revokeInvite);

  async function make() {
    setMessage(null);
    const outcome = await create.run();
    if (outcome.ok) setShown(outcome.value);
    else if (outcome.error?.status === 409) void refreshCouple();
    open.reload();
  }

  async function cancel(item: OpenInvite) {
    setMessage(null);
    const outcome = await revoke.run(item.id);
    if (outcome.ok) {
      setMessage(words.revoked);
      if (shown?.id === item.id) setShown(null);
    }
    open.reload();
  }

  const invites = open.data?.invites ?? [];
  const error = create.error ?? revoke.error ?? open.error;
  return (
    <section class="card" aria-labelledby="invite-heading">
      <h2 id="invite-heading">{words.heading}</h2>
      <p>{words.lead}</p>
      {error ? <Notice tone="error">{error.message}</Notice> : null}
      {message ? <Notice tone="success">{message}</Notice> : null}
      {shown ? <ShownInvite invite={shown} /> : null}
      <div class="actions">
        <Button
          variant={shown ? 'secondary' : 'primary'}
          onClick={make}
          busy={create.busy}
          busyLabel={words.busy}
        >
          {shown || invites.length > 0 ? words.again : words.create}
        </Button>
      </div>
      {invites.length > 0 ? <p class="muted">{words.replaceNote}</p> : null}
      {invites.length > 0 ? (
        <>
          <h3>{words.openHeading}</h3>
          <ul class="item-list">
            {invites.map((item) => {
              const created = formatDateTime(item.createdAt);
              return (
                <li key={item.id} class="item">
                  <p class="item-text">{words.openItem(created, formatDateTime(item.expiresAt))}</p>
                  <Button
                    variant="secondary"
                    onClick={() => cancel(item)}
                    aria-label={words.revokeLabel(created)}
                  >
                    {words.revoke}
                  </Button>
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
    </section>
  );
}

import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { reminders } from '../../../content/reminders.ts';
import { useAction } from '../../../platform/web/use-action.ts';
import { Button, LinkButton } from '../../../platform/web/ui/button.tsx';
import { Notice } from '../../../platform/web/ui/notice.tsx';
import { PageHeader } from '../../../platform/web/ui/page-header.tsx';
import { currentLocation, navigate } from '../../../platform/web/navigation.ts';
import { readHashParam } from '../../../platform/web/router.ts';
import { remindersApi } from './reminders-api.ts';

const words = reminders.unsubscribe;
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

// Kept outside the component: the token is read once from the fragment (which never reaches a
// server) and taken out of the address bar.
let linkToken: string | null = null;
let finished = false;

function takeToken(): boolean {
  const fromHash = readHashParam(currentLocation().hash, 'token');
  if (fromHash !== null) {
    linkToken = fromHash;
    finished = false;
  }
  return finished;
}

/**
 * The unsubscribe address of a reminder mail, opened in a browser (`/unsubscribe#token=…`):
 * it asks first, with one button, then says it is done. Works signed in or out.
 */
export function UnsubscribePage({ signedIn }: { signedIn: boolean }) {
  const [done, setDone] = useState(takeToken);
  useEffect(() => {
    if (currentLocation().hash) navigate('/unsubscribe');
  }, []);
  const action = useAction(remindersApi.unsubscribe);
  const next = signedIn ? (
    <LinkButton href="/account#reminders">{words.toAccount}</LinkButton>
  ) : (
    <LinkButton href="/">{words.toStart}</LinkButton>
  );

  if (done) return <Done next={next} />;
  if (!linkToken || !TOKEN.test(linkToken)) {
    return (
      <>
        <PageHeader title={words.heading} />
        <Notice tone="info">
          <p>{words.incomplete}</p>
        </Notice>
        <div class="actions">{next}</div>
      </>
    );
  }
  async function confirm() {
    if (!linkToken) return;
    const outcome = await action.run(linkToken);
    if (outcome.ok) {
      finished = true;
      linkToken = null;
      setDone(true);
    }
  }
  return (
    <>
      <PageHeader title={words.heading} lead={words.lead} />
      {action.error ? (
        <Notice tone="error">
          <p>{action.error.message}</p>
        </Notice>
      ) : null}
      <div class="actions">
        <Button type="button" onClick={confirm} busy={action.busy} busyLabel={words.busy}>
          {words.confirm}
        </Button>
      </div>
    </>
  );
}

/** The button is gone: focus moves to what happened, so a screen reader says it. */
function Done({ next }: { next: ComponentChildren }) {
  const message = useRef<HTMLDivElement>(null);
  useEffect(() => message.current?.focus(), []);
  return (
    <>
      <PageHeader title={words.heading} />
      <div ref={message} tabIndex={-1}>
        <Notice tone="success">
          <p>{words.done}</p>
        </Notice>
      </div>
      <div class="actions">{next}</div>
    </>
  );
}

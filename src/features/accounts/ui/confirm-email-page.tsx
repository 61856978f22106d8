import { useEffect, useRef, useState } from 'preact/hooks';
import { emailConfirmation } from '../../../content/email-confirmation.ts';
import { useAction } from '../../../platform/web/use-action.ts';
import { Button, LinkButton } from '../../../platform/web/ui/button.tsx';
import { Notice } from '../../../platform/web/ui/notice.tsx';
import { PageHeader } from '../../../platform/web/ui/page-header.tsx';
import { currentLocation, navigate } from '../../../platform/web/navigation.ts';
import { readHashParam } from '../../../platform/web/router.ts';
import { recoveryApi } from './recovery-api.ts';
import { SignInForm } from './auth-forms.tsx';
import { loadSession, sessionStore, signedInByLink } from './session.ts';
import { useStore } from '../../../platform/web/store.ts';

// The token lives in the fragment, which never reaches a server; it is read once and taken out
// of the address bar. Kept outside the component: the screen is made anew when the session changes.
let linkToken: string | null = null;

function takeToken(): void {
  const fromHash = readHashParam(currentLocation().hash, 'token');
  if (fromHash) linkToken = fromHash;
}

type Done = 'account_ready' | 'email_changed';

/**
 * Confirms an address with the link from the mail (`/confirm-email#token=…`). A button, not an
 * automatic request: mail scanners that open links must not use them up.
 */
export function ConfirmEmailPage() {
  const words = emailConfirmation.confirm;
  takeToken();
  useEffect(() => {
    if (currentLocation().hash) navigate('/confirm-email');
  }, []);
  const [done, setDone] = useState<Done | null>(null);
  const action = useAction(recoveryApi.confirmEmail);
  const isSignedInHere = useStore(sessionStore).status === 'signed-in';

  async function confirm() {
    if (!linkToken) return;
    const outcome = await action.run(linkToken);
    if (!outcome.ok) return;
    linkToken = null;
    const { outcome: what, signedIn } = outcome.value;
    if (what === 'account_created' && signedIn) {
      await signedInByLink();
      // A new account starts with its first steps (decision 140), as after a sign-up without mail.
      navigate('/first-week');
      return;
    }
    if (what === 'email_changed' && signedIn) await loadSession();
    setDone(what === 'account_created' ? 'account_ready' : 'email_changed');
  }

  if (done) return <Confirmed done={done} />;
  if (!linkToken) {
    return (
      <>
        <PageHeader title={words.heading} />
        <Notice tone="info">
          <p>{words.missing}</p>
        </Notice>
        <div class="actions">
          <LinkButton href="/sign-in">{words.toSignIn}</LinkButton>
        </div>
      </>
    );
  }
  return (
    <>
      <PageHeader title={words.heading} lead={words.lead} />
      {action.error ? (
        <Notice tone="error">
          <p>{action.error.message}</p>
        </Notice>
      ) : null}
      {action.error?.code === 'sign_in_first' && !isSignedInHere ? (
        // A new email takes effect only here, signed in; the link stays ready for the button,
        // which comes back once signed in.
        <SignInForm />
      ) : (
        <div class="actions">
          <Button busy={action.busy} busyLabel={words.busy} onClick={confirm}>
            {words.submit}
          </Button>
          {action.error && action.error.code !== 'sign_in_first' ? (
            <LinkButton href="/sign-in" variant="secondary">
              {words.toSignIn}
            </LinkButton>
          ) : null}
        </div>
      )}
    </>
  );
}

/** What happened, focused so a screen reader says it, and where to go next. */
function Confirmed({ done }: { done: Done }) {
  const words = emailConfirmation.confirm;
  const message = useRef<HTMLDivElement>(null);
  useEffect(() => message.current?.focus(), []);
  const text = done === 'account_ready' ? words.accountReady : words.emailChanged;
  return (
    <>
      <PageHeader title={words.heading} />
      <div ref={message} tabIndex={-1}>
        <Notice tone="success">
          <p>{text}</p>
        </Notice>
      </div>
      <div class="actions">
        {done === 'email_changed' ? (
          <LinkButton href="/account">{words.toApp}</LinkButton>
        ) : (
          <LinkButton href="/sign-in">{words.toSignIn}</LinkButton>
        )}
      </div>
    </>
  );
}

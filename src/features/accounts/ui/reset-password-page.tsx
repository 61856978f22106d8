import { useEffect, useRef, useState } from 'preact/hooks';
import { fields } from '../../../content/accounts.ts';
import { recovery } from '../../../content/recovery.ts';
import { useAction } from '../../../platform/web/use-action.ts';
import { Button, LinkButton } from '../../../platform/web/ui/button.tsx';
import { Field } from '../../../platform/web/ui/field.tsx';
import { Form } from '../../../platform/web/ui/form.tsx';
import { Notice } from '../../../platform/web/ui/notice.tsx';
import { PageHeader } from '../../../platform/web/ui/page-header.tsx';
import { currentLocation, navigate } from '../../../platform/web/navigation.ts';
import { readHashParam } from '../../../platform/web/router.ts';
import { recoveryApi } from './recovery-api.ts';
import { sessionStore } from './session.ts';
import { checkNewPassword } from './validate.ts';

// Kept outside the component: the screen is made anew when the session changes (resetting
// ends it). The token lives in the fragment, which never reaches a server; it is read once and
// taken out of the address bar.
let linkToken: string | null = null;
let finished = false;

function takeToken(): boolean {
  const fromHash = readHashParam(currentLocation().hash, 'token');
  if (fromHash) {
    linkToken = fromHash;
    finished = false;
  }
  return finished;
}

/** Sets a new password with the link from the mail (`/reset-password#token=…`). */
export function ResetPasswordPage() {
  const words = recovery.reset;
  const [done, setDone] = useState(takeToken);
  useEffect(() => {
    if (currentLocation().hash) navigate('/reset-password');
  }, []);
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [invalid, setInvalid] = useState(0);
  const action = useAction(recoveryApi.resetPassword);

  async function submit() {
    const found = checkNewPassword(password);
    setError(found);
    if (found || !linkToken) {
      setInvalid((t) => t + 1);
      return;
    }
    const outcome = await action.run(linkToken, password);
    if (outcome.ok) {
      finished = true;
      linkToken = null;
      setDone(true);
      // Every session ended, this one too.
      if (sessionStore.get().status === 'signed-in') sessionStore.set({ status: 'signed-out' });
    } else {
      setInvalid((t) => t + 1);
    }
  }

  if (done) return <ResetDone />;
  if (!linkToken) {
    return (
      <>
        <PageHeader title={words.heading} />
        <Notice tone="info">
          <p>{words.missing}</p>
        </Notice>
        <div class="actions">
          <LinkButton href="/forgot-password">{words.askAgain}</LinkButton>
        </div>
      </>
    );
  }
  const tokenProblem = action.error?.code === 'invalid_token' || action.error?.fields?.token;
  const serverField = action.error?.fields?.newPassword;
  const formError = action.error && !serverField ? action.error.message : null;
  return (
    <>
      <PageHeader title={words.heading} lead={words.lead} />
      <Form onSubmit={submit} error={formError} invalidToken={invalid} label={words.heading}>
        <Field
          label={fields.newPassword}
          name="newPassword"
          type="password"
          value={password}
          onInput={setPassword}
          hint={fields.newPasswordHint}
          error={error ?? serverField}
          autoComplete="new-password"
          showLabel={fields.showPassword}
          required
        />
        <div class="actions">
          <Button type="submit" busy={action.busy} busyLabel={words.busy}>
            {words.submit}
          </Button>
          {tokenProblem ? (
            <LinkButton href="/forgot-password" variant="secondary">
              {words.askAgain}
            </LinkButton>
          ) : null}
        </div>
      </Form>
    </>
  );
}

/** The form is gone: focus moves to what happened, so a screen reader says it and Tab goes on. */
function ResetDone() {
  const words = recovery.reset;
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
      <div class="actions">
        <LinkButton href="/sign-in">{words.toSignIn}</LinkButton>
      </div>
    </>
  );
}

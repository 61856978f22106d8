import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { join as words } from '../../../content/couples.ts';
import { currentLocation, navigate } from '../../../platform/web/navigation.ts';
import { readHashParam } from '../../../platform/web/router.ts';
import { useAction } from '../../../platform/web/use-action.ts';
import { Button } from '../../../platform/web/ui/button.tsx';
import { Field } from '../../../platform/web/ui/field.tsx';
import { Form } from '../../../platform/web/ui/form.tsx';
import { Notice } from '../../../platform/web/ui/notice.tsx';
import { PageHeader } from '../../../platform/web/ui/page-header.tsx';
import { couplesApi } from './couples-api.ts';
import { setCouple, useCouple } from './couple-store.ts';
import { forgetPendingInvite, keepPendingInvite, refreshPendingInvite } from './pending-invite.ts';

// The invite link is /join#code=...: the code lives in the fragment, which never reaches a server.
// We read it once, keep it until it is used (pending-invite.ts), and take it out of the address bar.
function takeCode(): string {
  const fromHash = readHashParam(currentLocation().hash, 'code');
  if (fromHash) {
    keepPendingInvite(fromHash);
    return fromHash;
  }
  return refreshPendingInvite();
}

export type AuthMode = 'sign-up' | 'sign-in';

interface JoinPageProps {
  signedIn: boolean;
  /** The account forms, given by the app (this feature doesn't own accounts). */
  renderAuth: (mode: AuthMode, switchMode: () => void) => ComponentChildren;
}

export function JoinPage({ signedIn, renderAuth }: JoinPageProps) {
  const [code, setCode] = useState(takeCode);
  const [mode, setMode] = useState<AuthMode>('sign-up');
  useEffect(() => {
    if (currentLocation().hash) navigate('/join');
  }, []);

  return (
    <>
      <PageHeader title={words.heading} lead={words.lead} />
      {signedIn ? (
        <JoinConfirm code={code} setCode={setCode} />
      ) : (
        <>
          <p>{words.signedOutLead}</p>
          <h2>{mode === 'sign-up' ? words.newAccount : words.haveAccount}</h2>
          {renderAuth(mode, () => setMode(mode === 'sign-up' ? 'sign-in' : 'sign-up'))}
        </>
      )}
    </>
  );
}

function JoinConfirm({ code, setCode }: { code: string; setCode: (code: string) => void }) {
  const { couple } = useCouple();
  const [typed, setTyped] = useState(code);
  const [missing, setMissing] = useState<string | undefined>(undefined);
  const [token, setToken] = useState(0);
  const joining = useAction(couplesApi.join);
  useEffect(() => {
    // Already in a space: a kept code can only lead to "leave first", so let it go.
    if (couple) forgetPendingInvite();
  }, [couple]);

  async function submit() {
    const value = typed.trim();
    if (value === '') {
      setMissing(words.codeMissing);
      setToken((t) => t + 1);
      return;
    }
    setMissing(undefined);
    const outcome = await joining.run(value);
    if (outcome.ok) {
      forgetPendingInvite();
      setCode('');
      setCouple(outcome.value);
      navigate('/today');
    } else {
      // A used, cancelled or expired code will never work: stop offering it, and ask for another.
      if (outcome.error?.status === 404 && code) {
        forgetPendingInvite();
        setCode('');
      }
      setToken((t) => t + 1);
    }
  }

  if (couple) {
    return (
      <Notice tone="info">
        <p>{words.alreadyIn}</p>
        <p>
          <a href="/space">{words.goToSpace}</a>
        </p>
      </Notice>
    );
  }
  const fieldError = missing ?? joining.error?.fields.code;
  const formError = joining.error && !joining.error.fields.code ? joining.error.message : null;
  return (
    <section class="card" aria-labelledby="join-heading">
      <h2 id="join-heading">{words.button}</h2>
      <p>{words.confirmLead}</p>
      <Form onSubmit={submit} error={formError} invalidToken={token}>
        {code || joining.error ? null : <p>{words.noCode}</p>}
        {code ? null : (
          <Field
            label={words.codeField}
            name="code"
            value={typed}
            onInput={setTyped}
            error={fieldError}
            autoComplete="off"
            spellcheck={false}
          />
        )}
        <div class="actions">
          <Button type="submit" busy={joining.busy} busyLabel={words.busy}>
            {words.button}
          </Button>
        </div>
      </Form>
    </section>
  );
}

import styles from './second-factors.module.css';
import { useEffect, useRef, useState } from 'preact/hooks';
import { passkeySignInWords, secondStepWords as words } from '../../../content/second-factors.ts';
import { ApiError } from '../../../platform/web/api.ts';
import { useAction } from '../../../platform/web/use-action.ts';
import { Button } from '../../../platform/web/ui/button.tsx';
import { Field } from '../../../platform/web/ui/field.tsx';
import { Form } from '../../../platform/web/ui/form.tsx';
import { Notice } from '../../../platform/web/ui/notice.tsx';
import { canUsePasskeys, factorsApi, wasCancelled, type SecondStep } from './second-factor-api.ts';
import { finishSignIn } from './session.ts';

/** The browser's passkey prompt, closed or refused: said calmly, as a message of our own. */
async function withPasskey(run: () => Promise<unknown>, cancelled: string) {
  try {
    await run();
  } catch (error) {
    if (wasCancelled(error)) throw new ApiError(0, 'cancelled', cancelled);
    throw error;
  }
  await finishSignIn();
}

/** "Use a passkey" under the sign-in form: a passkey alone signs in (decision 130). */
export function PasskeySignIn() {
  const action = useAction(() =>
    withPasskey(factorsApi.signInWithPasskey, passkeySignInWords.cancelled),
  );
  if (!canUsePasskeys()) return null;
  return (
    <div class={styles.passkeySignIn}>
      <p class="muted">{passkeySignInWords.or}</p>
      {action.error ? <Notice tone="error">{action.error.message}</Notice> : null}
      <div class="actions">
        <Button
          variant="secondary"
          busy={action.busy}
          busyLabel={passkeySignInWords.busy}
          onClick={() => void action.run()}
        >
          {passkeySignInWords.button}
        </Button>
      </div>
    </div>
  );
}

type Mode = 'totp' | 'passkey' | 'recovery';

/**
 * The second step of a password sign-in (decision 131): a code from the app, a passkey, or a
 * recovery code. No session exists until one of them passes. It starts with the code app when
 * that is on, else with a passkey; a recovery code is always one press away.
 */
export function SecondStepForm({ step, onRestart }: { step: SecondStep; onRestart: () => void }) {
  const hasTotp = step.methods.includes('totp');
  const hasPasskey = step.methods.includes('passkey') && canUsePasskeys();
  const [mode, setMode] = useState<Mode>(hasTotp ? 'totp' : hasPasskey ? 'passkey' : 'recovery');
  const [value, setValue] = useState('');
  const [missing, setMissing] = useState<string | undefined>();
  const [token, setToken] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const send = useAction(async (typed: string) => {
    if (mode === 'totp') await factorsApi.secondStepCode(step.pendingToken, typed);
    else await factorsApi.secondStepRecovery(step.pendingToken, typed);
    await finishSignIn();
  });
  const passkey = useAction(() =>
    withPasskey(
      () => factorsApi.secondStepPasskey(step.pendingToken),
      passkeySignInWords.cancelled,
    ),
  );

  async function submit() {
    const empty = value.trim() === '';
    setMissing(empty ? (mode === 'totp' ? words.codeMissing : words.recoveryMissing) : undefined);
    if (empty) {
      setToken((t) => t + 1);
      return;
    }
    if (!(await send.run(value.trim())).ok) setToken((t) => t + 1);
  }

  function switchTo(next: Mode) {
    setMode(next);
    setValue('');
    setMissing(undefined);
    send.clear();
    passkey.clear();
  }

  const fieldName = mode === 'totp' ? 'code' : 'recoveryCode';
  const serverField = send.error?.fields[fieldName];
  const formError = send.error && !serverField ? send.error.message : null;
  const others: { mode: Mode; label: string }[] = [
    ...(hasTotp && mode !== 'totp' ? [{ mode: 'totp' as const, label: words.useCode }] : []),
    ...(hasPasskey && mode !== 'passkey'
      ? [{ mode: 'passkey' as const, label: words.usePasskey }]
      : []),
    ...(mode !== 'recovery' ? [{ mode: 'recovery' as const, label: words.useRecoveryCode }] : []),
  ];
  return (
    <section class="second-step" aria-labelledby="second-step-heading">
      <h2 id="second-step-heading" ref={heading} tabIndex={-1}>
        {words.heading}
      </h2>
      <p>{words.lead}</p>
      {mode === 'passkey' ? (
        <>
          <p>{words.passkeyLead}</p>
          {passkey.error ? <Notice tone="error">{passkey.error.message}</Notice> : null}
          <div class="actions">
            <Button
              busy={passkey.busy}
              busyLabel={words.passkeyBusy}
              onClick={() => void passkey.run()}
            >
              {words.passkeyButton}
            </Button>
          </div>
        </>
      ) : (
        <Form onSubmit={submit} error={formError} invalidToken={token} label={words.heading}>
          {mode === 'totp' ? (
            <Field
              label={words.codeLabel}
              name="code"
              value={value}
              onInput={setValue}
              hint={words.codeHint}
              error={missing ?? serverField}
              autoComplete="one-time-code"
              inputMode="numeric"
              required
            />
          ) : (
            <Field
              label={words.recoveryLabel}
              name="recoveryCode"
              value={value}
              onInput={setValue}
              hint={words.recoveryHint}
              error={missing ?? serverField}
              autoComplete="off"
              spellcheck={false}
              required
            />
          )}
          <div class="actions">
            <Button type="submit" busy={send.busy} busyLabel={words.codeBusy}>
              {words.codeSubmit}
            </Button>
          </div>
        </Form>
      )}
      <div class="actions">
        {others.map((other) => (
          <Button key={other.mode} variant="quiet" onClick={() => switchTo(other.mode)}>
            {other.label}
          </Button>
        ))}
        <Button variant="quiet" onClick={onRestart}>
          {words.startOver}
        </Button>
      </div>
    </section>
  );
}

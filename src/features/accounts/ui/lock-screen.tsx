import { useState } from 'preact/hooks';
import { appLockWords } from '../../../content/app-lock.ts';
import { fields } from '../../../content/accounts.ts';
import { useAction } from '../../../platform/web/use-action.ts';
import { Button } from '../../../platform/web/ui/button.tsx';
import { Field } from '../../../platform/web/ui/field.tsx';
import { Form } from '../../../platform/web/ui/form.tsx';
import { appLockApi } from './app-lock-api.ts';
import { endedWhileLocked, signOut, unlocked } from './session.ts';

/**
 * The only screen while the app lock holds (decision 132). It shows nothing of the person: no
 * name, no email, no count of anything; the page holds no private data until the PIN is right.
 */
export function LockScreen() {
  const words = appLockWords.screen;
  const [secret, setSecret] = useState('');
  const [missing, setMissing] = useState<string | undefined>();
  const [token, setToken] = useState(0);
  const action = useAction(appLockApi.unlock);
  const leaving = useAction(signOut);

  async function submit() {
    if (secret === '') {
      setMissing(words.missing);
      setToken((t) => t + 1);
      return;
    }
    setMissing(undefined);
    const outcome = await action.run(secret);
    setSecret('');
    if (outcome.ok) {
      await unlocked();
      return;
    }
    if (outcome.error?.status === 401 || outcome.error?.code === 'unlock_tries_used') {
      endedWhileLocked();
      return;
    }
    setToken((t) => t + 1);
  }

  const error = missing ?? action.error?.fields.secret ?? action.error?.message;
  return (
    <section class="card lock-screen" aria-labelledby="lock-heading">
      <h1 id="lock-heading" tabIndex={-1}>
        {words.heading}
      </h1>
      <p>{words.lead}</p>
      <Form onSubmit={submit} invalidToken={token} label={words.heading}>
        <Field
          label={words.field}
          name="secret"
          type="password"
          value={secret}
          onInput={setSecret}
          error={error}
          autoComplete="off"
          showLabel={fields.showPassword}
        />
        <div class="actions">
          <Button type="submit" busy={action.busy} busyLabel={words.busy}>
            {words.submit}
          </Button>
        </div>
      </Form>
      <p class="field-hint">{words.signOutHint}</p>
      <div class="actions">
        <Button variant="secondary" busy={leaving.busy} onClick={() => void leaving.run()}>
          {words.signOut}
        </Button>
      </div>
    </section>
  );
}

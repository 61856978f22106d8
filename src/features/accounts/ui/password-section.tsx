import { useState } from 'preact/hooks';
import { account, fields, validation } from '../../../content/accounts.ts';
import { useAction } from '../../../platform/web/use-action.ts';
import { Button } from '../../../platform/web/ui/button.tsx';
import { Field } from '../../../platform/web/ui/field.tsx';
import { FoldSection } from '../../../platform/web/ui/fold-section.tsx';
import { Form } from '../../../platform/web/ui/form.tsx';
import { Notice } from '../../../platform/web/ui/notice.tsx';
import { accountsApi } from './accounts-api.ts';
import { checkNewPassword, checkPresent, hasErrors, type Errors } from './validate.ts';

type PasswordField = 'currentPassword' | 'newPassword';

export function PasswordSection({ email, onChanged }: { email: string; onChanged: () => void }) {
  const words = account.password;
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [errors, setErrors] = useState<Errors<PasswordField>>({});
  const [token, setToken] = useState(0);
  const [done, setDone] = useState<number | null>(null);
  const action = useAction(accountsApi.changePassword);

  async function submit() {
    setDone(null);
    const found: Errors<PasswordField> = {
      currentPassword: checkPresent(current, validation.passwordMissing),
      newPassword: checkNewPassword(next),
    };
    setErrors(found);
    if (hasErrors(found)) {
      setToken((t) => t + 1);
      return;
    }
    const outcome = await action.run(current, next);
    if (outcome.ok) {
      setCurrent('');
      setNext('');
      setDone(outcome.value?.endedSessions ?? 0);
      onChanged();
    } else {
      setToken((t) => t + 1);
    }
  }

  const server = action.error?.fields ?? {};
  const formError = action.error && Object.keys(server).length === 0 ? action.error.message : null;
  const error = (name: PasswordField) => errors[name] ?? server[name];
  return (
    <FoldSection id="password" headingId="password-heading" heading={words.heading}>
      <p>{words.lead}</p>
      {done !== null ? (
        <Notice tone="success">
          <p>
            {words.done} {done > 0 ? words.doneOthers(done) : null}
          </p>
        </Notice>
      ) : null}
      <Form onSubmit={submit} error={formError} invalidToken={token} label={words.heading}>
        {/* Lets password managers pair the new password with this account. */}
        <input type="email" name="username" autocomplete="username" value={email} readOnly hidden />
        <Field
          label={fields.currentPassword}
          name="currentPassword"
          type="password"
          value={current}
          onInput={setCurrent}
          error={error('currentPassword')}
          autoComplete="current-password"
          showLabel={fields.showPassword}
        />
        <Field
          label={fields.newPassword}
          name="newPassword"
          type="password"
          value={next}
          onInput={setNext}
          hint={fields.newPasswordHint}
          error={error('newPassword')}
          autoComplete="new-password"
          showLabel={fields.showPassword}
        />
        <div class="actions">
          <Button type="submit" busy={action.busy} busyLabel={words.busy}>
            {words.submit}
          </Button>
        </div>
      </Form>
    </FoldSection>
  );
}

import { useState } from 'preact/hooks';
import { fields } from '../../../content/accounts.ts';
import { recovery } from '../../../content/recovery.ts';
import { useAction } from '../../../platform/web/use-action.ts';
import { Button } from '../../../platform/web/ui/button.tsx';
import { Field } from '../../../platform/web/ui/field.tsx';
import { Form } from '../../../platform/web/ui/form.tsx';
import { Notice } from '../../../platform/web/ui/notice.tsx';
import { PageHeader } from '../../../platform/web/ui/page-header.tsx';
import { recoveryApi } from './recovery-api.ts';
import { checkEmail } from './validate.ts';

/** Asks for a link to set a new password. The answer is the same for every address. */
export function ForgotPasswordPage() {
  const words = recovery.forgot;
  const [email, setEmail] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [token, setToken] = useState(0);
  const [sent, setSent] = useState(false);
  const action = useAction(recoveryApi.forgotPassword);

  async function submit() {
    const found = checkEmail(email);
    setError(found);
    if (found) {
      setToken((t) => t + 1);
      return;
    }
    const outcome = await action.run(email.trim());
    if (outcome.ok) setSent(true);
    else setToken((t) => t + 1);
  }

  const serverField = action.error?.fields?.email;
  const formError = action.error && !serverField ? action.error.message : null;
  return (
    <>
      <PageHeader title={words.heading} lead={words.lead} />
      {sent ? (
        <Notice tone="success">
          <h2>{words.sentHeading}</h2>
          <p>{words.sent}</p>
          <p>{words.sentHint}</p>
        </Notice>
      ) : null}
      <Form onSubmit={submit} error={formError} invalidToken={token} label={words.heading}>
        <Field
          label={fields.email}
          name="email"
          type="email"
          value={email}
          onInput={setEmail}
          error={error ?? serverField}
          autoComplete="email"
          required
        />
        <div class="actions">
          <Button type="submit" busy={action.busy} busyLabel={words.busy}>
            {sent ? words.again : words.submit}
          </Button>
        </div>
      </Form>
      <p class="switch-line">
        <a href="/sign-in">{words.back}</a>
      </p>
    </>
  );
}

import { useState } from 'preact/hooks';
import { fields } from '../../../content/accounts.ts';
import { emailWords as words } from '../../../content/data-rights.ts';
import { useAction } from '../../../platform/web/use-action.ts';
import { Button } from '../../../platform/web/ui/button.tsx';
import { Field } from '../../../platform/web/ui/field.tsx';
import { FoldSection } from '../../../platform/web/ui/fold-section.tsx';
import { Form } from '../../../platform/web/ui/form.tsx';
import { Notice } from '../../../platform/web/ui/notice.tsx';
import { accountSafetyApi } from './account-safety-api.ts';
import { sessionStore } from './session.ts';

/** Changing the email needs the current password. */
export function EmailSection() {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [done, setDone] = useState(false);
  const [pending, setPending] = useState<string | null>(null);
  const [token, setToken] = useState(0);
  const action = useAction(accountSafetyApi.changeEmail);
  const server = action.error?.fields ?? {};
  const formError = action.error && Object.keys(server).length === 0 ? action.error.message : null;
  return (
    <FoldSection id="email" headingId="email-heading" heading={words.heading}>
      <p>{words.lead}</p>
      {done ? (
        <Notice tone="success">{pending ? words.pending(pending) : words.done}</Notice>
      ) : null}
      <Form
        label={words.heading}
        error={formError}
        invalidToken={token}
        onSubmit={async () => {
          setDone(false);
          const outcome = await action.run(password, email);
          if (outcome.ok) {
            const { pendingEmail, ...me } = outcome.value;
            sessionStore.set({ status: 'signed-in', me });
            setPending(pendingEmail);
            setEmail('');
            setPassword('');
            setDone(true);
          } else setToken((t) => t + 1);
        }}
      >
        <Field
          label={words.newEmail}
          name="newEmail"
          type="email"
          value={email}
          onInput={setEmail}
          error={server.newEmail}
          autoComplete="email"
          inputMode="email"
        />
        <Field
          label={words.password}
          name="currentPassword"
          type="password"
          value={password}
          onInput={setPassword}
          error={server.currentPassword}
          autoComplete="current-password"
          showLabel={fields.showPassword}
        />
        <div class="actions">
          <Button type="submit" busy={action.busy} busyLabel={words.busy}>
            {words.save}
          </Button>
        </div>
      </Form>
    </FoldSection>
  );
}

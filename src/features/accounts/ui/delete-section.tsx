import { useState } from 'preact/hooks';
import { fields } from '../../../content/accounts.ts';
import { deleteWords as words } from '../../../content/data-rights.ts';
import { navigate } from '../../../platform/web/navigation.ts';
import { useAction } from '../../../platform/web/use-action.ts';
import { Button } from '../../../platform/web/ui/button.tsx';
import { Field } from '../../../platform/web/ui/field.tsx';
import { FoldSection } from '../../../platform/web/ui/fold-section.tsx';
import { Form } from '../../../platform/web/ui/form.tsx';
import { accountSafetyApi } from './account-safety-api.ts';
import { sessionStore } from './session.ts';

/** Deleting the account: it says plainly what happens, and needs the password typed again. */
export function DeleteAccountSection() {
  const [password, setPassword] = useState('');
  const [token, setToken] = useState(0);
  const action = useAction(accountSafetyApi.deleteAccount);
  const server = action.error?.fields ?? {};
  const formError = action.error && Object.keys(server).length === 0 ? action.error.message : null;
  return (
    <FoldSection id="delete" headingId="delete-heading" heading={words.heading}>
      <p>{words.lead}</p>
      <h3>{words.goesHeading}</h3>
      <ul>
        {words.goes.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <h3>{words.staysHeading}</h3>
      <ul>
        {words.stays.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p>{words.exportFirst}</p>
      <Form
        label={words.heading}
        error={formError}
        invalidToken={token}
        onSubmit={async () => {
          if ((await action.run(password)).ok) {
            sessionStore.set({ status: 'signed-out' });
            navigate('/');
          } else setToken((t) => t + 1);
        }}
      >
        <Field
          label={words.password}
          name="password"
          type="password"
          value={password}
          onInput={setPassword}
          error={server.password}
          autoComplete="current-password"
          showLabel={fields.showPassword}
        />
        <div class="actions">
          <Button type="submit" variant="danger" busy={action.busy} busyLabel={words.busy}>
            {words.confirm}
          </Button>
        </div>
      </Form>
    </FoldSection>
  );
}

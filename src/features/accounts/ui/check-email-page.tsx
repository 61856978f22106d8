import { useState } from 'preact/hooks';
import { emailConfirmation } from '../../../content/email-confirmation.ts';
import { useAction } from '../../../platform/web/use-action.ts';
import { Button } from '../../../platform/web/ui/button.tsx';
import { Notice } from '../../../platform/web/ui/notice.tsx';
import { PageHeader } from '../../../platform/web/ui/page-header.tsx';
import { recoveryApi } from './recovery-api.ts';
import { lastSignUpEmail } from './session.ts';

/**
 * After a sign-up while mail is on: the same calm screen whether or not the address already had
 * an account (the server answered alike). The link in the mail finishes it (decision 085).
 */
export function CheckEmailPage() {
  const words = emailConfirmation.checkEmail;
  const [sent, setSent] = useState(false);
  const action = useAction(recoveryApi.resendSignUpLink);
  return (
    <>
      <PageHeader title={words.heading} lead={words.lead(lastSignUpEmail())} />
      <p>{words.already}</p>
      <p>{words.hint}</p>
      <div aria-live="polite">
        {sent ? <Notice tone="success">{words.sent}</Notice> : null}
        {action.error ? <Notice tone="error">{action.error.message}</Notice> : null}
      </div>
      <div class="actions">
        <Button
          variant="secondary"
          busy={action.busy}
          busyLabel={words.againBusy}
          onClick={async () => {
            setSent(false);
            const outcome = await action.run();
            if (outcome.ok) setSent(true);
          }}
        >
          {words.again}
        </Button>
      </div>
      <p class="switch-line">
        <a href="/sign-in">{words.back}</a>
      </p>
    </>
  );
}

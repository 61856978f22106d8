import { useState } from 'preact/hooks';
import { account } from '../../../content/accounts.ts';
import { navigate } from '../../../platform/web/navigation.ts';
import { useStore } from '../../../platform/web/store.ts';
import { useAction } from '../../../platform/web/use-action.ts';
import { Button } from '../../../platform/web/ui/button.tsx';
import { Notice } from '../../../platform/web/ui/notice.tsx';
import { PageHeader } from '../../../platform/web/ui/page-header.tsx';
import { PasswordSection } from './password-section.tsx';
import { SecondFactorsSection } from './second-factors-section.tsx';
import { sessionStore, signOut } from './session.ts';
import { SessionsSection } from './sessions-section.tsx';

export function AccountPage() {
  const session = useStore(sessionStore);
  const [sessionsVersion, setSessionsVersion] = useState(0);
  const leaving = useAction(signOut);
  if (session.status !== 'signed-in') return null;
  const { me } = session;
  return (
    <>
      <PageHeader title={account.heading} />
      <section class="card" aria-labelledby="details-heading">
        <h2 id="details-heading">{account.details.heading}</h2>
        <dl class="details">
          <dt>{account.details.name}</dt>
          <dd>{me.displayName}</dd>
          <dt>{account.details.email}</dt>
          <dd>{me.email}</dd>
        </dl>
      </section>
      <PasswordSection email={me.email} onChanged={() => setSessionsVersion((v) => v + 1)} />
      <SecondFactorsSection email={me.email} />
      <SessionsSection version={sessionsVersion} />
      <section class="card" aria-labelledby="signout-heading">
        <h2 id="signout-heading">{account.signOut.heading}</h2>
        <p>{account.signOut.lead}</p>
        {leaving.error ? <Notice tone="error">{leaving.error.message}</Notice> : null}
        <div class="actions">
          <Button
            variant="secondary"
            onClick={async () => {
              if ((await leaving.run()).ok) navigate('/');
            }}
            busy={leaving.busy}
          >
            {account.signOut.button}
          </Button>
        </div>
      </section>
    </>
  );
}

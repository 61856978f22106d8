import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { account } from '../../../content/accounts.ts';
import { navigate } from '../../../platform/web/navigation.ts';
import { useStore } from '../../../platform/web/store.ts';
import { useAction } from '../../../platform/web/use-action.ts';
import { Button } from '../../../platform/web/ui/button.tsx';
import { Notice } from '../../../platform/web/ui/notice.tsx';
import { PageHeader } from '../../../platform/web/ui/page-header.tsx';
import { ActivitySection } from './activity-section.tsx';
import { AppLockSection } from './app-lock-section.tsx';
import { DeleteAccountSection } from './delete-section.tsx';
import { EmailSection } from './email-section.tsx';
import { PasswordSection } from './password-section.tsx';
import { SecondFactorsSection } from './second-factors-section.tsx';
import { sessionStore, signOut } from './session.ts';
import { SessionsSection } from './sessions-section.tsx';

interface AccountPageProps {
  /** Other features' sections, first among those that open (reminders). */
  first?: ComponentChildren;
  /** Other features' sections, after the account's own and before deleting it (your data). */
  last?: ComponentChildren;
}

/**
 * The account page fits a phone (decision 140): who I am and signing out stay open; every other
 * section is a card that opens on demand and has its own address (`/account#reminders`,
 * `#app-lock`, `#password`, `#email`, `#passkeys`, `#devices`, `#activity`, `#your-data`,
 * `#delete`), so another screen or a mail can open one straight away.
 */
export function AccountPage({ first, last }: AccountPageProps) {
  const session = useStore(sessionStore);
  const [sessionsVersion, setSessionsVersion] = useState(0);
  const leaving = useAction(signOut);
  if (session.status !== 'signed-in') return null;
  const { me } = session;
  return (
    <>
      <PageHeader title={account.heading} lead={account.lead} />
      <section class="card" aria-labelledby="details-heading">
        <h2 id="details-heading">{account.details.heading}</h2>
        <dl class="details">
          <dt>{account.details.name}</dt>
          <dd>{me.displayName}</dd>
          <dt>{account.details.email}</dt>
          <dd>{me.email}</dd>
        </dl>
      </section>
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
      {first}
      <AppLockSection />
      <PasswordSection email={me.email} onChanged={() => setSessionsVersion((v) => v + 1)} />
      <EmailSection />
      <SecondFactorsSection email={me.email} />
      <SessionsSection version={sessionsVersion} />
      <ActivitySection />
      {last}
      <DeleteAccountSection />
    </>
  );
}

import { signIn } from '../../../content/accounts.ts';
import { appLockWords } from '../../../content/app-lock.ts';
import { useStore } from '../../../platform/web/store.ts';
import { Notice } from '../../../platform/web/ui/notice.tsx';
import { PageHeader } from '../../../platform/web/ui/page-header.tsx';
import { SignInForm } from './auth-forms.tsx';
import { lockEndedStore } from './session.ts';

/** `protectedPage`: someone opened a page that needs an account; say why they see this. */
export function SignInPage({ protectedPage = false }: { protectedPage?: boolean }) {
  const endedByLock = useStore(lockEndedStore);
  return (
    <>
      <PageHeader
        title={signIn.heading}
        lead={protectedPage ? signIn.protectedLead : signIn.lead}
      />
      {endedByLock ? (
        <Notice>
          <p>{appLockWords.screen.ended}</p>
        </Notice>
      ) : null}
      <SignInForm />
    </>
  );
}

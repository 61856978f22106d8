import { signIn } from '../../../content/accounts.ts';
import { PageHeader } from '../../../platform/web/ui/page-header.tsx';
import { SignInForm } from './auth-forms.tsx';

/** `protectedPage`: someone opened a page that needs an account; say why they see this. */
export function SignInPage({ protectedPage = false }: { protectedPage?: boolean }) {
  return (
    <>
      <PageHeader
        title={signIn.heading}
        lead={protectedPage ? signIn.protectedLead : signIn.lead}
      />
      <SignInForm />
    </>
  );
}

import { signUp } from '../../../content/accounts.ts';
import { PageHeader } from '../../../platform/web/ui/page-header.tsx';
import { SignUpForm } from './auth-forms.tsx';

export function SignUpPage() {
  return (
    <>
      <PageHeader title={signUp.heading} lead={signUp.lead} />
      <SignUpForm />
    </>
  );
}

import { useState } from 'preact/hooks';
import {
  fields,
  signIn as signInWords,
  signUp as signUpWords,
  validation,
} from '../../../content/accounts.ts';
import { useAction } from '../../../platform/web/use-action.ts';
import { Button } from '../../../platform/web/ui/button.tsx';
import { Field } from '../../../platform/web/ui/field.tsx';
import { Form } from '../../../platform/web/ui/form.tsx';
import { signIn, signUp } from './session.ts';
import { checkEmail, checkNewPassword, checkPresent, hasErrors, type Errors } from './validate.ts';

interface SwitchProps {
  /** When given, the "sign in instead" link switches in place (the join page) instead of navigating. */
  onSwitch?: () => void;
}

function SwitchLine({
  text,
  link,
  href,
  onSwitch,
}: { text: string; link: string; href: string } & SwitchProps) {
  return (
    <p class="switch-line">
      {text}{' '}
      {onSwitch ? (
        <button type="button" class="btn btn--quiet" onClick={onSwitch}>
          {link}
        </button>
      ) : (
        <a href={href}>{link}</a>
      )}
    </p>
  );
}

type SignUpField = 'email' | 'displayName' | 'password';

export function SignUpForm({ onSwitch }: SwitchProps) {
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Errors<SignUpField>>({});
  const [token, setToken] = useState(0);
  const action = useAction(signUp);

  async function submit() {
    const found: Errors<SignUpField> = {
      email: checkEmail(email),
      displayName: checkPresent(displayName, validation.displayNameMissing),
      password: checkNewPassword(password),
    };
    setErrors(found);
    if (hasErrors(found)) {
      setToken((t) => t + 1);
      return;
    }
    const outcome = await action.run(email.trim(), password, displayName.trim());
    if (!outcome.ok) setToken((t) => t + 1);
  }

  const server = action.error?.fields ?? {};
  const formError = action.error && Object.keys(server).length === 0 ? action.error.message : null;
  const error = (name: SignUpField) => errors[name] ?? server[name];
  return (
    <>
      <Form onSubmit={submit} error={formError} invalidToken={token}>
        <Field
          label={fields.email}
          name="email"
          type="email"
          value={email}
          onInput={setEmail}
          error={error('email')}
          autoComplete="email"
          required
        />
        <Field
          label={fields.displayName}
          name="displayName"
          value={displayName}
          onInput={setDisplayName}
          hint={fields.displayNameHint}
          error={error('displayName')}
          autoComplete="nickname"
          required
        />
        <Field
          label={fields.password}
          name="password"
          type="password"
          value={password}
          onInput={setPassword}
          hint={fields.newPasswordHint}
          error={error('password')}
          autoComplete="new-password"
          showLabel={fields.showPassword}
          required
        />
        <div class="actions">
          <Button type="submit" busy={action.busy} busyLabel={signUpWords.busy}>
            {signUpWords.submit}
          </Button>
        </div>
      </Form>
      <SwitchLine
        text={signUpWords.toSignIn}
        link={signUpWords.toSignInLink}
        href="/sign-in"
        onSwitch={onSwitch}
      />
    </>
  );
}

type SignInField = 'email' | 'password';

export function SignInForm({ onSwitch }: SwitchProps) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Errors<SignInField>>({});
  const [token, setToken] = useState(0);
  const action = useAction(signIn);

  async function submit() {
    const found: Errors<SignInField> = {
      email: checkEmail(email),
      password: checkPresent(password, validation.passwordMissing),
    };
    setErrors(found);
    if (hasErrors(found)) {
      setToken((t) => t + 1);
      return;
    }
    const outcome = await action.run(email.trim(), password);
    if (!outcome.ok) setToken((t) => t + 1);
  }

  const server = action.error?.fields ?? {};
  const formError = action.error && Object.keys(server).length === 0 ? action.error.message : null;
  const error = (name: SignInField) => errors[name] ?? server[name];
  return (
    <>
      <Form onSubmit={submit} error={formError} invalidToken={token}>
        <Field
          label={fields.email}
          name="email"
          type="email"
          value={email}
          onInput={setEmail}
          error={error('email')}
          autoComplete="email"
          required
        />
        <Field
          label={fields.password}
          name="password"
          type="password"
          value={password}
          onInput={setPassword}
          error={error('password')}
          autoComplete="current-password"
          showLabel={fields.showPassword}
          required
        />
        <div class="actions">
          <Button type="submit" busy={action.busy} busyLabel={signInWords.busy}>
            {signInWords.submit}
          </Button>
        </div>
      </Form>
      <SwitchLine
        text={signInWords.toSignUp}
        link={signInWords.toSignUpLink}
        href="/sign-up"
        onSwitch={onSwitch}
      />
    </>
  );
}

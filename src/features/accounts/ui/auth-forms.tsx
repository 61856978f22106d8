import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import {
  fields,
  signIn as signInWords,
  signUp as signUpWords,
  validation,
} from '../../../content/accounts.ts';
import { recovery } from '../../../content/recovery.ts';
import { useAction } from '../../../platform/web/use-action.ts';
import { Button } from '../../../platform/web/ui/button.tsx';
import { Field } from '../../../platform/web/ui/field.tsx';
import { Form } from '../../../platform/web/ui/form.tsx';
import type { SecondStep } from './second-factor-api.ts';
import { PasskeySignIn, SecondStepForm } from './second-step.tsx';
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

/**
 * The submit handling both forms share: the browser's checks first (focus then moves to the
 * first field that needs attention), then the server. A field error from the server shows by its
 * field, any other error above the form.
 */
function useAuthSubmit<K extends string, A extends unknown[], R>(
  send: (...args: A) => Promise<R>,
  check: () => Errors<K>,
  args: () => Readonly<A>,
  onDone?: (value: R) => void,
) {
  const [errors, setErrors] = useState<Errors<K>>({});
  const [token, setToken] = useState(0);
  const action = useAction(send);

  async function submit() {
    const found = check();
    setErrors(found);
    if (hasErrors(found)) {
      setToken((t) => t + 1);
      return;
    }
    const outcome = await action.run(...args());
    if (!outcome.ok) setToken((t) => t + 1);
    else onDone?.(outcome.value);
  }

  const server = action.error?.fields ?? {};
  const formError = action.error && Object.keys(server).length === 0 ? action.error.message : null;
  const error = (name: K): string | undefined => errors[name] ?? server[name];
  return { submit, formError, token, busy: action.busy, error };
}

interface AuthFormProps extends SwitchProps {
  form: Omit<ReturnType<typeof useAuthSubmit<string, unknown[], unknown>>, 'error'>;
  words: { submit: string; busy: string };
  switchTo: { text: string; link: string; href: string };
  /** Shown between the form and the switch line (sign-in: "Use a passkey"). */
  after?: ComponentChildren;
  children: ComponentChildren;
}

/** The form with its submit button, then the line that switches to the other form. */
function AuthForm({ form, words, switchTo, onSwitch, after, children }: AuthFormProps) {
  return (
    <>
      <Form onSubmit={form.submit} error={form.formError} invalidToken={form.token}>
        {children}
        <div class="actions">
          <Button type="submit" busy={form.busy} busyLabel={words.busy}>
            {words.submit}
          </Button>
        </div>
      </Form>
      {after}
      <SwitchLine {...switchTo} onSwitch={onSwitch} />
    </>
  );
}

interface OwnFieldProps {
  value: string;
  onInput: (value: string) => void;
  error: string | undefined;
}

function EmailField({ value, onInput, error }: OwnFieldProps) {
  return (
    <Field
      label={fields.email}
      name="email"
      type="email"
      value={value}
      onInput={onInput}
      error={error}
      autoComplete="email"
      required
    />
  );
}

function PasswordField({
  value,
  onInput,
  error,
  hint,
  autoComplete,
}: OwnFieldProps & { hint?: string; autoComplete: 'new-password' | 'current-password' }) {
  return (
    <Field
      label={fields.password}
      name="password"
      type="password"
      value={value}
      onInput={onInput}
      hint={hint}
      error={error}
      autoComplete={autoComplete}
      showLabel={fields.showPassword}
      required
    />
  );
}

type SignUpField = 'email' | 'displayName' | 'password';

export function SignUpForm({ onSwitch }: SwitchProps) {
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const form = useAuthSubmit(
    signUp,
    (): Errors<SignUpField> => ({
      email: checkEmail(email),
      displayName: checkPresent(displayName, validation.displayNameMissing),
      password: checkNewPassword(password),
    }),
    () => [email.trim(), password, displayName.trim()] as const,
  );
  return (
    <AuthForm
      form={form}
      words={signUpWords}
      switchTo={{ text: signUpWords.toSignIn, link: signUpWords.toSignInLink, href: '/sign-in' }}
      onSwitch={onSwitch}
    >
      <EmailField value={email} onInput={setEmail} error={form.error('email')} />
      <Field
        label={fields.displayName}
        name="displayName"
        value={displayName}
        onInput={setDisplayName}
        hint={fields.displayNameHint}
        error={form.error('displayName')}
        autoComplete="nickname"
        required
      />
      <PasswordField
        value={password}
        onInput={setPassword}
        hint={fields.newPasswordHint}
        error={form.error('password')}
        autoComplete="new-password"
      />
    </AuthForm>
  );
}

type SignInField = 'email' | 'password';

export function SignInForm({ onSwitch }: SwitchProps) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  // With a second factor on, the password opens a second step, not a session (decision 131).
  const [secondStep, setSecondStep] = useState<SecondStep | null>(null);
  const form = useAuthSubmit(
    signIn,
    (): Errors<SignInField> => ({
      email: checkEmail(email),
      password: checkPresent(password, validation.passwordMissing),
    }),
    () => [email.trim(), password] as const,
    (step) => {
      if (step) setPassword('');
      setSecondStep(step);
    },
  );
  if (secondStep) return <SecondStepForm step={secondStep} onRestart={() => setSecondStep(null)} />;
  return (
    <AuthForm
      form={form}
      words={signInWords}
      switchTo={{ text: signInWords.toSignUp, link: signInWords.toSignUpLink, href: '/sign-up' }}
      onSwitch={onSwitch}
      after={<PasskeySignIn />}
    >
      <EmailField value={email} onInput={setEmail} error={form.error('email')} />
      <PasswordField
        value={password}
        onInput={setPassword}
        error={form.error('password')}
        autoComplete="current-password"
      />
      <p class="forgot-line">
        <a href="/forgot-password">{recovery.forgotLink}</a>
      </p>
    </AuthForm>
  );
}

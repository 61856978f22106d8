import { useEffect, useState } from 'preact/hooks';
import { appLockWords } from '../../../content/app-lock.ts';
import { fields } from '../../../content/accounts.ts';
import { setAppLockChoice } from '../../../platform/web/app-lock.ts';
import { useAction } from '../../../platform/web/use-action.ts';
import { Button } from '../../../platform/web/ui/button.tsx';
import { ChoiceGroup } from '../../../platform/web/ui/choice-group.tsx';
import { Field } from '../../../platform/web/ui/field.tsx';
import { FoldSection } from '../../../platform/web/ui/fold-section.tsx';
import { Form } from '../../../platform/web/ui/form.tsx';
import { Notice } from '../../../platform/web/ui/notice.tsx';
import { appLockApi, isLockSecret, type AppLockSettings } from './app-lock-api.ts';

const words = appLockWords.settings;
type IdleValue = (typeof words.idleChoices)[number]['value'];
type ExitValue = 'sign-out' | 'lock';

const idleValue = (minutes: number | null): IdleValue =>
  minutes === null ? 'never' : (String(minutes) as IdleValue);
const idleMinutes = (value: IdleValue): number | null => (value === 'never' ? null : Number(value));

/** The app lock on the account screen (decision 132): set or change the PIN, choose, turn off. */
export function AppLockSection() {
  const [settings, setSettings] = useState<AppLockSettings | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const load = useAction(appLockApi.get);

  const loadRun = load.run;
  useEffect(() => {
    void loadRun().then((outcome) => {
      if (outcome.ok) setSettings(outcome.value);
    });
  }, [loadRun]);

  function changed(next: AppLockSettings, message: string) {
    setSettings(next);
    setAppLockChoice(
      next.set ? { idleMinutes: next.idleMinutes, quickExit: next.quickExit } : null,
    );
    setDone(message);
  }

  return (
    <FoldSection id="app-lock" headingId="app-lock-heading" heading={words.heading}>
      <p>{words.lead}</p>
      {load.error ? <Notice tone="error">{load.error.message}</Notice> : null}
      {done ? (
        <Notice tone="success">
          <p>{done}</p>
        </Notice>
      ) : null}
      {settings === null ? null : (
        <>
          <p>{settings.set ? words.onLead : words.offLead}</p>
          {settings.set ? <LockChoices settings={settings} onSaved={changed} /> : null}
          <PinForm isSet={settings.set} onSaved={changed} />
          {settings.set ? <TurnOffForm onSaved={changed} /> : null}
        </>
      )}
    </FoldSection>
  );
}

function PinForm({
  isSet,
  onSaved,
}: {
  isSet: boolean;
  onSaved: (next: AppLockSettings, message: string) => void;
}) {
  const [pin, setPin] = useState('');
  const [again, setAgain] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [token, setToken] = useState(0);
  const action = useAction(appLockApi.set);

  async function submit() {
    const found = {
      secret: isLockSecret(pin) ? undefined : words.pinFormat,
      again: pin === again ? undefined : words.pinMismatch,
      currentPassword: password === '' ? words.currentPasswordMissing : undefined,
    };
    setErrors(found);
    if (Object.values(found).some(Boolean)) {
      setToken((t) => t + 1);
      return;
    }
    const outcome = await action.run({ currentPassword: password, secret: pin });
    if (outcome.ok) {
      setPin('');
      setAgain('');
      setPassword('');
      onSaved(outcome.value, isSet ? words.savedPin : words.savedOn);
    } else {
      setToken((t) => t + 1);
    }
  }

  const server = action.error?.fields ?? {};
  const formError = action.error && Object.keys(server).length === 0 ? action.error.message : null;
  const label = isSet ? words.change : words.turnOn;
  return (
    <Form onSubmit={submit} error={formError} invalidToken={token} label={label}>
      <Field
        label={words.pin}
        name="secret"
        type="password"
        value={pin}
        onInput={setPin}
        hint={words.pinHint}
        error={errors.secret ?? server.secret}
        autoComplete="new-password"
        showLabel={fields.showPassword}
      />
      <Field
        label={words.pinAgain}
        name="secretAgain"
        type="password"
        value={again}
        onInput={setAgain}
        error={errors.again}
        autoComplete="new-password"
      />
      <Field
        label={words.currentPassword}
        name="currentPassword"
        type="password"
        value={password}
        onInput={setPassword}
        error={errors.currentPassword ?? server.currentPassword}
        autoComplete="current-password"
      />
      <div class="actions">
        <Button type="submit" busy={action.busy} busyLabel={words.busy}>
          {label}
        </Button>
      </div>
    </Form>
  );
}

function LockChoices({
  settings,
  onSaved,
}: {
  settings: AppLockSettings;
  onSaved: (next: AppLockSettings, message: string) => void;
}) {
  const [idle, setIdle] = useState<IdleValue>(idleValue(settings.idleMinutes));
  const [exit, setExit] = useState<ExitValue>(settings.quickExit);
  const action = useAction(appLockApi.choose);

  async function submit() {
    const outcome = await action.run({ idleMinutes: idleMinutes(idle), quickExit: exit });
    if (outcome.ok) onSaved(outcome.value, words.savedChoices);
  }

  return (
    <Form onSubmit={submit} error={action.error?.message} label={words.saveChoices}>
      <ChoiceGroup
        legend={words.idle}
        hint={words.idleHint}
        options={words.idleChoices}
        value={idle}
        onChange={setIdle}
        inline
      />
      <ChoiceGroup
        legend={words.quickExit}
        hint={words.quickExitHint}
        options={words.quickExitChoices}
        value={exit}
        onChange={setExit}
        inline
      />
      <div class="actions">
        <Button type="submit" variant="secondary" busy={action.busy} busyLabel={words.busy}>
          {words.saveChoices}
        </Button>
      </div>
    </Form>
  );
}

function TurnOffForm({ onSaved }: { onSaved: (next: AppLockSettings, message: string) => void }) {
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [token, setToken] = useState(0);
  const action = useAction(appLockApi.remove);

  async function submit() {
    if (password === '') {
      setError(words.currentPasswordMissing);
      setToken((t) => t + 1);
      return;
    }
    setError(undefined);
    const outcome = await action.run(password);
    if (outcome.ok) {
      setPassword('');
      onSaved(outcome.value, words.turnedOff);
    } else {
      setToken((t) => t + 1);
    }
  }

  const serverError = action.error?.fields.currentPassword;
  const formError = action.error && !serverError ? action.error.message : null;
  return (
    <Form onSubmit={submit} error={formError} invalidToken={token} label={words.offHeading}>
      <h3>{words.offHeading}</h3>
      <Field
        label={words.currentPassword}
        name="currentPasswordOff"
        type="password"
        value={password}
        onInput={setPassword}
        error={error ?? serverError}
        autoComplete="current-password"
      />
      <div class="actions">
        <Button type="submit" variant="danger" busy={action.busy} busyLabel={words.busy}>
          {words.turnOff}
        </Button>
      </div>
    </Form>
  );
}

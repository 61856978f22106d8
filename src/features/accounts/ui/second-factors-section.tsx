import styles from './second-factors.module.css';
import { useState } from 'preact/hooks';
import { factorWords as words } from '../../../content/second-factors.ts';
import { ApiError } from '../../../platform/web/api.ts';
import { formatDateTime } from '../../../platform/web/format.ts';
import { useAction, useLoad } from '../../../platform/web/use-action.ts';
import { Button } from '../../../platform/web/ui/button.tsx';
import { Field } from '../../../platform/web/ui/field.tsx';
import { Form } from '../../../platform/web/ui/form.tsx';
import { FoldSection } from '../../../platform/web/ui/fold-section.tsx';
import { Notice } from '../../../platform/web/ui/notice.tsx';
import {
  canUsePasskeys,
  factorsApi,
  wasCancelled,
  type FactorStatus,
  type PasskeyInfo,
} from './second-factor-api.ts';

/** Typing the password again opens changes to how I sign in for ten minutes. */
function RecheckForm({ email, onDone }: { email: string; onDone: () => void }) {
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState<string | undefined>();
  const [token, setToken] = useState(0);
  const action = useAction(factorsApi.recheck);
  async function submit() {
    const empty = password === '';
    setMissing(empty ? words.recheck.missing : undefined);
    if (empty) return setToken((t) => t + 1);
    const outcome = await action.run(password);
    if (outcome.ok) {
      setPassword('');
      onDone();
    } else setToken((t) => t + 1);
  }
  const fieldError = action.error?.fields.password;
  return (
    <Form
      onSubmit={submit}
      error={action.error && !fieldError ? action.error.message : null}
      invalidToken={token}
      label={words.heading}
    >
      <p>{words.recheck.lead}</p>
      <input type="email" name="username" autocomplete="username" value={email} readOnly hidden />
      <Field
        label={words.recheck.label}
        name="password"
        type="password"
        value={password}
        onInput={setPassword}
        error={missing ?? fieldError}
        autoComplete="current-password"
        required
      />
      <div class="actions">
        <Button type="submit" busy={action.busy} busyLabel={words.recheck.busy}>
          {words.recheck.submit}
        </Button>
      </div>
    </Form>
  );
}

/**
 * Ten codes, shown this once. Styled as a notice but not a live region: a screen reader reads
 * them when the person gets there, not all at once as they appear.
 */
function FreshCodes({ codes, onSaved }: { codes: string[]; onSaved: () => void }) {
  return (
    <div class="notice notice--info">
      <p>
        <strong>{words.recovery.fresh}</strong>
      </p>
      <p>{words.recovery.freshLead}</p>
      <ul class={styles.recoveryCodes} aria-label={words.recovery.listLabel}>
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ul>
      <div class="actions">
        <Button variant="secondary" onClick={onSaved}>
          {words.recovery.saved}
        </Button>
      </div>
    </div>
  );
}

function PasskeyList({
  passkeys,
  onRemove,
}: {
  passkeys: PasskeyInfo[];
  onRemove: (p: PasskeyInfo) => void;
}) {
  if (passkeys.length === 0) return <p class="muted">{words.passkeys.none}</p>;
  return (
    <ul class="item-list" aria-label={words.passkeys.listLabel}>
      {passkeys.map((p) => (
        <li key={p.id} class="item">
          <div class="item-text">
            <p class="item-title">{p.name}</p>
            <p class="item-meta">{words.passkeys.added(formatDateTime(p.createdAt))}</p>
            <p class="item-meta">
              {p.lastUsedAt
                ? words.passkeys.used(formatDateTime(p.lastUsedAt))
                : words.passkeys.neverUsed}
            </p>
          </div>
          <Button
            variant="secondary"
            onClick={() => onRemove(p)}
            aria-label={words.passkeys.removeLabel(p.name)}
          >
            {words.passkeys.remove}
          </Button>
        </li>
      ))}
    </ul>
  );
}

function AddPasskey({ onAdded }: { onAdded: (codes: string[] | null) => void }) {
  const [name, setName] = useState('');
  const [missing, setMissing] = useState<string | undefined>();
  const [token, setToken] = useState(0);
  const action = useAction(async (typed: string) => {
    try {
      return await factorsApi.addPasskey(typed);
    } catch (error) {
      if (wasCancelled(error)) throw new ApiError(0, 'cancelled', words.passkeys.cancelled);
      // The browser found a passkey for this account on this device already (excludeCredentials).
      if ((error as { name?: unknown } | null)?.name === 'InvalidStateError') {
        throw new ApiError(0, 'already_added', words.passkeys.alreadyHere);
      }
      throw error;
    }
  });
  if (!canUsePasskeys()) return <p class="muted">{words.passkeys.unsupported}</p>;
  async function submit() {
    const empty = name.trim() === '';
    setMissing(empty ? words.passkeys.nameMissing : undefined);
    if (empty) return setToken((t) => t + 1);
    const outcome = await action.run(name.trim());
    if (outcome.ok) {
      setName('');
      onAdded(outcome.value.recoveryCodes);
    } else setToken((t) => t + 1);
  }
  const fieldError = action.error?.fields.name;
  return (
    <Form
      onSubmit={submit}
      error={action.error && !fieldError ? action.error.message : null}
      invalidToken={token}
      label={words.passkeys.add}
    >
      <Field
        label={words.passkeys.nameLabel}
        name="passkeyName"
        value={name}
        onInput={setName}
        hint={words.passkeys.nameHint}
        error={missing ?? fieldError}
        autoComplete="off"
        required
      />
      <div class="actions">
        <Button type="submit" busy={action.busy} busyLabel={words.passkeys.addBusy}>
          {words.passkeys.add}
        </Button>
      </div>
    </Form>
  );
}

function TotpSetup({ onOn }: { onOn: (codes: string[] | null) => void }) {
  const start = useAction(factorsApi.startTotp);
  const confirm = useAction(factorsApi.confirmTotp);
  const [setup, setSetup] = useState<{ secret: string; uri: string } | null>(null);
  const [code, setCode] = useState('');
  const [missing, setMissing] = useState<string | undefined>();
  const [token, setToken] = useState(0);

  if (!setup) {
    return (
      <>
        {start.error ? <Notice tone="error">{start.error.message}</Notice> : null}
        <div class="actions">
          <Button
            variant="secondary"
            busy={start.busy}
            busyLabel={words.totp.startBusy}
            onClick={async () => {
              const outcome = await start.run();
              if (outcome.ok) setSetup(outcome.value);
            }}
          >
            {words.totp.start}
          </Button>
        </div>
      </>
    );
  }
  async function submit() {
    const empty = code.trim() === '';
    setMissing(empty ? words.totp.codeMissing : undefined);
    if (empty) return setToken((t) => t + 1);
    const outcome = await confirm.run(code.trim());
    if (outcome.ok) onOn(outcome.value.recoveryCodes);
    else setToken((t) => t + 1);
  }
  const fieldError = confirm.error?.fields.code;
  // The key in groups of four, easier to type; the app ignores the spaces.
  const grouped = setup.secret.match(/.{1,4}/g)?.join(' ') ?? setup.secret;
  return (
    <Form
      onSubmit={submit}
      error={confirm.error && !fieldError ? confirm.error.message : null}
      invalidToken={token}
      label={words.totp.heading}
    >
      <p>{words.totp.setupLead}</p>
      <p>
        <span class="muted">{words.totp.secretLabel}: </span>
        <code class={styles.totpSecret} data-secret={setup.secret}>
          {grouped}
        </code>
      </p>
      <p>{words.totp.uriLead}</p>
      <p>
        <code class={styles.totpUri}>{setup.uri}</code>
      </p>
      <Field
        label={words.totp.confirmLabel}
        name="code"
        value={code}
        onInput={setCode}
        hint={words.totp.confirmHint}
        error={missing ?? fieldError}
        autoComplete="one-time-code"
        inputMode="numeric"
        required
      />
      <div class="actions">
        <Button type="submit" busy={confirm.busy} busyLabel={words.totp.confirmBusy}>
          {words.totp.confirm}
        </Button>
      </div>
    </Form>
  );
}

function Controls({ status, reload }: { status: FactorStatus; reload: () => void }) {
  const [codes, setCodes] = useState<string[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const remove = useAction(factorsApi.removePasskey);
  const turnOff = useAction(factorsApi.turnOffTotp);
  const renew = useAction(factorsApi.renewRecoveryCodes);
  const error = remove.error ?? turnOff.error ?? renew.error;

  const done = (text: string, fresh: string[] | null = null) => {
    setMessage(text);
    if (fresh) setCodes(fresh);
    reload();
  };
  return (
    <>
      {message ? <Notice tone="success">{message}</Notice> : null}
      {error ? <Notice tone="error">{error.message}</Notice> : null}
      {codes ? <FreshCodes codes={codes} onSaved={() => setCodes(null)} /> : null}

      <h3>{words.passkeys.heading}</h3>
      <PasskeyList
        passkeys={status.passkeys}
        onRemove={async (p) => {
          setMessage(null);
          if ((await remove.run(p.id)).ok) done(words.passkeys.removed);
          else reload();
        }}
      />
      <AddPasskey onAdded={(fresh) => done(words.passkeys.addedDone, fresh)} />

      <h3>{words.totp.heading}</h3>
      <p>{status.totp ? words.totp.on : words.totp.off}</p>
      {status.totp ? (
        <div class="actions">
          <Button
            variant="secondary"
            busy={turnOff.busy}
            busyLabel={words.totp.turnOffBusy}
            onClick={async () => {
              setMessage(null);
              if ((await turnOff.run()).ok) done(words.totp.turnedOff);
              else reload();
            }}
          >
            {words.totp.turnOff}
          </Button>
        </div>
      ) : (
        <TotpSetup onOn={(fresh) => done(words.totp.turnedOn, fresh)} />
      )}

      <h3>{words.recovery.heading}</h3>
      {status.totp || status.passkeys.length > 0 ? (
        <>
          <p>{words.recovery.left(status.recoveryCodesLeft)}</p>
          <p class="muted">{words.recovery.renewHint}</p>
          <div class="actions">
            <Button
              variant="secondary"
              busy={renew.busy}
              busyLabel={words.recovery.renewBusy}
              onClick={async () => {
                setMessage(null);
                const outcome = await renew.run();
                if (outcome.ok) {
                  setCodes(outcome.value.recoveryCodes);
                  reload();
                } else reload();
              }}
            >
              {words.recovery.renew}
            </Button>
          </div>
        </>
      ) : (
        <p class="muted">{words.recovery.none}</p>
      )}
    </>
  );
}

/** Passkeys, codes from an app and recovery codes, on the account page (decisions 130, 131). */
export function SecondFactorsSection({ email }: { email: string }) {
  const status = useLoad(factorsApi.status);
  const data = status.data;
  const open = data?.recheckedUntil ? new Date(data.recheckedUntil).getTime() > Date.now() : false;
  return (
    <FoldSection id="passkeys" headingId="factors-heading" heading={words.heading}>
      <p>{words.lead}</p>
      {status.error ? <Notice tone="error">{status.error.message}</Notice> : null}
      {data === undefined && status.loading ? <p class="loading">{words.loading}</p> : null}
      {data && !open ? <RecheckForm email={email} onDone={status.reload} /> : null}
      {data && open ? <Controls status={data} reload={status.reload} /> : null}
    </FoldSection>
  );
}

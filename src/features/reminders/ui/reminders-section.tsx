import styles from './reminders.module.css';
import { useEffect, useState } from 'preact/hooks';
import { OFFERED_KINDS, reminders as words } from '../../../content/reminders.ts';
import { useAction } from '../../../platform/web/use-action.ts';
import { Button } from '../../../platform/web/ui/button.tsx';
import { FoldSection } from '../../../platform/web/ui/fold-section.tsx';
import { Form } from '../../../platform/web/ui/form.tsx';
import { Notice } from '../../../platform/web/ui/notice.tsx';
import type { ReminderSettings } from '../reminders.schema.ts';
import { remindersApi } from './reminders-api.ts';
import { PushDevice } from './push-device.tsx';

interface Props {
  /** The address reminders go to, shown so the person knows where to look. */
  email: string;
}

/**
 * Reminders by email and by push on this device, all off until chosen. The kinds can be chosen
 * once either way to reach the person is on. Push is turned on and off by its own button (it
 * asks the browser first), not by the Save button.
 */
export function RemindersSection({ email }: Props) {
  const [settings, setSettings] = useState<ReminderSettings | null>(null);
  const [quiet, setQuiet] = useState({ on: false, from: '22:00', to: '07:00' });
  const [saved, setSaved] = useState(false);
  const load = useAction(remindersApi.get);
  const save = useAction(remindersApi.save);

  const reload = async () => {
    const outcome = await load.run();
    if (!outcome.ok) return;
    setSettings(outcome.value);
    const q = outcome.value.quietHours;
    if (q) setQuiet({ on: true, from: q.from, to: q.to });
  };
  // Once, when the section opens; a save answers the new choices itself.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => void reload(), []);

  const fold = { id: 'reminders', headingId: 'reminders-heading', heading: words.heading };
  if (!settings) {
    return (
      <FoldSection {...fold} class={styles.reminders} busy={load.busy}>
        {load.error ? (
          <>
            <Notice tone="error">{words.loadError}</Notice>
            <Button variant="secondary" onClick={() => void reload()}>
              {words.retry}
            </Button>
          </>
        ) : (
          <p>{words.loading}</p>
        )}
      </FoldSection>
    );
  }

  const change = (next: ReminderSettings) => {
    setSaved(false);
    setSettings(next);
  };
  const sameTimes = quiet.on && quiet.from === quiet.to;
  const fieldError =
    save.error?.fields?.['quietHours.to'] ?? save.error?.fields?.['quietHours.from'];
  const emailOn = settings.channels.email;
  const anyOn = emailOn || settings.channels.push;

  return (
    <FoldSection {...fold} class={styles.reminders}>
      <p>{words.lead}</p>
      <p>{words.privacy}</p>
      {saved ? <Notice tone="success">{words.saved}</Notice> : null}
      <Form
        label={words.heading}
        error={sameTimes ? words.sameTimes : (fieldError ?? save.error?.message ?? null)}
        onSubmit={async () => {
          if (sameTimes) return;
          setSaved(false);
          const outcome = await save.run({
            channels: { email: settings.channels.email },
            kinds: settings.kinds,
            quietHours: quiet.on ? { from: quiet.from, to: quiet.to } : null,
          });
          if (outcome.ok) {
            setSettings(outcome.value);
            setSaved(true);
          }
        }}
      >
        <fieldset>
          <legend class="field-label">{words.channelsLegend}</legend>
          <label class={styles.check}>
            <input
              type="checkbox"
              name="email"
              checked={emailOn}
              aria-describedby="reminders-email-hint"
              onChange={() =>
                change({ ...settings, channels: { ...settings.channels, email: !emailOn } })
              }
            />
            <span>
              {words.email}
              <span id="reminders-email-hint" class={`field-hint ${styles.remindersHint}`}>
                {words.emailHint(email)}
              </span>
            </span>
          </label>
          <PushDevice
            isOn={settings.channels.push}
            onChange={(push) =>
              setSettings((now) => now && { ...now, channels: { ...now.channels, push } })
            }
          />
        </fieldset>
        <fieldset disabled={!anyOn} aria-describedby={anyOn ? undefined : 'reminders-kinds-hint'}>
          <legend class="field-label">{words.kindsLegend}</legend>
          {anyOn ? null : (
            <p id="reminders-kinds-hint" class="field-hint">
              {words.kindsOffHint}
            </p>
          )}
          {OFFERED_KINDS.map((kind) => (
            <label key={kind} class={`${styles.check}${anyOn ? '' : ` ${styles.checkOff}`}`}>
              <input
                type="checkbox"
                name={kind}
                checked={settings.kinds[kind]}
                onChange={() =>
                  change({
                    ...settings,
                    kinds: { ...settings.kinds, [kind]: !settings.kinds[kind] },
                  })
                }
              />
              <span>{words.kinds[kind]}</span>
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend class="field-label">{words.quietLegend}</legend>
          <label class={styles.check}>
            <input
              type="checkbox"
              name="quiet"
              checked={quiet.on}
              aria-describedby="reminders-quiet-hint"
              onChange={() => {
                setSaved(false);
                setQuiet({ ...quiet, on: !quiet.on });
              }}
            />
            <span>{words.quietToggle}</span>
          </label>
          <p id="reminders-quiet-hint" class="field-hint">
            {words.quietHint}
          </p>
          {quiet.on ? (
            <div class={styles.quietTimes}>
              <label>
                <span class="field-label">{words.quietFrom}</span>
                <input
                  type="time"
                  name="quietFrom"
                  required
                  value={quiet.from}
                  onInput={(e) => setQuiet({ ...quiet, from: e.currentTarget.value })}
                />
              </label>
              <label>
                <span class="field-label">{words.quietTo}</span>
                <input
                  type="time"
                  name="quietTo"
                  required
                  value={quiet.to}
                  aria-invalid={sameTimes ? 'true' : undefined}
                  onInput={(e) => setQuiet({ ...quiet, to: e.currentTarget.value })}
                />
              </label>
            </div>
          ) : null}
        </fieldset>
        <p class="field-hint">{words.mutedNote}</p>
        <div class="actions">
          <Button type="submit" busy={save.busy} busyLabel={words.busy}>
            {words.save}
          </Button>
        </div>
      </Form>
    </FoldSection>
  );
}

import styles from './reminders.module.css';
import { useEffect, useState } from 'preact/hooks';
import { reminders as words } from '../../../content/reminders.ts';
import { Button } from '../../../platform/web/ui/button.tsx';
import { pushDeviceApi } from './push-device-api.ts';

type State = 'checking' | 'unsupported' | 'blocked' | 'off' | 'on' | 'failed';

interface Props {
  /** Whether push reminders are on for me (on any device). */
  isOn: boolean;
  /** Tells the section what the server now says about push. */
  onChange: (push: boolean) => void;
}

/**
 * "On this device (push)": a button that asks the browser's permission and subscribes this
 * device, or unsubscribes it. Where the browser has no push, or it was refused, a calm note
 * says so instead, and email stays the way (decision 087).
 */
export function PushDevice({ isOn, onChange }: Props) {
  const [state, setState] = useState<State>('checking');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    void pushDeviceApi.look().then((look) => {
      if (!live) return;
      if (look === 'unsupported') setState('unsupported');
      else if (Notification.permission === 'denied') setState('blocked');
      else setState(look === 'subscribed' && isOn ? 'on' : 'off');
    });
    return () => {
      live = false;
    };
  }, [isOn]);

  const act = async (turnOn: boolean) => {
    if (busy) return;
    setBusy(true);
    try {
      const outcome = turnOn ? await pushDeviceApi.turnOn() : await pushDeviceApi.turnOff();
      if (outcome === 'blocked' || outcome === 'dismissed') {
        setState(outcome === 'blocked' ? 'blocked' : 'off');
        return;
      }
      setState(turnOn ? 'on' : 'off');
      onChange(outcome.push);
    } catch {
      setState('failed');
    } finally {
      setBusy(false);
    }
  };

  // What a press led to (refused, failed) is announced; the steady notes are only read.
  const note = (text: string, isOutcome = false) => (
    <p id="reminders-push-hint" class="field-hint" role={isOutcome ? 'status' : undefined}>
      {text}
    </p>
  );
  return (
    <div class={styles.pushDevice} aria-busy={state === 'checking'}>
      <p class={styles.pushDeviceLabel}>{words.pushLabel}</p>
      {state === 'checking' ? null : state === 'unsupported' ? (
        note(words.pushUnsupported)
      ) : state === 'blocked' ? (
        note(words.pushBlocked, true)
      ) : (
        <>
          {state === 'failed'
            ? note(words.pushFailed, true)
            : note(state === 'on' ? `${words.pushOn} ${words.pushShared}` : words.pushHint)}
          <Button
            variant="secondary"
            busy={busy}
            busyLabel={words.pushBusy}
            aria-describedby="reminders-push-hint"
            onClick={() => void act(state !== 'on')}
          >
            {state === 'on' ? words.pushTurnOff : words.pushTurnOn}
          </Button>
        </>
      )}
    </div>
  );
}

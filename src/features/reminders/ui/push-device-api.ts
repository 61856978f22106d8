// The browser's side of push reminders: its permission, this device's subscription to the push
// service, and telling our server about it.
import { api } from '../../../platform/web/http.ts';
import { ApiError } from '../../../platform/web/api.ts';
import { deviceIdFromDigest } from '../device-id.ts';
import type { PushKey, ReminderSettings } from '../reminders.schema.ts';

const isSupported = () =>
  'serviceWorker' in navigator && 'PushManager' in window && 'Notification' in window;

/** The service worker that shows our notifications (registered in built apps only). */
async function registration(): Promise<ServiceWorkerRegistration | null> {
  if (!isSupported()) return null;
  return (await navigator.serviceWorker.getRegistration('/')) ?? null;
}

const bytesOf = (base64url: string) => {
  const text = atob(base64url.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(text, (c) => c.charCodeAt(0));
};

const sameBytes = (a: ArrayBuffer | null, b: Uint8Array) => {
  if (!a || a.byteLength !== b.length) return false;
  const view = new Uint8Array(a);
  return view.every((n, i) => n === b[i]);
};

async function deviceId(endpoint: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(endpoint));
  return deviceIdFromDigest(new Uint8Array(digest));
}

export const pushDeviceApi = {
  /** Whether this browser can have push, and whether this device is subscribed. */
  async look(): Promise<'unsupported' | 'subscribed' | 'not-subscribed'> {
    const reg = await registration().catch(() => null);
    if (!reg) return 'unsupported';
    const subscription = await reg.pushManager.getSubscription().catch(() => null);
    return subscription ? 'subscribed' : 'not-subscribed';
  },

  /** Asks the browser's permission, subscribes this device, and tells our server. */
  async turnOn(): Promise<'blocked' | 'dismissed' | { push: boolean }> {
    const reg = await registration();
    if (!reg) throw new Error('no service worker');
    const permission = await Notification.requestPermission();
    if (permission === 'denied') return 'blocked';
    if (permission !== 'granted') return 'dismissed';
    const { publicKey } = await api.get<PushKey>('/api/v1/push/key');
    const key = bytesOf(publicKey);
    let subscription = await reg.pushManager.getSubscription();
    if (subscription && !sameBytes(subscription.options.applicationServerKey, key)) {
      await subscription.unsubscribe();
      subscription = null;
    }
    subscription ??= await reg.pushManager.subscribe({
      userVisibleOnly: true,
      applicationServerKey: key,
    });
    const { endpoint, keys } = subscription.toJSON();
    await api.post('/api/v1/me/push-subscriptions', { endpoint, keys });
    return { push: true };
  },

  /** Tells our server to stop, then unsubscribes this device; answers whether push is still on. */
  async turnOff(): Promise<{ push: boolean }> {
    const reg = await registration();
    const subscription = await reg?.pushManager.getSubscription();
    if (subscription) {
      try {
        await api.del(`/api/v1/me/push-subscriptions/${await deviceId(subscription.endpoint)}`);
      } catch (error) {
        // Already gone on our side (a push service said so): nothing left to remove.
        if (!(error instanceof ApiError && error.status === 404)) throw error;
      }
      await subscription.unsubscribe();
    }
    const settings = await api.get<ReminderSettings>('/api/v1/me/reminders');
    return { push: settings.channels.push };
  },
};

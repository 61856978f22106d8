import type webpush from 'web-push';
import type { VapidKeys } from './vapid-keys.server.ts';

export interface PushTarget {
  endpoint: string;
  p256dh: string;
  auth: string;
}

/** How a push went: delivered, the subscription is gone for good (404/410), or worth a retry. */
export type PushOutcome = { kind: 'sent' } | { kind: 'gone' } | { kind: 'retry'; code: string };

/**
 * Sends one encrypted push (RFC 8291, aes128gcm) with a VAPID signature (RFC 8292). web-push
 * encrypts and signs; the request itself goes through fetch, which does not follow redirects
 * (an endpoint cannot bounce us elsewhere) and gives up after `timeoutMs`.
 */
export async function sendPush(options: {
  target: PushTarget;
  payload: string;
  keys: VapidKeys;
  subject: string;
  timeoutMs?: number;
}): Promise<PushOutcome> {
  const { target, payload, keys, subject } = options;
  // Loaded at the first push rather than at start (decision 174).
  const { default: webPush } = await import('web-push');
  let details: ReturnType<typeof webpush.generateRequestDetails>;
  try {
    details = webPush.generateRequestDetails(
      { endpoint: target.endpoint, keys: { p256dh: target.p256dh, auth: target.auth } },
      payload,
      {
        vapidDetails: { subject, publicKey: keys.publicKey, privateKey: keys.privateKey },
        contentEncoding: 'aes128gcm',
        // A day: a reminder a phone picks up later is still true; after that it is stale.
        TTL: 86_400,
        // A push service keeps only the newest message of one topic, so a repeat folds into one.
        topic: 'kintsugi',
      },
    );
  } catch {
    // Keys a browser gave that cannot be encrypted to (refused at subscription, so rare).
    return { kind: 'retry', code: 'encrypt' };
  }
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(details.headers)) {
    if (name.toLowerCase() !== 'content-length') headers[name] = String(value);
  }
  let status: number;
  try {
    const response = await fetch(details.endpoint, {
      method: 'POST',
      headers,
      body: details.body ? new Uint8Array(details.body) : null,
      redirect: 'manual',
      signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
    });
    status = response.status;
    await response.body?.cancel();
  } catch (error) {
    const e = error as { name?: unknown; cause?: { code?: unknown } };
    const code = e.cause?.code ?? e.name;
    return {
      kind: 'retry',
      code: typeof code === 'string' || typeof code === 'number' ? String(code) : 'network',
    };
  }
  if (status >= 200 && status < 300) return { kind: 'sent' };
  if (status === 404 || status === 410) return { kind: 'gone' };
  return { kind: 'retry', code: String(status) };
}

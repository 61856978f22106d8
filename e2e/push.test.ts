// Journey: reminders on this device (Web Push). Chromium talks only to its own push service,
// which a test cannot reach or stand in for, so this journey stands in for the browser's side
// alone: Ben's page is given a subscription to our local push receiver in place of the one
// Chromium would make. Everything else is real: the permission, the button, the server, the
// push worker, the encrypted push (decrypted by the receiver), and the service worker showing
// the notification when that same push is delivered to it. Then the states where push cannot
// be had: the browser's own push service failing, notifications refused, no push at all.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { lookAt, pairUp, signInFromWelcome, waitForHeading, type Account } from './flows.ts';
import { DESKTOP, hasChromium, noteIfSkipped } from './harness.ts';
import { useJourney } from './journey.ts';

noteIfSkipped('push.test.ts');
const look = lookAt('push');
const PLANTED = 'Juniper Lantern Pledge';
const QUIET = 'Something is waiting for you.';

/** Stands in for Chromium's push service: subscribe() answers a subscription to our receiver. */
function pushManagerTowards(subscription: {
  endpoint: string;
  keys: { p256dh: string; auth: string };
}) {
  const stored = 'kintsugi-test-push';
  type Fake = { endpoint: string; options: object; toJSON(): object; unsubscribe(): Promise<true> };
  const make = (key: unknown): Fake => ({
    endpoint: subscription.endpoint,
    options: { applicationServerKey: key, userVisibleOnly: true },
    toJSON: () => ({ ...subscription, expirationTime: null }),
    unsubscribe: async () => {
      sessionStorage.removeItem(stored);
      return true;
    },
  });
  PushManager.prototype.subscribe = async function (options?: PushSubscriptionOptionsInit) {
    const key = options?.applicationServerKey as Uint8Array;
    sessionStorage.setItem(stored, JSON.stringify(Array.from(key)));
    return make(key.buffer) as unknown as PushSubscription;
  };
  PushManager.prototype.getSubscription = async function () {
    const key = sessionStorage.getItem(stored);
    return key
      ? (make(new Uint8Array(JSON.parse(key) as number[]).buffer) as unknown as PushSubscription)
      : null;
  };
}

async function openReminders(page: Page) {
  // Reminders open by their own address on the account page (decision 140).
  await page.goto('/account#reminders');
  await waitForHeading(page, 'Your account');
  // Push needs the service worker; the built app registers it once the page has loaded.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  const section = page.getByRole('region', { name: 'Reminders' });
  await section.getByText('On this device (push)').waitFor();
  return section;
}

describe.skipIf(!hasChromium)('Journey: reminders on this device (push)', () => {
  const journey = useJourney({ push: true });

  it('turns push on with the browsers permission, brings one quiet notification, and turns off', async () => {
    const { a, b, ben } = await pairUp(journey.browser, journey.baseUrl);
    await b.context.grantPermissions(['notifications'], { origin: journey.baseUrl });
    const device = journey.push.subscribe('bens-laptop');
    await b.context.addInitScript(pushManagerTowards, device);

    const section = await openReminders(b.page);
    const letters = section.getByRole('checkbox', { name: 'A letter has arrived for you' });
    expect(await letters.isDisabled()).toBe(true);
    await section.getByRole('button', { name: 'Turn on for this device' }).click();
    await section.getByText('On for this device.', { exact: false }).waitFor();
    expect(await letters.isDisabled()).toBe(false);
    await letters.check();
    await section.getByRole('button', { name: 'Save reminders' }).click();
    await section.getByText('Saved. You can change this any time.').waitFor();
    await look(b.page, 'on', DESKTOP);

    await a.page.goto('/letters/new');
    await waitForHeading(a.page, 'A letter to your partner');
    await a.page.getByLabel('Your letter').fill(`Dear Ben, about the ${PLANTED}.`);
    await a.page.getByLabel('Send it now').check();
    await a.page.getByRole('button', { name: 'Send letter' }).click();
    await a.page.getByText('Sent. Your partner can read it now.').waitFor();

    const [push] = await journey.push.waitFor(1);
    expect(JSON.parse(push!.payload)).toEqual({ title: 'Kintsugi', body: QUIET });
    for (const secret of [PLANTED, 'Juniper', 'Ana', 'Ben', 'letter'])
      expect(push!.payload).not.toContain(secret);
    console.log(`A push reminder as decrypted by the receiver: ${push!.payload}`);

    // The same push, delivered to Ben's service worker as his browser would.
    const cdp = await b.context.newCDPSession(b.page);
    const registrationId = new Promise<string>((resolve) =>
      cdp.on('ServiceWorker.workerRegistrationUpdated', ({ registrations }) => {
        const ours = registrations.find((r) => r.scopeURL.startsWith(journey.baseUrl));
        if (ours) resolve(ours.registrationId);
      }),
    );
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.deliverPushMessage', {
      origin: journey.baseUrl,
      registrationId: await registrationId,
      data: push!.payload,
    });
    await expect
      .poll(() =>
        b.page.evaluate(async () =>
          (await (await navigator.serviceWorker.ready).getNotifications()).map((n) => ({
            title: n.title,
            body: n.body,
            tag: n.tag,
          })),
        ),
      )
      .toEqual([{ title: 'Kintsugi', body: QUIET, tag: 'kintsugi' }]);

    await section.getByRole('button', { name: 'Turn off for this device' }).click();
    await section.getByRole('button', { name: 'Turn on for this device' }).waitFor();
    expect(await letters.isDisabled()).toBe(true);
    const res = await b.page.evaluate(() =>
      fetch('/api/v1/me/reminders').then((r) => r.json() as Promise<{ channels: object }>),
    );
    expect(res.channels).toEqual({ email: false, push: false });
    expect(a.problems).toEqual([]);
    expect(b.problems).toEqual([]);

    await whereItCannotBe(ben);
  });

  /** The calm notes: the browser's push service failing, notifications refused, no push. */
  async function whereItCannotBe(ben: Account) {
    // The real push service of this Chromium cannot be reached from here.
    const real = await journey.person({ viewport: DESKTOP });
    await real.context.grantPermissions(['notifications'], { origin: journey.baseUrl });
    await signInFromWelcome(real.page, ben);
    let section = await openReminders(real.page);
    await section.getByRole('button', { name: 'Turn on for this device' }).click();
    await section.getByText('This device could not be set up just now.', { exact: false }).waitFor({
      timeout: 20_000,
    });
    await look(real.page, 'failed', DESKTOP);
    await real.context.close();

    const refused = await journey.person({ viewport: DESKTOP });
    await refused.context.addInitScript(() => {
      Notification.requestPermission = async () => 'denied';
    });
    await signInFromWelcome(refused.page, ben);
    section = await openReminders(refused.page);
    await section.getByRole('button', { name: 'Turn on for this device' }).click();
    await section
      .getByText('Notifications from Kintsugi are turned off in this browser.', {
        exact: false,
      })
      .waitFor();
    expect(await section.getByRole('button', { name: 'Turn on for this device' }).count()).toBe(0);
    await refused.context.close();

    const none = await journey.person({ viewport: DESKTOP });
    await none.context.addInitScript(() => {
      delete (window as { PushManager?: unknown }).PushManager;
    });
    await signInFromWelcome(none.page, ben);
    await none.page.goto('/account#reminders');
    await waitForHeading(none.page, 'Your account');
    section = none.page.getByRole('region', { name: 'Reminders' });
    await section
      .getByText('This browser cannot show notifications from Kintsugi.', { exact: false })
      .waitFor();
    await look(none.page, 'unsupported', DESKTOP);
    expect(none.problems).toEqual([]);
    await none.context.close();
  }
});

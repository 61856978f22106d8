// Journey 3: one person, two devices. A wrong current password is shown by its field; the right
// one changes the password and signs the other device out. The sessions list shows both devices,
// and "sign out everywhere else" ends the other one.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  fillSignIn,
  fillSignUp,
  fromFirstStepsToToday,
  goTo,
  openSection,
  waitForHeading,
  type Account,
} from './flows.ts';
import {
  checkA11y,
  DESKTOP,
  hasChromium,
  noteIfSkipped,
  PHONE,
  screenshot,
  uniqueEmail,
} from './harness.ts';
import { useJourney } from './journey.ts';

noteIfSkipped('account.test.ts');

async function meStatus(page: Page): Promise<number> {
  return page.evaluate(
    async () => (await fetch('/api/v1/me', { credentials: 'same-origin' })).status,
  );
}

function sessionsList(page: Page) {
  return page.getByRole('list', { name: 'Where you are signed in' }).getByRole('listitem');
}

describe.skipIf(!hasChromium)('Journey: my account and my devices', () => {
  const journey = useJourney();

  it('changes the password, lists devices and signs the others out', async () => {
    const me: Account = { email: uniqueEmail('kai'), name: 'Kai', password: 'first long password' };
    const newPassword = 'second even longer password';

    const laptop = await journey.person({ viewport: DESKTOP });
    await laptop.page.goto('/sign-up');
    await fillSignUp(laptop.page, me);
    await fromFirstStepsToToday(laptop.page);

    const phone = await journey.person({ viewport: PHONE });
    await phone.page.goto('/sign-in');
    await fillSignIn(phone.page, me.email, me.password);
    await waitForHeading(phone.page, 'Today');

    // Two devices, this one marked.
    await goTo(laptop.page, 'Account');
    await waitForHeading(laptop.page, 'Your account');
    // The page arrives in a chunk of its own (decision 165) and still takes focus to its heading.
    await expect
      .poll(() => laptop.page.evaluate(() => document.activeElement?.textContent ?? ''))
      .toBe('Your account');
    // Each part of the account page opens on demand (decision 140).
    await openSection(laptop.page, 'Where you are signed in');
    await expect.poll(() => sessionsList(laptop.page).count()).toBe(2);
    await expect
      .poll(() => sessionsList(laptop.page).filter({ hasText: 'This device' }).count())
      .toBe(1);

    // Wrong current password: the message sits by that field, and the field says it is invalid.
    const section = await openSection(laptop.page, 'Change your password');
    const current = section.getByLabel('Current password');
    await current.fill('not my password at all');
    await section.getByLabel('New password').fill(newPassword);
    await section.getByRole('button', { name: 'Change password' }).click();
    await expect.poll(() => current.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await current.getAttribute('aria-describedby')) ?? '';
    const message = await laptop.page.locator(`[id="${describedBy.split(' ')[0]}"]`).textContent();
    expect(message?.trim().length).toBeGreaterThan(0);
    await expect.poll(() => current.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await meStatus(phone.page)).toBe(200);
    await screenshot(laptop.page, 'account-01-wrong-password-desktop');

    // The right one works, and the phone is signed out.
    await current.fill(me.password);
    await section.getByRole('button', { name: 'Change password' }).click();
    await laptop.page.getByText('Your password is changed.').waitFor();
    expect(await current.getAttribute('aria-invalid')).toBeNull();
    expect(await meStatus(phone.page)).toBe(401);
    await phone.page.goto('/account');
    await waitForHeading(phone.page, 'Welcome back');
    expect(await meStatus(laptop.page)).toBe(200);
    await expect.poll(() => sessionsList(laptop.page).count()).toBe(1);
    await screenshot(laptop.page, 'account-02-password-changed-desktop');

    // The old password no longer works; the new one does.
    await fillSignIn(phone.page, me.email, me.password);
    await phone.page.getByRole('alert').waitFor();
    await fillSignIn(phone.page, me.email, newPassword);
    await waitForHeading(phone.page, 'Your account');
    await screenshot(phone.page, 'account-03-account-phone');

    // Two devices again; "sign out everywhere else" ends the phone's session.
    await laptop.page.reload();
    await waitForHeading(laptop.page, 'Your account');
    await openSection(laptop.page, 'Where you are signed in');
    await expect.poll(() => sessionsList(laptop.page).count()).toBe(2);
    await laptop.page.getByRole('button', { name: 'Sign out everywhere else' }).click();
    await laptop.page.getByText('Signed out 1 other device.').waitFor();
    await expect.poll(() => sessionsList(laptop.page).count()).toBe(1);
    expect(await meStatus(phone.page)).toBe(401);
    expect(await meStatus(laptop.page)).toBe(200);

    // One device signed out on its own, from its row.
    await phone.page.goto('/sign-in');
    await fillSignIn(phone.page, me.email, newPassword);
    await waitForHeading(phone.page, 'Today');
    await laptop.page.reload();
    await waitForHeading(laptop.page, 'Your account');
    await openSection(laptop.page, 'Where you are signed in');
    await expect.poll(() => sessionsList(laptop.page).count()).toBe(2);
    const other = sessionsList(laptop.page).filter({ hasNotText: 'This device' });
    await other.getByRole('button', { name: /^Sign out/ }).click();
    await laptop.page.getByText('That device is signed out.').waitFor();
    expect(await meStatus(phone.page)).toBe(401);
    await screenshot(laptop.page, 'account-04-one-device-desktop');

    expect([...laptop.blocked, ...phone.blocked]).toEqual([]);
    expect([...laptop.problems, ...phone.problems]).toEqual([]);
    await laptop.context.close();
    await phone.context.close();
  });

  it('says plainly when a sign-up did not sign anyone in (an email that already has an account)', async () => {
    const first = await journey.person({ viewport: PHONE });
    const who: Account = { email: uniqueEmail('ren'), name: 'Ren', password: 'the real password' };
    await first.page.goto('/sign-up');
    await fillSignUp(first.page, who);
    await fromFirstStepsToToday(first.page);
    // The new account took this device's time zone.
    const zone = await first.page.evaluate(
      async () => ((await (await fetch('/api/v1/me')).json()) as { timeZone: string }).timeZone,
    );
    expect(zone).toBe('Europe/London');

    const other = await journey.person({ viewport: PHONE });
    await other.page.goto('/sign-up');
    await fillSignUp(other.page, { ...who, password: 'someone else guessing' });
    await other.page
      .getByRole('alert')
      .filter({
        hasText:
          "We couldn't sign you in. If you already have an account with this email, sign in instead.",
      })
      .waitFor();
    await waitForHeading(other.page, 'Create your account');
    expect(await meStatus(other.page)).toBe(401);
    await first.context.close();
    await other.context.close();
  });

  it('opens offline from the kept app shell and says so calmly', async () => {
    const person = await journey.person({ viewport: PHONE });
    const { page, context } = person;
    const who: Account = { email: uniqueEmail('noa'), name: 'Noa', password: 'offline but calm' };
    await page.goto('/sign-up');
    await fillSignUp(page, who);
    await fromFirstStepsToToday(page);
    // The service worker has kept the shell (and nothing from /api). Workbox keeps it under
    // its revision (`/?__WB_REVISION__=…`), so it is looked for by path.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await expect
      .poll(() =>
        page.evaluate(
          async () => (await caches.match('/', { ignoreSearch: true }))?.status === 200,
        ),
      )
      .toBe(true);

    await context.setOffline(true);
    await page.reload();
    await waitForHeading(page, 'Waiting for a connection');
    await page
      .getByText("You're offline. Nothing is lost; we'll be here when you're back.")
      .waitFor();
    await checkA11y(page, 'offline');
    await screenshot(page, 'offline-phone');
    // An /api address is never answered from what the worker keeps, not even by the shell.
    const apiTab = await context.newPage();
    await expect(apiTab.goto('/api/v1/session')).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/);
    await apiTab.close();
    // Help stays reachable offline.
    await page.getByRole('link', { name: 'Support and safety' }).first().click();
    await waitForHeading(page, 'Support and safety');

    // Back online, the app finds the session again by itself.
    await context.setOffline(false);
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    await goTo(page, 'Today');
    await waitForHeading(page, 'Today');
    await expect.poll(() => page.getByText("You're offline.", { exact: false }).count()).toBe(0);

    const cached = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys()) {
        for (const request of await (await caches.open(name)).keys())
          urls.push(new URL(request.url).pathname);
      }
      return urls;
    });
    expect(cached.some((path) => path.startsWith('/api'))).toBe(false);
    expect(cached).toContain('/');
    expect(cached).toEqual(
      expect.arrayContaining(['/manifest.webmanifest', '/icons/icon-192.png']),
    );
    // The whole build is kept, lazy screens included, so any page opens offline (the .br and
    // .gz copies beside each file are the same files, sent compressed, not kept twice).
    const built = readdirSync(join(import.meta.dirname, '../dist/web/assets'))
      .filter((f) => !/\.(br|gz)$/.test(f))
      .map((f) => `/assets/${f}`);
    expect(cached.filter((path) => path.startsWith('/assets/')).sort()).toEqual(built.sort());
    expect(person.blocked).toEqual([]);
    expect(person.problems).toEqual([]);
    await context.close();
  });
});

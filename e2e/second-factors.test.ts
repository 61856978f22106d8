// Journey: passkeys and codes from an app (decisions 130, 131). A passkey is added from the account
// page with Chromium's virtual authenticator, then signs in alone after signing out. Codes from an
// app are turned on; signing in with the password then asks for a code, then works with a
// recovery code, which then no longer works. Passkeys need a name, not a number address, so these
// pages are opened at http://localhost:<port>.
import { Secret, TOTP } from 'otpauth';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
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
  hasChromium,
  noteIfSkipped,
  PHONE,
  screenshot,
  uniqueEmail,
  watchProblems,
} from './harness.ts';
import { useJourney } from './journey.ts';

noteIfSkipped('second-factors.test.ts');

interface Device {
  context: BrowserContext;
  page: Page;
  problems: string[];
  blocked: string[];
}

/** A device at http://localhost:<port>, with a virtual passkey authenticator built in. */
async function deviceWithAuthenticator(browser: Browser, baseUrl: string): Promise<Device> {
  const base = baseUrl.replace('127.0.0.1', 'localhost');
  const context = await browser.newContext({
    baseURL: base,
    viewport: PHONE,
    colorScheme: 'light',
    locale: 'en-GB',
    timezoneId: 'Europe/London',
  });
  context.setDefaultTimeout(10_000);
  const blocked: string[] = [];
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === 'localhost' || url.hostname === '127.0.0.1') return route.continue();
    blocked.push(url.href);
    return route.abort('blockedbyclient');
  });
  const problems: string[] = [];
  context.on('page', (page) => watchProblems(page, problems));
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  return { context, page, problems, blocked };
}

async function signOut(page: Page) {
  await goTo(page, 'Account');
  await waitForHeading(page, 'Your account');
  await page
    .getByRole('region', { name: 'Sign out' })
    .getByRole('button', { name: 'Sign out' })
    .click();
  await page.waitForURL((url) => !url.pathname.startsWith('/account'));
}

async function latestSignIn(page: Page) {
  await goTo(page, 'Account');
  await waitForHeading(page, 'Your account');
  const activity = await openSection(page, 'Account activity');
  const first = activity.getByRole('listitem').first();
  await first.waitFor();
  return first.textContent();
}

describe.skipIf(!hasChromium)('Journey: passkeys and codes from an app', () => {
  const journey = useJourney();

  it('adds a passkey, signs in with it alone, and with the password it is the second step', async () => {
    const me: Account = { email: uniqueEmail('ines'), name: 'Ines', password: 'a long quiet walk' };
    const { page, problems, blocked } = await deviceWithAuthenticator(
      journey.browser,
      journey.baseUrl,
    );
    await page.goto('/sign-up');
    await fillSignUp(page, me);
    await fromFirstStepsToToday(page);

    await goTo(page, 'Account');
    await waitForHeading(page, 'Your account');
    // Each part of the account page opens on demand (decision 140).
    const section = await openSection(page, 'Passkeys and sign-in codes');
    // Just signed up: the sign-in itself is the recent check, so the controls are open.
    await section.getByLabel('Name for this passkey').fill('My phone');
    await section.getByRole('button', { name: 'Add a passkey' }).click();
    await section.getByText('Your passkey is added').waitFor();
    await expect
      .poll(() =>
        section.getByRole('list', { name: 'Your passkeys' }).getByRole('listitem').count(),
      )
      .toBe(1);
    // The first second factor brings ten recovery codes, shown once.
    const codes = section
      .getByRole('list', { name: 'Your new recovery codes' })
      .getByRole('listitem');
    await expect.poll(() => codes.count()).toBe(10);
    await checkA11y(page, 'account: passkey added, recovery codes shown');
    await screenshot(page, 'second-factors-passkey-added');
    await section.getByRole('button', { name: 'I’ve kept them safe' }).click();
    // The same device again: the browser knows it already holds one, and we say so calmly.
    await section.getByLabel('Name for this passkey').fill('My phone again');
    await section.getByRole('button', { name: 'Add a passkey' }).click();
    await section.getByText('This device already holds a passkey for your account').waitFor();

    await signOut(page);
    await page.goto('/sign-in');
    await waitForHeading(page, 'Welcome back');
    await checkA11y(page, 'sign-in with the passkey button');
    await page.getByRole('button', { name: 'Use a passkey' }).click();
    await waitForHeading(page, 'Today');
    expect(await latestSignIn(page)).toContain('Signed in with a passkey');

    // The password alone is no longer enough: the second step asks for the passkey.
    await signOut(page);
    await page.goto('/sign-in');
    await fillSignIn(page, me.email, me.password);
    await page.getByRole('heading', { name: 'One more step' }).waitFor();
    expect(await page.evaluate(async () => (await fetch('/api/v1/me')).status)).toBe(401);
    await checkA11y(page, 'sign-in: one more step, with a passkey');
    await page.getByRole('button', { name: 'Use your passkey' }).click();
    await waitForHeading(page, 'Today');
    expect(await latestSignIn(page)).toContain('with your password and a passkey');
    expect(problems).toEqual([]);
    expect(blocked).toEqual([]);
  });

  it('turns on codes, then signs in with password and code, then with a recovery code once', async () => {
    const me: Account = {
      email: uniqueEmail('omar'),
      name: 'Omar',
      password: 'the river in spring',
    };
    const { page, problems, blocked } = await deviceWithAuthenticator(
      journey.browser,
      journey.baseUrl,
    );
    await page.goto('/sign-up');
    await fillSignUp(page, me);
    await fromFirstStepsToToday(page);

    await goTo(page, 'Account');
    await waitForHeading(page, 'Your account');
    // Each part of the account page opens on demand (decision 140).
    const section = await openSection(page, 'Passkeys and sign-in codes');
    await section.getByRole('button', { name: 'Turn on codes from an app' }).click();
    const key = section.locator('[data-secret]');
    await key.waitFor();
    const secret = (await key.getAttribute('data-secret'))!;
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    await section.getByText(/^otpauth:\/\/totp\//).waitFor();
    await checkA11y(page, 'account: setting up codes from an app');
    const totp = new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30 });
    await section.getByLabel('Code from your app').fill(totp.generate());
    await section.getByRole('button', { name: 'Turn on', exact: true }).click();
    await section.getByText('Codes from your app are on.').waitFor();
    const codeItems = section
      .getByRole('list', { name: 'Your new recovery codes' })
      .getByRole('listitem');
    await expect.poll(() => codeItems.count()).toBe(10);
    const recoveryCodes = (await codeItems.allTextContents()).map((t) => t.trim());
    await section.getByRole('button', { name: 'I’ve kept them safe' }).click();

    // Password, then a code (the next step's: the one that turned it on is spent).
    await signOut(page);
    await page.goto('/sign-in');
    await fillSignIn(page, me.email, me.password);
    await page.getByRole('heading', { name: 'One more step' }).waitFor();
    expect(await page.evaluate(async () => (await fetch('/api/v1/me')).status)).toBe(401);
    await checkA11y(page, 'sign-in: one more step');
    await screenshot(page, 'second-factors-one-more-step');
    await page
      .getByLabel('Code from your app')
      .fill(totp.generate({ timestamp: Date.now() + 30_000 }));
    await page.getByRole('button', { name: 'Continue' }).click();
    await waitForHeading(page, 'Today');
    expect(await latestSignIn(page)).toContain('with your password and a code from your app');

    // Password, then a recovery code.
    await signOut(page);
    await page.goto('/sign-in');
    await fillSignIn(page, me.email, me.password);
    await page.getByRole('button', { name: 'Use a recovery code' }).click();
    await page.getByLabel('Recovery code').fill(recoveryCodes[0]!);
    await page.getByRole('button', { name: 'Continue' }).click();
    await waitForHeading(page, 'Today');
    expect(await latestSignIn(page)).toContain('with your password and a recovery code');

    // The same recovery code again: refused, said by its field, and no session.
    await signOut(page);
    await page.goto('/sign-in');
    await fillSignIn(page, me.email, me.password);
    await page.getByRole('button', { name: 'Use a recovery code' }).click();
    const field = page.getByLabel('Recovery code');
    await field.fill(recoveryCodes[0]!);
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
    await page.getByText("That isn't one of your unused recovery codes.").first().waitFor();
    expect(await page.evaluate(async () => (await fetch('/api/v1/me')).status)).toBe(401);
    expect(problems).toEqual([]);
    expect(blocked).toEqual([]);
  });
});

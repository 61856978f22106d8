// Journey 2: axe-core on every page, signed out and signed in, in the light and the dark theme,
// on a phone and a wide screen, including error states and the phone's "More" sheet.
// Zero violations allowed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { areas } from '../src/content/areas.ts';
import { fillSignUp, goTo, waitForHeading, type Account } from './flows.ts';
import {
  checkA11y,
  DESKTOP,
  hasChromium,
  launchBrowser,
  newPerson,
  noteIfSkipped,
  PHONE,
  screenshot,
  startServer,
  uniqueEmail,
  type RunningServer,
} from './harness.ts';

noteIfSkipped('accessibility.test.ts');

/** Opens a path the way a person would arrive, and waits until the page has settled. */
async function open(page: Page, path: string, heading: string): Promise<void> {
  await page.goto(path);
  await waitForHeading(page, heading);
  await page.waitForLoadState('networkidle');
}

async function scanSignedOut(page: Page, theme: string): Promise<void> {
  const pages: [string, string, string][] = [
    ['/', 'Mending trust, one small step at a time', 'welcome'],
    ['/sign-in', 'Welcome back', 'sign-in'],
    ['/sign-up', 'Create your account', 'sign-up'],
    ['/join#code=not-a-real-code', 'Join your partner', 'join (signed out)'],
    ['/support', 'Support and safety', 'support (signed out)'],
    ['/today', 'Welcome back', 'a private page, signed out'],
    ['/no-such-page', "We couldn't find that page", 'not found (signed out)'],
  ];
  for (const [path, heading, name] of pages) {
    await open(page, path, heading);
    await checkA11y(page, `${name}, ${theme}`);
  }
  // Error states: every field wrong at once.
  await open(page, '/sign-up', 'Create your account');
  await page.getByLabel('Email').fill('not an email');
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByText("That doesn't look like an email address. Please check it.").waitFor();
  await checkA11y(page, `sign-up with errors, ${theme}`);
  await screenshot(page, `a11y-sign-up-errors-${theme}`);
  // The server's own answer, shown as a notice.
  await open(page, '/sign-in', 'Welcome back');
  await page.getByLabel('Email').fill(uniqueEmail('nobody'));
  await page.getByLabel('Password', { exact: true }).fill('not the password');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByRole('alert').waitFor();
  await checkA11y(page, `sign-in refused, ${theme}`);
}

async function scanSignedIn(page: Page, theme: string, viewport: string): Promise<void> {
  for (const area of areas) {
    await open(page, area.path, area.heading);
    await checkA11y(page, `${area.label}, ${theme}, ${viewport}`);
  }
  await open(page, '/join', 'Join your partner');
  await checkA11y(page, `join (signed in), ${theme}, ${viewport}`);
  await open(page, '/nowhere', "We couldn't find that page");
  await checkA11y(page, `not found (signed in), ${theme}, ${viewport}`);
}

describe.skipIf(!hasChromium)('Journey: every page is accessible', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('has no axe violations, signed out, light and dark', async () => {
    for (const [theme, viewport] of [
      ['light', PHONE],
      ['dark', DESKTOP],
    ] as const) {
      const person = await newPerson(browser, server.baseUrl, { viewport, colorScheme: theme });
      await scanSignedOut(person.page, theme);
      expect(person.blocked).toEqual([]);
      await person.context.close();
    }
  });

  it('has no axe violations, signed in, light and dark, phone and wide', async () => {
    const who: Account = { email: uniqueEmail('axe'), name: 'Sam', password: 'plenty long password' };
    const person = await newPerson(browser, server.baseUrl, { viewport: PHONE, colorScheme: 'light' });
    const { page } = person;
    await page.goto('/sign-up');
    await fillSignUp(page, who);
    await waitForHeading(page, 'Today');
    await checkA11y(page, 'Today, no space yet');

    // Today with a space and a freshly made invite on screen.
    await page.getByRole('button', { name: 'Create our space' }).click();
    await page.getByRole('button', { name: 'Make an invite link' }).click();
    await page.getByLabel('Invite link').waitFor();
    await checkA11y(page, 'Today, invite shown');

    // The leave confirmation step.
    await open(page, '/space', 'Our space');
    await page.getByRole('button', { name: 'Leave our space…' }).click();
    await page.getByRole('heading', { name: 'Leave your shared space?' }).waitFor();
    await checkA11y(page, 'Our space, leave confirmation');

    // A wrong current password on the account page.
    await open(page, '/account', 'Your account');
    await page.getByLabel('Current password').fill('wrong password here');
    await page.getByLabel('New password').fill('a brand new password');
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.locator('.field-error').first().waitFor();
    await checkA11y(page, 'Account, wrong password');

    for (const [theme, viewport, size] of [
      ['light', 'phone', PHONE],
      ['dark', 'phone', PHONE],
      ['light', 'wide', DESKTOP],
      ['dark', 'wide', DESKTOP],
    ] as const) {
      await page.emulateMedia({ colorScheme: theme });
      await page.setViewportSize(size);
      await scanSignedIn(page, theme, viewport);
      if (viewport === 'phone') {
        await open(page, '/today', 'Today');
        await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'More' }).click();
        await page.getByRole('dialog').waitFor();
        await checkA11y(page, `More sheet, ${theme}`);
        await screenshot(page, `a11y-more-sheet-${theme}`);
        await page.keyboard.press('Escape');
      }
    }

    // The dark theme chosen with the toggle (system light) is the same palette.
    await page.emulateMedia({ colorScheme: 'light' });
    await open(page, '/support', 'Support and safety');
    await page.getByRole('button', { name: 'Use dark theme' }).click();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await checkA11y(page, 'Support, dark by choice');
    await screenshot(page, 'a11y-support-dark-choice');
    await goTo(page, 'Today');
    await checkA11y(page, 'Today, dark by choice');

    expect(person.blocked).toEqual([]);
    await person.context.close();
  });
});

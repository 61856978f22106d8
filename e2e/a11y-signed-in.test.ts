// Journey 2b: axe-core on every signed-in page (each area, Our space, Account, Support, join,
// not found) in the light theme on a phone and the dark theme on a wide screen, plus the states
// that only appear after an action, the phone's "More" sheet, and dark chosen by the toggle.
// Zero violations allowed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { areas } from '../src/content/areas.ts';
import { open } from './a11y.ts';
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
  type Person,
  type RunningServer,
} from './harness.ts';

noteIfSkipped('a11y-signed-in.test.ts');

async function scanEveryPage(page: Page, label: string): Promise<void> {
  for (const area of areas) {
    await open(page, area.path, area.heading);
    await checkA11y(page, `${area.label}, ${label}`);
  }
  await open(page, '/join', 'Join your partner');
  await checkA11y(page, `join (signed in), ${label}`);
  await open(page, '/nowhere', "We couldn't find that page");
  await checkA11y(page, `not found (signed in), ${label}`);
}

async function scanMoreSheet(page: Page, theme: string): Promise<void> {
  await open(page, '/today', 'Today');
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: 'More' })
    .click();
  await page.getByRole('dialog').waitFor();
  await checkA11y(page, `More sheet, ${theme}`);
  await screenshot(page, `a11y-more-sheet-${theme}`);
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
}

describe.skipIf(!hasChromium)('Journey: every signed-in page is accessible', () => {
  let server: RunningServer;
  let browser: Browser;
  let person: Person;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    person = await newPerson(browser, server.baseUrl, { viewport: PHONE, colorScheme: 'light' });
    const who: Account = {
      email: uniqueEmail('axe'),
      name: 'Sam',
      password: 'plenty long password',
    };
    await person.page.goto('/sign-up');
    await fillSignUp(person.page, who);
    await waitForHeading(person.page, 'Today');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('has no axe violations in states reached by doing something', async () => {
    const { page } = person;
    await checkA11y(page, 'Today, no space yet');

    await page.getByRole('button', { name: 'Create our space' }).click();
    await page.getByRole('button', { name: 'Make an invite link' }).click();
    await page.getByLabel('Invite link').waitFor();
    await checkA11y(page, 'Today, invite shown');

    await open(page, '/space', 'Our space');
    await page.getByRole('button', { name: 'Leave our space…' }).click();
    await page.getByRole('heading', { name: 'Leave your shared space?' }).waitFor();
    await checkA11y(page, 'Our space, leave confirmation');

    await open(page, '/account', 'Your account');
    await page.getByLabel('Current password').fill('wrong password here');
    await page.getByLabel('New password').fill('a brand new password');
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.locator('.field-error').first().waitFor();
    await checkA11y(page, 'Account, wrong password');
  });

  it('has no axe violations on any page, light theme, phone', async () => {
    await person.page.emulateMedia({ colorScheme: 'light' });
    await person.page.setViewportSize(PHONE);
    await scanEveryPage(person.page, 'light, phone');
    await scanMoreSheet(person.page, 'light');
  });

  it('has no axe violations on any page, dark theme, wide screen', async () => {
    await person.page.emulateMedia({ colorScheme: 'dark' });
    await person.page.setViewportSize(DESKTOP);
    await scanEveryPage(person.page, 'dark, wide');
    await person.page.setViewportSize(PHONE);
    await scanMoreSheet(person.page, 'dark');
  });

  it('keeps the dark palette when dark is chosen with the toggle', async () => {
    const { page } = person;
    await page.emulateMedia({ colorScheme: 'light' });
    await open(page, '/support', 'Support and safety');
    await page.getByRole('button', { name: 'Use dark theme' }).click();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await checkA11y(page, 'Support, dark by choice');
    await screenshot(page, 'a11y-support-dark-choice');
    await goTo(page, 'Today');
    await waitForHeading(page, 'Today');
    await checkA11y(page, 'Today, dark by choice');
    await page.getByRole('button', { name: 'Use light theme' }).click();
    expect(person.blocked).toEqual([]);
    expect(person.problems).toEqual([]);
  });
});

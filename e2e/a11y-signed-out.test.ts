// Journey 2a: axe-core on every page a signed-out person can reach, in the light theme on a phone
// and the dark theme on a wide screen, including the error states. Zero violations allowed.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { open } from './a11y.ts';
import { waitForHeading } from './flows.ts';
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

noteIfSkipped('a11y-signed-out.test.ts');

const PAGES: [path: string, heading: string, name: string][] = [
  ['/', 'Mending trust, one small step at a time', 'welcome'],
  ['/sign-in', 'Welcome back', 'sign-in'],
  ['/sign-up', 'Create your account', 'sign-up'],
  ['/join#code=not-a-real-code', 'Join your partner', 'join'],
  ['/support', 'Support and safety', 'support'],
  ['/today', 'Welcome back', 'a private page, signed out'],
  ['/no-such-page', "We couldn't find that page", 'not found'],
];

async function scan(page: Page, theme: string): Promise<void> {
  for (const [path, heading, name] of PAGES) {
    await open(page, path, heading);
    await checkA11y(page, `${name}, ${theme}`);
  }
  // Every field wrong at once.
  await open(page, '/sign-up', 'Create your account');
  await page.getByLabel('Email').fill('not an email');
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByText("That doesn't look like an email address. Please check it.").waitFor();
  await checkA11y(page, `sign-up with errors, ${theme}`);
  await screenshot(page, `a11y-sign-up-errors-${theme}`);
  // The server's own refusal, shown as a notice.
  await open(page, '/sign-in', 'Welcome back');
  await page.getByLabel('Email').fill(uniqueEmail('nobody'));
  await page.getByLabel('Password', { exact: true }).fill('not the password');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByRole('alert').waitFor();
  await checkA11y(page, `sign-in refused, ${theme}`);
}

describe.skipIf(!hasChromium)('Journey: every signed-out page is accessible', () => {
  const journey = useJourney();

  it('has no axe violations in the light theme on a phone', async () => {
    const person = await journey.person({
      viewport: PHONE,
      colorScheme: 'light',
    });
    await scan(person.page, 'light');
    expect(person.blocked).toEqual([]);
    expect(person.problems).toEqual([]);
    await person.context.close();
  });

  it('has no axe violations in the dark theme on a wide screen', async () => {
    const person = await journey.person({
      viewport: DESKTOP,
      colorScheme: 'dark',
    });
    await scan(person.page, 'dark');
    expect(person.blocked).toEqual([]);
    expect(person.problems).toEqual([]);
    await person.context.close();
  });

  it('works from the keyboard: skip link first, focus follows each new page', async () => {
    const person = await journey.person({ viewport: DESKTOP });
    const { page } = person;
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement;
        return el ? `${el.tagName.toLowerCase()}:${(el.textContent ?? '').trim()}` : '';
      });
    await open(page, '/', 'Mending trust, one small step at a time');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('a:Skip to main content');
    await page.keyboard.press('Enter');
    expect(await focused()).toBe('h1:Mending trust, one small step at a time');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('a:Create an account');
    await page.keyboard.press('Enter');
    await waitForHeading(page, 'Create your account');
    expect(await focused()).toBe('h1:Create your account');
    // Sign up by keyboard alone; the first field that needs attention takes focus.
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('input:');
    await page.keyboard.press('Enter');
    await page.getByText('Please enter your email.').waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('email');
    // Still one entry for the app in this tab's history.
    expect(await page.evaluate(() => history.length)).toBe(2);
    expect(person.problems).toEqual([]);
    await person.context.close();
  });
});

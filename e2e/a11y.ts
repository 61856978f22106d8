// Shared by the accessibility journeys: open a page as a person arrives, wait until it has
// settled, scan it; and the signed-in person whose every page is scanned.
import type { Browser, Page } from 'playwright-core';
import { areas } from '../src/content/areas.ts';
import { fillSignUp, fromFirstStepsToToday, waitForHeading, type Account } from './flows.ts';
import { checkA11y, newPerson, screenshot, uniqueEmail, type Person } from './harness.ts';

export async function open(page: Page, path: string, heading: string): Promise<void> {
  await page.goto(path);
  await waitForHeading(page, heading);
  // Settled: nothing is still saying "one moment".
  await page.waitForFunction(() => document.querySelector('.loading') === null);
}

/** A new account, signed in, on Today. */
export async function signedInPerson(
  browser: Browser,
  baseUrl: string,
  options: Parameters<typeof newPerson>[2],
): Promise<Person> {
  const person = await newPerson(browser, baseUrl, options);
  const who: Account = { email: uniqueEmail('axe'), name: 'Sam', password: 'plenty long password' };
  await person.page.goto('/sign-up');
  await fillSignUp(person.page, who);
  await fromFirstStepsToToday(person.page);
  return person;
}

/** Every place in the navigation, plus join and not-found, as a signed-in person sees them. */
export async function scanEveryPage(page: Page, label: string): Promise<void> {
  for (const area of areas) {
    await open(page, area.path, area.heading);
    await checkA11y(page, `${area.label}, ${label}`);
  }
  await open(page, '/join', 'Join your partner');
  await checkA11y(page, `join (signed in), ${label}`);
  await open(page, '/nowhere', "We couldn't find that page");
  await checkA11y(page, `not found (signed in), ${label}`);
}

/** The phone's "More" sheet, open. */
export async function scanMoreSheet(page: Page, theme: string): Promise<void> {
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

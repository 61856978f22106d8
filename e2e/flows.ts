// Steps the journeys share, written the way a person does them: by visible labels and roles.
import { expect } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import {
  checkA11y,
  DESKTOP,
  newPerson,
  PHONE,
  screenshot,
  screenshotsOn,
  uniqueEmail,
  type Person,
} from './harness.ts';

export interface Account {
  email: string;
  name: string;
  password: string;
}

/** Fills and sends the sign-up form already on screen. */
export async function fillSignUp(page: Page, who: Account): Promise<void> {
  await page.getByLabel('Email').fill(who.email);
  await page.getByLabel('Your name').fill(who.name);
  await page.getByLabel('Password', { exact: true }).fill(who.password);
  await page.getByRole('button', { name: 'Create account' }).click();
}

export async function fillSignIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

/** From the welcome page to a signed-in Today: sign-up lands on the first steps (decision 140). */
export async function signUpFromWelcome(page: Page, who: Account): Promise<void> {
  await page.goto('/');
  await page.getByRole('link', { name: 'Create an account' }).click();
  await expect
    .poll(() => page.getByRole('heading', { level: 1 }).textContent())
    .toBe('Create your account');
  await fillSignUp(page, who);
  await fromFirstStepsToToday(page);
}

/** Just signed up, on the first steps: on to Today through the navigation, as a person would. */
export async function fromFirstStepsToToday(page: Page): Promise<void> {
  await waitForHeading(page, 'Your first steps');
  await goTo(page, 'Today');
  await waitForHeading(page, 'Today');
}

export async function signInFromWelcome(page: Page, who: Account): Promise<void> {
  await page.goto('/sign-in');
  await fillSignIn(page, who.email, who.password);
  await waitForHeading(page, 'Today');
}

export async function waitForHeading(page: Page, text: string): Promise<void> {
  await page
    .getByRole('heading', { level: 1, name: text, exact: true })
    .waitFor({ state: 'visible' });
}

/** Goes to a place through the navigation, on a phone (More sheet) or a wide screen (side nav). */
export async function goTo(page: Page, label: string): Promise<void> {
  const nav = page.getByRole('navigation', { name: 'Main' });
  const link = nav.getByRole('link', { name: label, exact: true });
  if (!(await link.first().isVisible())) {
    await nav.getByRole('button', { name: 'More' }).click();
    await page.getByRole('dialog').getByRole('link', { name: label, exact: true }).click();
  } else {
    await link.first().click();
  }
}

/**
 * Opens a section of a page whose sections open on demand (the account page, decision 140) by its
 * opening line, unless it is open already; answers the section.
 */
export async function openSection(page: Page, name: string): Promise<Locator> {
  const section = page.getByRole('region', { name, exact: true });
  const fold = section.locator('details').first();
  if (!(await fold.evaluate((d) => (d as HTMLDetailsElement).open))) {
    await section.locator('summary').first().click();
  }
  await expect.poll(() => fold.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
  return section;
}

export async function h1(page: Page): Promise<string> {
  return ((await page.getByRole('heading', { level: 1 }).textContent()) ?? '').trim();
}

/**
 * A journey's look at a screen once it has loaded: axe, then a screenshot at phone and at desktop
 * width (named `<journey>-<name>-phone` and `-desktop`), then back to the person's own width.
 * With screenshots off (`KINTSUGI_SCREENSHOTS=0`) axe alone, at the person's own width.
 */
export function lookAt(journey: string) {
  return async (
    page: Page,
    name: string,
    own: { width: number; height: number },
  ): Promise<void> => {
    await page.waitForFunction(() => document.querySelector('.loading') === null);
    await checkA11y(page, name);
    if (!screenshotsOn) return;
    await page.setViewportSize(PHONE);
    await screenshot(page, `${journey}-${name}-phone`);
    await page.setViewportSize(DESKTOP);
    await screenshot(page, `${journey}-${name}-desktop`);
    await page.setViewportSize(own);
  };
}

/** A on a phone (light), B on a laptop (dark), both signed up and in one space. */
export async function pairUp(
  browser: Browser,
  baseUrl: string,
): Promise<{ a: Person; b: Person; ana: Account; ben: Account }> {
  const ana: Account = {
    email: uniqueEmail('ana'),
    name: 'Ana',
    password: 'a quiet river at dawn',
  };
  const ben: Account = {
    email: uniqueEmail('ben'),
    name: 'Ben',
    password: 'lanterns over the bay',
  };
  const a = await newPerson(browser, baseUrl, { viewport: PHONE });
  await signUpFromWelcome(a.page, ana);
  await a.page.getByRole('button', { name: 'Create our space' }).click();
  await a.page.getByRole('button', { name: 'Make an invite link' }).click();
  const link = await a.page.getByLabel('Invite link').inputValue();
  // B uses the dark theme, so every screen B looks at is checked by axe in dark as well.
  const b = await newPerson(browser, baseUrl, { viewport: DESKTOP, colorScheme: 'dark' });
  await b.page.goto(link);
  await waitForHeading(b.page, 'Join your partner');
  await fillSignUp(b.page, ben);
  await b.page.getByRole('button', { name: 'Join the space' }).click();
  await waitForHeading(b.page, 'Today');
  return { a, b, ana, ben };
}

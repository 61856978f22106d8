// Steps the journeys share, written the way a person does them: by visible labels and roles.
import { expect } from 'vitest';
import type { Page } from 'playwright-core';

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

/** From the welcome page to a signed-in Today. */
export async function signUpFromWelcome(page: Page, who: Account): Promise<void> {
  await page.goto('/');
  await page.getByRole('link', { name: 'Create an account' }).click();
  await expect
    .poll(() => page.getByRole('heading', { level: 1 }).textContent())
    .toBe('Create your account');
  await fillSignUp(page, who);
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

export async function h1(page: Page): Promise<string> {
  return ((await page.getByRole('heading', { level: 1 }).textContent()) ?? '').trim();
}

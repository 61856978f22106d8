// Steps the safety journeys share: two partners in one space, made through the screens.
import type { Page } from 'playwright-core';
import { signUpFromWelcome, waitForHeading, type Account } from './flows.ts';
import { DESKTOP, newPerson, PHONE, uniqueEmail, type Person } from './harness.ts';
import type { Browser } from 'playwright-core';

export const account = (name: string): Account => ({
  email: uniqueEmail(name.toLowerCase()),
  name,
  password: `${name} walks by the quiet river`,
});

/** A on a phone makes the space and invites; B on a laptop signs up and joins. */
export async function twoPartners(browser: Browser, base: string) {
  const ari = account('Ari');
  const bea = account('Bea');
  const a = await newPerson(browser, base, { viewport: PHONE });
  await signUpFromWelcome(a.page, ari);
  await a.page.getByRole('button', { name: 'Create our space' }).click();
  await a.page.getByRole('button', { name: 'Make an invite link' }).click();
  const link = await a.page.getByLabel('Invite link').inputValue();
  const b = await newPerson(browser, base, { viewport: DESKTOP });
  await signUpFromWelcome(b.page, bea);
  await b.page.goto(link);
  await waitForHeading(b.page, 'Join your partner');
  await b.page.getByRole('button', { name: 'Join the space' }).click();
  await waitForHeading(b.page, 'Today');
  return { a, b, ari, bea };
}

/** A write made from the page itself (same origin, its own cookie), answering the status. */
export const postFromPage = (page: Page, path: string, body: unknown) =>
  page.evaluate(
    async ([p, b]) =>
      (
        await fetch(p, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(b),
          credentials: 'same-origin',
        })
      ).status,
    [path, body] as const,
  );

export async function open(person: Person, path: string, heading: string) {
  await person.page.goto(path);
  await waitForHeading(person.page, heading);
}

// Steps for journeys whose server sends mail (SMTP_URL set): a sign-up is finished by the link
// in the mail (decision 085), read here from a real SMTP server on loopback.
import { expect } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { ParsedMail } from 'mailparser';
import type { SmtpReceiver } from '../src/platform/testing/smtp-receiver.ts';
import { fillSignUp, fromFirstStepsToToday, waitForHeading, type Account } from './flows.ts';
import { DESKTOP, newPerson, PHONE, uniqueEmail, type Person } from './harness.ts';

export const CONFIRM_LINK = /http:\/\/127\.0\.0\.1:\d+\/confirm-email#token=[A-Za-z0-9_-]{43}/;

/** Waits for a mail to `email` that matches `pattern`, and answers it. */
export async function mailTo(
  smtp: SmtpReceiver,
  email: string,
  pattern: RegExp = CONFIRM_LINK,
): Promise<ParsedMail> {
  let found: ParsedMail | undefined;
  await expect
    .poll(
      () => {
        found = smtp.received.find(
          (m) => JSON.stringify(m.to).includes(email) && pattern.test(m.text ?? ''),
        );
        return found !== undefined;
      },
      { timeout: 15_000 },
    )
    .toBe(true);
  return found!;
}

/**
 * Opens the confirmation link from the mail in this page and confirms: signed in, on the first
 * steps where a new account lands (decision 140), then on Today.
 */
export async function confirmFromMail(page: Page, smtp: SmtpReceiver, email: string) {
  const mail = await mailTo(smtp, email);
  const link = CONFIRM_LINK.exec(mail.text ?? '')![0];
  await page.goto(link);
  await waitForHeading(page, 'Confirm your email');
  await page.getByRole('button', { name: 'Confirm my email' }).click();
  await fromFirstStepsToToday(page);
}

/** Signs up on the sign-up page and finishes by the link in the mail. */
export async function signUpWithMail(page: Page, smtp: SmtpReceiver, who: Account) {
  await page.goto('/sign-up');
  await fillSignUp(page, who);
  await waitForHeading(page, 'Check your email');
  await confirmFromMail(page, smtp, who.email);
}

/** `pairUp` with mail on: A on a phone, B on a laptop (dark), both confirmed, in one space. */
export async function pairUpWithMail(
  browser: Browser,
  baseUrl: string,
  smtp: SmtpReceiver,
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
  await signUpWithMail(a.page, smtp, ana);
  await a.page.getByRole('button', { name: 'Create our space' }).click();
  await a.page.getByRole('button', { name: 'Make an invite link' }).click();
  const invite = await a.page.getByLabel('Invite link').inputValue();
  const b = await newPerson(browser, baseUrl, { viewport: DESKTOP, colorScheme: 'dark' });
  await b.page.goto(invite);
  await waitForHeading(b.page, 'Join your partner');
  await fillSignUp(b.page, ben);
  await waitForHeading(b.page, 'Check your email');
  await confirmFromMail(b.page, smtp, ben.email);
  // Back to the invite, now signed in.
  await b.page.goto(invite);
  await b.page.getByRole('button', { name: 'Join the space' }).click();
  await waitForHeading(b.page, 'Today');
  // Journeys count what arrives after this.
  smtp.received.length = 0;
  smtp.raw.length = 0;
  return { a, b, ana, ben };
}

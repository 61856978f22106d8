// Journey: with mail configured, a new account is finished by the link in the mail. Sign up on a
// phone, the calm "check your email" screen, send it again, open the link, confirm: the first
// steps, where every new account starts (decision 140). The
// same sign-up with an address that has an account shows the very same screen and signs no one
// in; its owner gets a mail with no link. Then the email change waits for the new address, and a
// sign-in from another browser is told by mail (decision 085). Mails come from a real SMTP server
// on loopback and name no one.
import { describe, expect, it } from 'vitest';
import {
  fillSignIn,
  fillSignUp,
  lookAt,
  openSection,
  waitForHeading,
  type Account,
} from './flows.ts';
import { CONFIRM_LINK, mailTo } from './mail-flows.ts';
import { DESKTOP, hasChromium, noteIfSkipped, PHONE, uniqueEmail } from './harness.ts';
import { useJourney } from './journey.ts';

noteIfSkipped('verify-email.test.ts');
const look = lookAt('verify-email');

describe.skipIf(!hasChromium)('Journey: sign up, confirm by the mailed link, into the app', () => {
  const journey = useJourney({ mail: true });

  it('waits calmly for the link, then the link opens the app', async () => {
    const me: Account = {
      email: uniqueEmail('iris'),
      name: 'Iris Planted-Name',
      password: 'a heron by the water',
    };
    const phone = await journey.person({ viewport: PHONE });
    const page = phone.page;
    await page.goto('/sign-up');
    await fillSignUp(page, me);
    await waitForHeading(page, 'Check your email');
    await page.getByText(`We've sent an email to ${me.email}.`).waitFor();
    await look(page, 'check-your-email', PHONE);
    // Nothing of the app opens before the link.
    expect(await page.evaluate(async () => (await fetch('/api/v1/me')).status)).toBe(401);

    await mailTo(journey.smtp, me.email);
    await page.getByRole('button', { name: 'Send it again' }).click();
    await page.getByText('Sent again.').waitFor();
    await expect
      .poll(
        () => journey.smtp.received.filter((m) => JSON.stringify(m.to).includes(me.email)).length,
        {
          timeout: 15_000,
        },
      )
      .toBe(2);
    for (const raw of journey.smtp.raw) expect(raw).not.toContain('Planted-Name');

    const mail = journey.smtp.received
      .filter((m) => JSON.stringify(m.to).includes(me.email))
      .at(-1)!;
    expect(mail.subject).toBe('Confirm your email for Kintsugi');
    const link = CONFIRM_LINK.exec(mail.text ?? '')![0];
    expect(link.startsWith(journey.baseUrl)).toBe(true);
    await page.goto(link);
    await waitForHeading(page, 'Confirm your email');
    // The token leaves the address bar once read.
    await expect.poll(() => page.url()).toBe(`${journey.baseUrl}/confirm-email`);
    await look(page, 'confirm', PHONE);
    await page.getByRole('button', { name: 'Confirm my email' }).click();
    await waitForHeading(page, 'Your first steps');
    await page.getByRole('heading', { level: 2, name: 'Welcome to Kintsugi' }).waitFor();

    // Used once: opened again elsewhere, it says so and opens nothing.
    const other = await journey.person({ viewport: DESKTOP });
    await other.page.goto(link);
    await other.page.getByRole('button', { name: 'Confirm my email' }).click();
    await other.page.getByText('This link has been used already').waitFor();
    await look(other.page, 'used', DESKTOP);

    // The same sign-up again, now that the address has an account: the same screen, no way in.
    await other.page.goto('/sign-up');
    await fillSignUp(other.page, { ...me, password: 'someone else guessing' });
    await waitForHeading(other.page, 'Check your email');
    expect(await other.page.evaluate(async () => (await fetch('/api/v1/me')).status)).toBe(401);
    const tried = await mailTo(journey.smtp, me.email, /forgot-password/);
    expect(tried.subject).toBe('Someone tried to create a Kintsugi account with your address');
    expect(tried.text).not.toMatch(CONFIRM_LINK);

    // A sign-in from another browser: in the activity, and a mail that says only when.
    const laptop = await journey.person({ viewport: DESKTOP });
    await laptop.page.goto('/sign-in');
    await fillSignIn(laptop.page, me.email, me.password);
    await waitForHeading(laptop.page, 'Today');
    const notice = await mailTo(journey.smtp, me.email, /hasn't seen before/);
    expect(notice.subject).toBe('A new sign-in to your Kintsugi account');
    await page.goto('/account#activity');
    await waitForHeading(page, 'Your account');
    await page.getByText('Signed in from a new device').first().waitFor();

    // Changing the email waits for the new address; the old one is told without it.
    const newEmail = uniqueEmail('iris.new');
    const section = await openSection(page, 'Email');
    await section.getByLabel('New email').fill(newEmail);
    await section.getByLabel('Current password').fill(me.password);
    await section.getByRole('button', { name: 'Change email' }).click();
    await section.getByText(`We've sent a link to ${newEmail}.`).waitFor();
    await look(page, 'email-pending', PHONE);
    const toOld = await mailTo(journey.smtp, me.email, /asked to move it/);
    expect(JSON.stringify(toOld)).not.toContain(newEmail);
    const toNew = await mailTo(journey.smtp, newEmail);
    // Opened where no one is signed in (a mail app's browser), the link alone changes nothing:
    // it asks to sign in here first, then the same button finishes it.
    const mailApp = await journey.person({ viewport: PHONE });
    await mailApp.page.goto(CONFIRM_LINK.exec(toNew.text ?? '')![0]);
    await mailApp.page.getByRole('button', { name: 'Confirm my email' }).click();
    await mailApp.page.getByText('sign in on this device first').waitFor();
    await look(mailApp.page, 'sign-in-first', PHONE);
    await fillSignIn(mailApp.page, me.email, me.password);
    // Signed in, the form goes; the link is still ready for the button.
    await mailApp.page.getByLabel('Password', { exact: true }).waitFor({ state: 'detached' });
    await mailApp.page.getByRole('button', { name: 'Confirm my email' }).click();
    await mailApp.page.getByText('Your new email is confirmed.').waitFor();
    // Every other device was signed out when it took effect.
    for (const device of [page, laptop.page]) {
      await expect
        .poll(() => device.evaluate(async () => (await fetch('/api/v1/me')).status))
        .toBe(401);
    }

    for (const person of [phone, other, laptop, mailApp]) {
      expect(person.problems).toEqual([]);
      expect(person.blocked).toEqual([]);
    }
  });
});

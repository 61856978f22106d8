// Journey: a forgotten password. On a phone, "Forgot your password?" sends a link (read here from
// a real SMTP server on loopback); the link sets a new password and ends every session, the
// laptop's too; used once, it says so and offers a new one. The mail names no one.
import { describe, expect, it } from 'vitest';
import { fillSignIn, lookAt, waitForHeading, type Account } from './flows.ts';
import { signUpWithMail } from './mail-flows.ts';
import { DESKTOP, hasChromium, noteIfSkipped, PHONE, uniqueEmail } from './harness.ts';
import { useJourney } from './journey.ts';

noteIfSkipped('recovery.test.ts');
const look = lookAt('recovery');

describe.skipIf(!hasChromium)('Journey: forgot password to a new password', () => {
  const journey = useJourney({ mail: true });

  it('sends a link that sets a new password once, and signs every device out', async () => {
    const base = journey.baseUrl;
    const me: Account = {
      email: uniqueEmail('noor'),
      name: 'Noor Planted-Name',
      password: 'the password I forgot',
    };
    const newPassword = 'a brand new morning walk';

    const laptop = await journey.person({ viewport: DESKTOP });
    // Mail is on, so the sign-up is finished by its link (decision 085).
    await signUpWithMail(laptop.page, journey.smtp, me);
    journey.smtp.received.length = 0;
    journey.smtp.raw.length = 0;

    const phone = await journey.person({ viewport: PHONE });
    const page = phone.page;
    await page.goto('/sign-in');
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await waitForHeading(page, 'Set a new password');
    await look(page, 'forgot', PHONE);

    // A mistyped address is caught by its field.
    const email = page.getByLabel('Email');
    await email.fill('noor at home');
    await page.getByRole('button', { name: 'Send me a link' }).click();
    await expect.poll(() => email.getAttribute('aria-invalid')).toBe('true');

    await email.fill(me.email);
    await page.getByRole('button', { name: 'Send me a link' }).click();
    await page.getByRole('heading', { name: 'Check your email' }).waitFor();
    await look(page, 'sent', PHONE);

    const [mail] = await journey.smtp.waitFor(1);
    expect(mail!.to).toMatchObject({ text: me.email });
    expect(journey.smtp.raw[0]).not.toContain('Planted-Name');
    const link = /http:\/\/127\.0\.0\.1:\d+\/reset-password#token=[A-Za-z0-9_-]{43}/.exec(
      mail!.text ?? '',
    )?.[0];
    expect(link, mail!.text).toBeDefined();
    expect(link!.startsWith(base)).toBe(true);

    await page.goto(link!);
    await waitForHeading(page, 'Choose a new password');
    // The token leaves the address bar once read.
    await expect.poll(() => page.url()).toBe(`${base}/reset-password`);
    await look(page, 'reset', PHONE);

    const field = page.getByLabel('New password', { exact: true });
    await field.fill('short');
    await page.getByRole('button', { name: 'Set new password' }).click();
    await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
    await field.fill(newPassword);
    await page.getByRole('button', { name: 'Set new password' }).click();
    await page.getByText('Your new password is set.').waitFor();
    // The form is gone; focus is on what happened, not lost on the page.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent ?? ''))
      .toContain('Your new password is set.');
    await look(page, 'done', PHONE);

    // The laptop was signed out with every other session.
    await laptop.page.reload();
    await expect
      .poll(() => laptop.page.evaluate(async () => (await fetch('/api/v1/me')).status))
      .toBe(401);

    // The old password is gone; the new one opens the account.
    await page.getByRole('link', { name: 'Sign in' }).click();
    await waitForHeading(page, 'Welcome back');
    await fillSignIn(page, me.email, me.password);
    await page.getByText("That email and password don't match an account.").waitFor();
    await fillSignIn(page, me.email, newPassword);
    await waitForHeading(page, 'Today');

    // The link worked once: opened again, it says so and offers a new one.
    const other = await journey.person({ viewport: DESKTOP });
    await other.page.goto(link!);
    await other.page.getByLabel('New password', { exact: true }).fill('someone else trying this');
    await other.page.getByRole('button', { name: 'Set new password' }).click();
    await other.page.getByText('This link has been used already').waitFor();
    await expect
      .poll(() => other.page.getByRole('link', { name: 'Ask for a new link' }).isVisible())
      .toBe(true);
    await look(other.page, 'used', DESKTOP);

    for (const person of [laptop, phone, other]) {
      expect(person.problems).toEqual([]);
      expect(person.blocked).toEqual([]);
    }
  });
});

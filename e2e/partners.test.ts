// Journey 1: two people on two devices. A starts alone and invites B; B opens the link, signs
// up and joins; both see each other. A signs out and cannot reach the space any more. Quick exit,
// by button and by Esc three times, lands on the neutral page with no way back.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { fillSignUp, goTo, h1, signUpFromWelcome, waitForHeading, type Account } from './flows.ts';
import {
  DESKTOP,
  hasChromium,
  NEUTRAL_URL,
  noteIfSkipped,
  PHONE,
  screenshot,
  uniqueEmail,
} from './harness.ts';
import { useJourney } from './journey.ts';

noteIfSkipped('partners.test.ts');

async function expectNoWayBack(page: Page, baseUrl: string): Promise<void> {
  await page.waitForURL(NEUTRAL_URL);
  await page.goBack().catch(() => null);
  expect(page.url().startsWith(baseUrl)).toBe(false);
}

describe.skipIf(!hasChromium)('Journey: two partners find each other', () => {
  const journey = useJourney();

  it('A invites, B joins, both see each other; A signs out; quick exit leaves no way back', async () => {
    const base = journey.baseUrl;
    const ari: Account = {
      email: uniqueEmail('ari'),
      name: 'Ari',
      password: 'a quiet river at dawn',
    };
    const bea: Account = {
      email: uniqueEmail('bea'),
      name: 'Bea',
      password: 'lanterns over the bay',
    };

    // A, on a phone, starts alone.
    const a = await journey.person({ viewport: PHONE });
    await a.page.goto('/');
    await screenshot(a.page, 'partners-01-welcome-phone');
    await signUpFromWelcome(a.page, ari);
    await a.page
      .getByText("You can begin alone. When you're ready, invite your partner.")
      .waitFor();
    expect(await a.page.title()).toBe('Today · Kintsugi');
    await screenshot(a.page, 'partners-02-today-alone-phone');

    await a.page.getByRole('button', { name: 'Create our space' }).click();
    await a.page.getByRole('button', { name: 'Make an invite link' }).click();
    const oldLink = await a.page.getByLabel('Invite link').inputValue();
    expect(oldLink.startsWith(`${base}/join#code=`)).toBe(true);

    // A cancels that invite and makes another; only the new one is open.
    const openInvites = a.page.getByRole('button', { name: /^Cancel invite/ });
    await expect.poll(() => openInvites.count()).toBe(1);
    await openInvites.click();
    await a.page.getByText('That invite no longer works.').waitFor();
    await expect.poll(() => openInvites.count()).toBe(0);
    await a.page.getByRole('button', { name: 'Make an invite link' }).click();
    const link = await a.page.getByLabel('Invite link').inputValue();
    expect(link).not.toBe(oldLink);
    await expect.poll(() => openInvites.count()).toBe(1);
    await a.page.getByRole('button', { name: 'Copy link' }).click();
    await a.page
      .getByRole('status')
      .filter({ hasText: /Copied|copy it yourself/ })
      .waitFor();
    await screenshot(a.page, 'partners-03-invite-phone');

    // B, on a laptop, first opens the cancelled link: signs up, but cannot join with it.
    const b = await journey.person({ viewport: DESKTOP });
    await b.page.goto(oldLink);
    await waitForHeading(b.page, 'Join your partner');
    // The code is taken out of the address bar once read.
    await expect.poll(() => b.page.url()).toBe(`${base}/join`);
    await screenshot(b.page, 'partners-04-join-desktop');
    await fillSignUp(b.page, bea);
    await b.page.getByRole('button', { name: 'Join the space' }).click();
    await b.page.getByRole('alert').waitFor();
    await waitForHeading(b.page, 'Join your partner');
    await b.context.pages()[0]!.close();

    // Then the new link, in a new tab as from a message: B is signed in and joins.
    b.page = await b.context.newPage();
    await b.page.goto(link);
    await waitForHeading(b.page, 'Join your partner');
    await b.page.getByRole('button', { name: 'Join the space' }).click();
    await waitForHeading(b.page, 'Today');
    await b.page.getByText('Bea and Ari').waitFor();
    await screenshot(b.page, 'partners-05-together-desktop');
    await b.page.setViewportSize(PHONE);
    await screenshot(b.page, 'partners-05-together-phone');

    // A sees B, on Today and in Our space.
    await goTo(a.page, 'Our space');
    await waitForHeading(a.page, 'Our space');
    await a.page.getByText('Bea', { exact: true }).waitFor();
    // Titles name the page, never a person.
    expect(await a.page.title()).toBe('Our space · Kintsugi');
    await screenshot(a.page, 'partners-06-our-space-phone');
    await goTo(a.page, 'Today');
    await a.page.getByText('Ari and Bea').waitFor();
    await a.page.setViewportSize(DESKTOP);
    await screenshot(a.page, 'partners-07-together-desktop');
    await a.page.setViewportSize(PHONE);

    // A signs out, and the space is out of reach.
    await goTo(a.page, 'Account');
    await waitForHeading(a.page, 'Your account');
    await a.page.getByRole('button', { name: 'Sign out', exact: true }).last().click();
    await waitForHeading(a.page, 'Mending trust, one small step at a time');
    await a.page.goto('/space');
    await waitForHeading(a.page, 'Welcome back');
    await expect.poll(() => a.page.getByLabel('Password', { exact: true }).isVisible()).toBe(true);
    expect(await h1(a.page)).toBe('Welcome back');
    const status = await a.page.evaluate(
      async () => (await fetch('/api/v1/couple', { credentials: 'same-origin' })).status,
    );
    expect(status).toBe(401);

    // Quick exit by the button, from a fresh tab where the app holds the one entry it ever has.
    const tab = await a.context.newPage();
    await tab.goto('/');
    await tab
      .getByRole('link', { name: /support and safety/i })
      .first()
      .click();
    await waitForHeading(tab, 'Support and safety');
    expect(await tab.evaluate(() => history.length)).toBe(2); // about:blank + one app entry
    await tab.getByRole('button', { name: 'Use dark theme' }).click();
    expect(await tab.evaluate(() => localStorage.length)).toBeGreaterThan(0);
    await tab.getByRole('button', { name: 'Quick exit' }).click();
    await expectNoWayBack(tab, base);
    // Storage was cleared: the remembered theme is gone.
    await tab.goto('/');
    expect(
      await tab.evaluate(() => [localStorage.length, document.documentElement.dataset.theme ?? '']),
    ).toEqual([0, '']);

    // Quick exit by Esc three times, signed in, after moving around inside the app.
    await goTo(b.page, 'Journal');
    await waitForHeading(b.page, 'Journal');
    await b.page.keyboard.press('Escape');
    await b.page.keyboard.press('Escape');
    await b.page.keyboard.press('Escape');
    await expectNoWayBack(b.page, base);

    expect([...a.blocked, ...b.blocked]).toEqual([]);
    expect([...a.problems, ...b.problems]).toEqual([]);
    await a.context.close();
    await b.context.close();
  });
});

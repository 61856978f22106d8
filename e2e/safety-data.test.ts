// Journey: my data is mine. Ari downloads the export and reads it as a page (nothing of Bea's
// private writing in it); signs in on a second device and signs out everywhere else from there;
// back on the phone, signing in again shows what happened while away.
import { describe, expect, it } from 'vitest';
import { fillSignIn, openSection, waitForHeading } from './flows.ts';
import {
  checkA11y,
  DESKTOP,
  downloadedText,
  hasChromium,
  noteIfSkipped,
  screenshot,
} from './harness.ts';
import { useJourney } from './journey.ts';
import { open, postFromPage, twoPartners } from './safety-flows.ts';

noteIfSkipped('safety-data.test.ts');

describe.skipIf(!hasChromium)('Journey: my data, my account', () => {
  const journey = useJourney();

  it('exports a readable page without the partner’s private writing, and signs out everywhere from a second device', async () => {
    const { a, b, ari, bea } = await twoPartners(journey.browser, journey.baseUrl);
    // Bea writes something private: it must never reach Ari's export.
    const planted = 'PLANTED private words of Bea 4d1e';
    expect(
      await postFromPage(b.page, '/api/v1/journal', {
        body: planted,
        promptId: null,
        emotions: [],
      }),
    ).toBeLessThan(300);

    await open(a, '/account', 'Your account');
    await a.page.getByRole('heading', { name: 'Your data' }).waitFor();
    await a.page.getByRole('heading', { name: 'Account activity' }).waitFor();
    // Both open on demand (decision 140); open, they are what axe and the screenshot see.
    await openSection(a.page, 'Your data');
    await openSection(a.page, 'Account activity');
    await checkA11y(a.page, 'account with data and activity');
    await screenshot(a.page, 'safety-01-account-phone');

    const [download] = await Promise.all([
      a.page.waitForEvent('download'),
      a.page.getByRole('link', { name: 'Download as a readable page' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^kintsugi-export-\d{4}-\d{2}-\d{2}\.html$/);
    const html = await downloadedText(download);
    expect(html).toContain(ari.email);
    expect(html).not.toContain(planted);
    expect(html).not.toMatch(/<script/i);
    const reader = await a.context.newPage();
    await reader.setContent(html);
    await reader.getByRole('heading', { level: 1, name: 'Your Kintsugi export' }).waitFor();
    await reader.getByRole('heading', { level: 2, name: 'Your account' }).waitFor();
    await checkA11y(reader, 'the HTML export');
    await screenshot(reader, 'safety-02-export-phone');
    await reader.setViewportSize(DESKTOP);
    await screenshot(reader, 'safety-02-export-desktop');
    await reader.close();

    const [json] = await Promise.all([
      a.page.waitForEvent('download'),
      a.page.getByRole('link', { name: 'Download as data (JSON)' }).click(),
    ]);
    const data = JSON.parse(await downloadedText(json)) as { format: string };
    expect(data.format).toBe('kintsugi-export');

    // A second device signs in and signs out everywhere else.
    const laptop = await journey.person({ viewport: DESKTOP });
    await laptop.page.goto('/sign-in');
    await fillSignIn(laptop.page, ari.email, ari.password);
    await waitForHeading(laptop.page, 'Today');
    await open(laptop, '/account', 'Your account');
    await openSection(laptop.page, 'Where you are signed in');
    await laptop.page.getByRole('button', { name: 'Sign out everywhere else' }).click();
    await laptop.page
      .getByRole('status')
      .filter({ hasText: /signed out|Signed out/ })
      .first()
      .waitFor();
    await screenshot(laptop.page, 'safety-03-signed-out-elsewhere-desktop');

    // The phone is signed out at once; signing in again shows what happened meanwhile.
    await a.page.goto('/account');
    await waitForHeading(a.page, 'Welcome back');
    await fillSignIn(a.page, ari.email, ari.password);
    await waitForHeading(a.page, 'Your account');
    await open(a, '/today', 'Today');
    await a.page.getByRole('heading', { name: 'New since you were last here' }).waitFor();
    await a.page.getByText('Signed out everywhere else').first().waitFor();
    await a.page
      .getByRole('heading', { name: 'New since you were last here' })
      .scrollIntoViewIfNeeded();
    await checkA11y(a.page, 'today with new account activity');
    await screenshot(a.page, 'safety-04-new-activity-phone');
    await a.page.getByRole('button', { name: 'Got it' }).click();
    await expect
      .poll(() => a.page.getByRole('heading', { name: 'New since you were last here' }).count())
      .toBe(0);

    // Bea deletes her account; Ari is told calmly, and nothing more.
    await open(b, '/account', 'Your account');
    await openSection(b.page, 'Delete your account');
    await b.page.getByLabel('Type your password to confirm').fill('not my password');
    await b.page.getByRole('button', { name: 'Delete my account' }).click();
    await b.page.getByText("That isn't your current password.").first().waitFor();
    await b.page.getByLabel('Type your password to confirm').fill(bea.password);
    await b.page.getByRole('button', { name: 'Delete my account' }).click();
    await waitForHeading(b.page, 'Mending trust, one small step at a time');
    await open(a, '/space', 'Our space');
    await a.page
      .getByText('Your partner closed their Kintsugi account. The shared space has closed.')
      .waitFor();
    await screenshot(a.page, 'safety-05-partner-deleted-phone');

    for (const person of [a, b, laptop]) expect(person.problems).toEqual([]);
  }, 120_000);
});

// Journey: the readable export is a page a person would keep. Ari and Bea live one ordinary first
// day (the same day the unit tests use, written through the API from their own pages); Ari
// downloads the readable page on a phone, reads it at 390 px (short, clean for axe, no CSP
// complaint), and prints it: no navigation, and the safety check left out unless Ari ticks it in.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { dayWords, oneDayOfUse, type Call } from '../src/platform/testing/day-of-use.ts';
import {
  checkA11y,
  DESKTOP,
  downloadedText,
  hasChromium,
  noteIfSkipped,
  PHONE,
  screenshot,
} from './harness.ts';
import { useJourney } from './journey.ts';
import { open, twoPartners } from './safety-flows.ts';

noteIfSkipped('export-readable.test.ts');

/** An API call made from the person's own page (same origin, their own cookie). */
const callFrom =
  (page: Page): Call =>
  (method, path, body) =>
    page.evaluate(
      async ([m, p, b]) => {
        const res = await fetch(p, {
          method: m,
          headers: b === undefined ? {} : { 'content-type': 'application/json' },
          body: b === undefined ? undefined : JSON.stringify(b),
          credentials: 'same-origin',
        });
        const text = await res.text();
        return { status: res.status, body: text ? (JSON.parse(text) as unknown) : null };
      },
      [method, path, body] as const,
    );

/**
 * Height of the page at 390 px wide after one such day. The earlier export (every field as a
 * heading and a value) measured 20,177 px for this same day; the issue saw about 25,000.
 */
const PHONE_HEIGHT_LIMIT = 9_000; // 8,153 px when written (decision 141)

describe.skipIf(!hasChromium)('Journey: a readable export', () => {
  const journey = useJourney();

  it('reads as a short page of sentences on a phone, and prints without navigation or, unless chosen, the safety check', async () => {
    const { a, b } = await twoPartners(journey.browser, journey.baseUrl);
    await oneDayOfUse(callFrom(a.page), callFrom(b.page));

    // The account's "Your data" opens by its own address (decision 140).
    await open(a, '/account#your-data', 'Your account');
    const [download] = await Promise.all([
      a.page.waitForEvent('download'),
      a.page.getByRole('link', { name: 'Download as a readable page' }).click(),
    ]);
    const html = await downloadedText(download);
    expect(html).not.toContain(dayWords.partnerPrivateJournal);
    expect(html).not.toContain(dayWords.partnerPrivateCheckinNote);

    const reader = await a.context.newPage();
    await reader.setViewportSize(PHONE);
    await reader.setContent(html);
    await reader.getByRole('heading', { level: 1, name: 'Your Kintsugi export' }).waitFor();
    // The hashed style block is allowed: the page is styled, and nothing was refused.
    expect(await reader.evaluate(() => getComputedStyle(document.body).fontFamily)).toMatch(
      /Georgia/,
    );
    expect(a.problems).toEqual([]);

    // Sections a person reads, in sentences.
    const contents = reader.getByRole('navigation', { name: 'Contents' });
    await expect.poll(() => contents.isVisible()).toBe(true);
    await contents.getByRole('link', { name: 'Letters' }).click();
    await reader.getByRole('heading', { level: 3, name: 'From Ari to Bea' }).waitFor();
    await reader.getByText('I keep thinking about the bench by the river.').waitFor();
    await reader.getByText('This speaks to you strongly.').first().waitFor();
    await reader
      .getByRole('img', { name: 'Your daily check-ins, 0 to 10' })
      .waitFor({ state: 'attached' });
    expect(await reader.getByText('Pattern distance').count()).toBe(0);

    const height = await reader.evaluate(() => document.documentElement.scrollHeight);
    console.info(`[export-readable] readable export at 390 px after one day: ${height} px`);
    expect(height).toBeLessThan(PHONE_HEIGHT_LIMIT);

    await reader.evaluate(() => window.scrollTo(0, 0));
    await checkA11y(reader, 'the readable export');
    await screenshot(reader, 'export-01-readable-phone');
    await screenshot(reader, 'export-01-readable-phone-full', { fullPage: true });
    await reader.setViewportSize(DESKTOP);
    await screenshot(reader, 'export-01-readable-desktop');
    await checkA11y(reader, 'the readable export, desktop');

    // Printing: no navigation, no "back to the contents", and no safety check unless chosen.
    const safety = reader.getByRole('heading', {
      level: 2,
      name: 'Your safety check (only yours)',
    });
    await reader.emulateMedia({ media: 'print' });
    expect(await contents.isVisible()).toBe(false);
    expect(
      await reader.getByRole('link', { name: 'Back to the contents' }).first().isVisible(),
    ).toBe(false);
    await reader.getByRole('heading', { level: 2, name: 'Letters' }).waitFor();
    expect(await safety.isVisible()).toBe(false);
    await screenshot(reader, 'export-02-print-desktop');
    await reader.emulateMedia({ media: 'screen' });
    await reader.getByLabel('Include my safety check when I print this page').check();
    await reader.emulateMedia({ media: 'print' });
    expect(await safety.isVisible()).toBe(true);
    expect(await contents.isVisible()).toBe(false);
    await reader.emulateMedia({ media: 'screen' });
    await reader.close();

    expect(a.problems).toEqual([]);
    expect(a.blocked).toEqual([]);
  }, 120_000);
});

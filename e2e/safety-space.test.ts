// Journey: time apart, then leaving. Ari pauses the shared space: Bea sees that it is on (not
// why) and new shared things stop for both; Bea ends it. Then Bea leaves: Ari is told plainly,
// and neither sees the other's space any more.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { checkA11y, DESKTOP, hasChromium, launchBrowser, noteIfSkipped, PHONE, screenshot, startServer, type RunningServer } from './harness.ts';
import { open, postFromPage, twoPartners } from './safety-flows.ts';

noteIfSkipped('safety-space.test.ts');

const promise = { text: 'Call at lunch', dueAt: null };

describe.skipIf(!hasChromium)('Journey: time apart and leaving', () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('pauses the space for both, ends it, and leaves with a calm notice on both sides', async () => {
    const { a, b } = await twoPartners(browser, server.baseUrl);

    await open(a, '/space', 'Our space');
    await a.page.getByRole('heading', { name: 'Time apart' }).waitFor();
    await checkA11y(a.page, 'our space with time apart');
    await a.page.getByRole('button', { name: 'Pause our shared space' }).click();
    await a.page.getByRole('heading', { name: 'Pause the shared space now?' }).waitFor();
    await a.page.getByRole('button', { name: 'Yes, pause it' }).click();
    await a.page.getByText('You paused the shared space.').waitFor();
    await screenshot(a.page, 'safety-10-paused-phone');

    await open(b, '/space', 'Our space');
    await b.page.getByText('Your partner paused the shared space.').waitFor();
    await checkA11y(b.page, 'our space while paused, partner side');
    await screenshot(b.page, 'safety-11-paused-partner-desktop');
    // New shared things stop, from either side.
    expect(await postFromPage(a.page, '/api/v1/promises', promise)).toBe(409);
    expect(await postFromPage(b.page, '/api/v1/promises', promise)).toBe(409);

    await b.page.getByRole('button', { name: 'End time apart' }).click();
    await b.page.getByText('Time apart has ended. The shared space is open again.').waitFor();
    expect(await postFromPage(a.page, '/api/v1/promises', promise)).toBe(201);

    // Bea leaves.
    await b.page.getByRole('button', { name: 'Leave our space…' }).click();
    await b.page.getByRole('button', { name: 'Yes, leave' }).click();
    await b.page.getByRole('button', { name: 'Create our space' }).waitFor();
    await checkA11y(b.page, 'our space after leaving');
    await screenshot(b.page, 'safety-12-left-desktop');
    expect(await b.page.getByText('Your partner left the shared space.').count()).toBe(0);

    // Ari is told, plainly, on Today and on Our space.
    await open(a, '/today', 'Today');
    await a.page.getByText('Your partner left the shared space.').first().waitFor();
    await open(a, '/space', 'Our space');
    await a.page.getByText('Your partner left the shared space.').waitFor();
    await a.page.getByRole('button', { name: 'Create our space' }).waitFor();
    await checkA11y(a.page, 'our space after the partner left');
    await screenshot(a.page, 'safety-13-partner-left-phone');
    await a.page.setViewportSize(DESKTOP);
    await screenshot(a.page, 'safety-13-partner-left-desktop');
    await a.page.setViewportSize(PHONE);
    await a.page.getByRole('button', { name: 'Okay' }).click();
    await expect.poll(() => a.page.getByText('Your partner left the shared space.').count()).toBe(0);
    await open(a, '/today', 'Today');
    expect(await a.page.title()).toBe('Today · Kintsugi');
    expect(await a.page.getByText('Your partner left the shared space.').count()).toBe(0);

    for (const person of [a, b]) expect(person.problems).toEqual([]);
  }, 120_000);
});

// Journey: both partners move stages on the path, forward and back; a stale change is caught
// and explained; both see every change with who made it. axe on the path and a stage page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { goTo, waitForHeading } from './flows.ts';
import { checkA11y, DESKTOP, hasChromium, launchBrowser, noteIfSkipped, PHONE, screenshot, startServer, type RunningServer } from './harness.ts';
import { settled, twoPartners } from './method-flows.ts';

noteIfSkipped('method-path.test.ts');

const marker = (page: Page, stage: string) => page.getByRole('group', { name: `Where are you with ${stage}?` });

async function mark(page: Page, stage: string, status: string): Promise<void> {
  await marker(page, stage).getByLabel(status, { exact: true }).check();
}

describe.skipIf(!hasChromium)('Journey: the path, walked back and forth', () => {
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

  it('both move stages back and forth and see the history', async () => {
    const { a, b } = await twoPartners(browser, server.baseUrl, { a: PHONE, b: DESKTOP });

    await goTo(a.page, 'Path');
    await waitForHeading(a.page, 'Your path');
    await settled(a.page);
    await a.page.getByRole('heading', { name: 'A place to focus next' }).waitFor();
    await checkA11y(a.page, 'path');
    await screenshot(a.page, 'method-path-01-path-phone');

    await mark(a.page, 'Face it and own it', 'Working on it');
    await a.page.getByText('Face it and own it: Working on it.').waitFor();
    await mark(a.page, 'Grieve', 'Working on it');
    await a.page.getByText('Grieve: Working on it.').waitFor();

    // B opens the first stage's own page and marks it steady.
    await b.page.goto('/path/face');
    await waitForHeading(b.page, 'Face it and own it');
    await settled(b.page);
    expect(await b.page.title()).toBe('Face it and own it · Kintsugi');
    expect(await marker(b.page, 'Face it and own it').getByLabel('Working on it', { exact: true }).isChecked()).toBe(true);
    await b.page.getByRole('heading', { name: 'Questions for this stage' }).waitFor();
    await checkA11y(b.page, 'stage page');
    await mark(b.page, 'Face it and own it', 'Feels steady');
    await b.page.getByText('Face it and own it: Feels steady.').waitFor();
    await screenshot(b.page, 'method-path-02-stage-desktop', { fullPage: true });

    // A still sees the old version: the change is caught, explained, and nothing is overwritten.
    await mark(a.page, 'Face it and own it', 'Coming back to it');
    await a.page.getByText('Your partner changed this a moment ago').waitFor();
    await expect
      .poll(() => marker(a.page, 'Face it and own it').getByLabel('Feels steady', { exact: true }).isChecked())
      .toBe(true);
    // Going back is one click.
    await mark(a.page, 'Face it and own it', 'Coming back to it');
    await a.page.getByText('Face it and own it: Coming back to it.').waitFor();
    await screenshot(a.page, 'method-path-03-back-phone');

    // Both see every change, with who made it.
    await b.page.reload();
    await settled(b.page);
    const history = b.page.locator('section', { has: b.page.getByRole('heading', { name: 'Changes so far' }) });
    await history.getByText('Ari moved it from "feels steady" to "coming back to it"').waitFor();
    await history.getByText('You moved it from "working on it" to "feels steady"').waitFor();
    await history.getByText('Ari moved it from "not yet" to "working on it"').waitFor();
    await checkA11y(b.page, 'stage page with history');
    await b.page.emulateMedia({ colorScheme: 'dark' });
    await checkA11y(b.page, 'stage page with history, dark');
    await b.page.emulateMedia({ colorScheme: 'light' });

    await a.page.reload();
    await settled(a.page);
    const all = a.page.locator('section', { has: a.page.getByRole('heading', { name: 'Changes so far' }) });
    await all.getByText('Bea moved Face it and own it from "working on it" to "feels steady"').waitFor();
    await all.getByText('You moved Grieve from "not yet" to "working on it"').waitFor();
    await a.page.setViewportSize(DESKTOP);
    await checkA11y(a.page, 'path with history');
    await screenshot(a.page, 'method-path-04-history-desktop');

    // Today carries a gentle line about where they are.
    await goTo(a.page, 'Today');
    await waitForHeading(a.page, 'Today');
    await a.page.getByText("You're working on Grieve, and coming back to Face it and own it.").waitFor();

    expect([...a.blocked, ...b.blocked]).toEqual([]);
    await a.context.close();
    await b.context.close();
  });
});

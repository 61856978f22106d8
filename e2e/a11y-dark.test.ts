// Journey 2c: axe-core on every signed-in page in the dark theme (the system's choice) on a wide
// screen, the phone's "More" sheet in dark, and dark chosen with the toggle while the system is
// light. Zero violations allowed.
import { beforeAll, describe, expect, it } from 'vitest';
import { open, scanEveryPage, scanMoreSheet, signedInPerson } from './a11y.ts';
import { goTo, waitForHeading } from './flows.ts';
import {
  checkA11y,
  DESKTOP,
  hasChromium,
  noteIfSkipped,
  PHONE,
  screenshot,
  type Person,
} from './harness.ts';
import { useJourney } from './journey.ts';

noteIfSkipped('a11y-dark.test.ts');

describe.skipIf(!hasChromium)('Journey: every signed-in page is accessible (dark, wide)', () => {
  let person: Person;

  const journey = useJourney();
  beforeAll(async () => {
    person = await signedInPerson(journey.browser, journey.baseUrl, {
      viewport: DESKTOP,
      colorScheme: 'dark',
    });
  });

  it('has no axe violations on any page', async () => {
    await scanEveryPage(person.page, 'dark, wide');
    await person.page.setViewportSize(PHONE);
    await scanMoreSheet(person.page, 'dark');
  });

  it('keeps the dark palette when dark is chosen with the toggle', async () => {
    const { page } = person;
    await page.emulateMedia({ colorScheme: 'light' });
    await open(page, '/support', 'Support and safety');
    await page.getByRole('button', { name: 'Use dark theme' }).click();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await checkA11y(page, 'Support, dark by choice');
    await screenshot(page, 'a11y-support-dark-choice');
    await goTo(page, 'Today');
    await waitForHeading(page, 'Today');
    await checkA11y(page, 'Today, dark by choice');
    await page.getByRole('button', { name: 'Use light theme' }).click();
    expect(person.blocked).toEqual([]);
    expect(person.problems).toEqual([]);
  });

  it('shows a remembered dark theme from the first paint, before the app has loaded', async () => {
    // A light system, dark chosen earlier on this device, and the app's code held back: what is
    // on screen then is what a slow phone shows first.
    const visitor = await journey.person({ colorScheme: 'light' });
    await visitor.context.addInitScript(() => localStorage.setItem('kintsugi.theme', 'dark'));
    const isApp = (url: URL) => /^\/assets\/(?!theme-).*\.js$/.test(url.pathname);
    await visitor.page.route(isApp, (route) => route.abort());
    await visitor.page.goto('/today');
    const first = await visitor.page.evaluate(() => ({
      theme: document.documentElement.dataset.theme,
      bar: document.querySelector('meta[name="theme-color"]')?.getAttribute('content'),
      background: getComputedStyle(document.body).backgroundColor,
    }));
    expect(first).toEqual({ theme: 'dark', bar: '#0e1620', background: 'rgb(14, 22, 32)' });
    expect(visitor.problems).toEqual([]);
    await visitor.context.close();
  });
});

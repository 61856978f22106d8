// Journey: our shared future (issue 17, decision 153). Ana, on a phone, finds "Our future" on
// stage 7 of the path and in the navigation, and proposes two lines (one begun from a starter
// prompt). Ben, on his laptop, sees them waiting on Today, accepts one and offers his own words
// for the other; Ana accepts his rewording. Ana signs; Ben sees she did and signs too: version 1
// is theirs, and both see it, with its history. axe on every new screen; at 390 px wide no
// screen of the journey is taller than 2,600 px; screenshots at two widths.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { lookAt, pairUp, waitForHeading } from './flows.ts';
import { DESKTOP, hasChromium, noteIfSkipped, PHONE, type Person } from './harness.ts';
import { useJourney } from './journey.ts';
import { settled } from './method-flows.ts';

noteIfSkipped('vision.test.ts');
const look = lookAt('vision');

/** About three phone screens at 390 px wide: the most any page may ask anyone to scroll. */
const MOST = 2600;

/** The page as it settled, at phone width: no taller than MOST; then axe and the screenshots. */
async function fits(page: Page, name: string, own: { width: number; height: number }) {
  await settled(page);
  await page.setViewportSize(PHONE);
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  expect.soft(height, `"${name}" is ${height}px tall at 390×844`).toBeLessThanOrEqual(MOST);
  await look(page, name, own);
}

const HOME = 'What we want our home to feel like: calm, with room for both of us.';
const MONEY = 'We talk about money every month.';
const MONEY_BEN = 'We talk about money kindly, once a month, over breakfast.';

describe.skipIf(!hasChromium)('Journey: our shared future, written and signed together', () => {
  let a: Person;
  let b: Person;

  const journey = useJourney();

  it('two lines proposed, one accepted and one reworded, then version 1 signed by both', async () => {
    ({ a, b } = await pairUp(journey.browser, journey.baseUrl));

    // Stage 7 of the path links here, and to the other tools of that stage (not clicked here).
    await a.page.goto(`${journey.baseUrl}/path/build`);
    await waitForHeading(a.page, 'Build what comes next');
    const tools = a.page.locator('.tool-list');
    const tool = tools.getByRole('link', { name: 'Our future', exact: true });
    expect(await tool.getAttribute('href')).toBe('/vision');
    expect(await tools.getByRole('link', { name: 'New memories' }).getAttribute('href')).toBe(
      '/memories',
    );
    expect(await a.page.content()).not.toMatch(/coming later/i);
    await tool.click();
    await waitForHeading(a.page, 'Our future');
    await a.page.getByRole('heading', { name: 'Nothing written yet' }).waitFor();
    await fits(a.page, 'empty', PHONE);

    // Ana begins one line from a starter prompt and writes the other herself.
    const line = a.page.getByLabel('Your line');
    await a.page.getByText('If you would like a place to start').click();
    await a.page
      .getByRole('button', { name: 'Begin with: What we want our home to feel like' })
      .click();
    expect(await line.inputValue()).toBe('What we want our home to feel like: ');
    await line.fill(HOME);
    await a.page.getByRole('button', { name: 'Propose this line' }).click();
    await a.page.getByText('Sent to your partner.', { exact: false }).waitFor();
    await line.fill(MONEY);
    await a.page.getByRole('button', { name: 'Propose this line' }).click();
    const aWaiting = a.page.getByRole('region', { name: 'Waiting for an answer' });
    await aWaiting.getByText(MONEY).waitFor();
    expect(await aWaiting.getByText('You proposed a new line').count()).toBe(2);
    await fits(a.page, 'proposed', PHONE);

    // Ben's Today says a line waits for him, without its words.
    await b.page.goto(`${journey.baseUrl}/today`);
    await waitForHeading(b.page, 'Today');
    await b.page
      .getByRole('link', { name: 'Your partner proposed a line for your shared future' })
      .click();
    await waitForHeading(b.page, 'Our future');
    const bWaiting = b.page.getByRole('region', { name: 'Waiting for an answer' });
    await bWaiting.getByText(HOME).waitFor();
    expect(await bWaiting.getByText('Ana proposed a new line').count()).toBe(2);
    await fits(b.page, 'partner-answers', DESKTOP);

    // He accepts the first; for the second he offers his own words.
    await bWaiting
      .getByRole('listitem')
      .filter({ hasText: HOME })
      .getByRole('button', { name: 'Accept' })
      .click();
    const lines = b.page.getByRole('region', { name: 'What we have written' });
    await lines.getByText(HOME).waitFor();
    await bWaiting
      .getByRole('listitem')
      .filter({ hasText: MONEY })
      .getByRole('button', { name: 'Suggest other words' })
      .click();
    const words = b.page.getByLabel('Your words for this line');
    expect(await words.inputValue()).toBe(MONEY);
    await words.fill(MONEY_BEN);
    await b.page.getByRole('button', { name: 'Send my words' }).click();
    await bWaiting.getByText('You proposed a new line').waitFor();
    await bWaiting.getByText(MONEY_BEN).waitFor();
    await bWaiting.getByText('Offered instead of:').waitFor();
    // He cannot accept his own words: only Ana can.
    expect(await bWaiting.getByRole('button', { name: 'Accept' }).count()).toBe(0);
    await fits(b.page, 'reworded', DESKTOP);

    // Ana accepts Ben's words.
    await a.page.reload();
    await waitForHeading(a.page, 'Our future');
    await aWaiting.getByText('Ben proposed a new line').waitFor();
    await aWaiting.getByText(MONEY_BEN).waitFor();
    await aWaiting.getByRole('button', { name: 'Accept' }).click();
    const aLines = a.page.getByRole('region', { name: 'What we have written' });
    await aLines.getByText(MONEY_BEN).waitFor();
    expect(await aWaiting.count()).toBe(0);

    // Ana signs the two lines; Ben has not yet.
    await a.page.getByRole('button', { name: 'Sign these lines' }).click();
    await a.page.getByText('You signed these lines.', { exact: false }).waitFor();
    await fits(a.page, 'signed-by-ana', PHONE);

    // Ben sees that she signed, and signs too.
    await b.page.goto(`${journey.baseUrl}/today`);
    await waitForHeading(b.page, 'Today');
    await b.page.getByRole('link', { name: 'Your partner signed your shared future' }).click();
    await waitForHeading(b.page, 'Our future');
    await b.page.getByText('Ana signed these lines.', { exact: false }).waitFor();
    await b.page.getByRole('button', { name: 'Sign these lines' }).click();
    await b.page.getByRole('heading', { name: 'Version 1, signed by you both' }).waitFor();

    // Both see version 1 as theirs, with its lines and its place in the history.
    for (const [person, own] of [
      [a, PHONE],
      [b, DESKTOP],
    ] as const) {
      await person.page.goto(`${journey.baseUrl}/vision`);
      await waitForHeading(person.page, 'Our future');
      await person.page.getByRole('heading', { name: 'Version 1, signed by you both' }).waitFor();
      const history = person.page.getByRole('region', { name: 'Every version, newest first' });
      await history.getByText('Version 1 · Signed by you both').click();
      await history.getByText(MONEY_BEN).waitFor();
      await history.getByText('The first version.').waitFor();
      await fits(person.page, person === a ? 'ours-ana' : 'ours-ben', own);
    }
    const bView = await b.page.evaluate(async () => (await fetch('/api/v1/vision')).json());
    expect(bView).toMatchObject({ current: { number: 1, ours: true }, pending: [] });
    expect([...a.problems, ...b.problems]).toEqual([]);
    expect([...a.blocked, ...b.blocked]).toEqual([]);
  });
});

// Journey: Today offers one small act (done, undo, skip) and, at first use, the private safety
// check. A answers it with a danger answer: resources, the quick exit, a plain note about couples
// work, and using Kintsugi alone, which pauses shared things for A only. B's screens do not change.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { goTo, waitForHeading } from './flows.ts';
import {
  checkA11y,
  DESKTOP,
  hasChromium,
  NEUTRAL_URL,
  noteIfSkipped,
  PHONE,
  screenshot,
} from './harness.ts';
import { useJourney } from './journey.ts';
import { settled, twoPartners } from './method-flows.ts';

noteIfSkipped('method-safety-today.test.ts');

async function mainText(page: Page): Promise<string> {
  await settled(page);
  return page.locator('main').innerText();
}

describe.skipIf(!hasChromium)('Journey: Today, and the private safety check', () => {
  const journey = useJourney();

  it('shows a small act that takes done and skip; a danger answer brings help and pauses shared things for that person only', async () => {
    const { a, b } = await twoPartners(journey.browser, journey.baseUrl, { a: PHONE, b: DESKTOP });

    // Today, for A: the safety check offered first, and one small act.
    await a.page.reload();
    await waitForHeading(a.page, 'Today');
    await settled(a.page);
    await a.page.getByRole('heading', { name: 'Before anything else: are you safe?' }).waitFor();
    await a.page.getByRole('heading', { name: 'One small thing for today' }).waitFor();
    await a.page.getByRole('heading', { name: 'Waiting for you' }).waitFor();
    await checkA11y(a.page, 'Today');
    await screenshot(a.page, 'method-today-01-phone', { fullPage: true });
    const act = await a.page.getByTestId('act-text').innerText();
    expect(act.length).toBeGreaterThan(10);

    await a.page.getByRole('button', { name: 'I did it' }).click();
    await a.page.getByText('Marked as done.').waitFor();
    await a.page.getByRole('button', { name: 'Undo' }).click();
    await a.page.getByRole('button', { name: 'Not today' }).click();
    await a.page.getByText("That's fine. There will be another small thing tomorrow.").waitFor();
    expect(await a.page.getByTestId('act-text').innerText()).toBe(act);
    expect(await mainText(a.page)).not.toMatch(/streak|\d+ (days|acts)|%/i);
    await a.page.reload();
    await a.page.getByRole('heading', { name: 'One small thing for today' }).waitFor();
    expect(await a.page.locator('main').innerText()).toContain(
      "That's fine. There will be another small thing tomorrow.",
    );

    // B sets the offer aside; B's Today is then what it is.
    await b.page.reload();
    await waitForHeading(b.page, 'Today');
    await settled(b.page);
    await b.page.getByRole('button', { name: 'Not now' }).click();
    await b.page
      .getByRole('heading', { name: 'Before anything else: are you safe?' })
      .waitFor({ state: 'detached' });
    await screenshot(b.page, 'method-today-02-desktop');
    await b.page.reload();
    const bTodayBefore = await mainText(b.page);
    await goTo(b.page, 'Path');
    await waitForHeading(b.page, 'Your path');
    const bPathBefore = await mainText(b.page);

    // A takes the check and answers one question with a danger answer.
    await a.page.getByRole('link', { name: 'Take the safety check' }).click();
    await waitForHeading(a.page, 'A private safety check');
    await settled(a.page);
    expect(await a.page.title()).toBe('Safety check · Kintsugi');
    await checkA11y(a.page, 'safety check');
    await screenshot(a.page, 'method-safety-01-check-phone');
    const question = (text: string) => a.page.getByRole('group', { name: text });
    await question(
      'Does your partner put you down, humiliate you, or control where you go, who you see, your phone or your money?',
    )
      .getByLabel('No', { exact: true })
      .check();
    await question('Are you ever afraid of your partner, or of what they might do?')
      .getByLabel('Yes', { exact: true })
      .check();
    await question(
      'Has your partner ever pressured or forced you into anything sexual you did not want?',
    )
      .getByLabel("I'd rather not say")
      .check();
    await question(
      'Has your partner ever hit, kicked, pushed, choked or otherwise physically hurt you?',
    )
      .getByLabel('No', { exact: true })
      .check();
    await a.page.getByRole('button', { name: 'Done', exact: true }).click();

    await a.page.getByRole('heading', { name: 'Your safety comes first' }).waitFor();
    await a.page.getByText('Couples exercises may not be safe for you right now.').waitFor();
    await a.page.getByRole('link', { name: '0808 2000 247' }).waitFor();
    await a.page.getByRole('button', { name: 'Quick exit now' }).waitFor();
    await checkA11y(a.page, 'safety check, danger');
    await a.page.emulateMedia({ colorScheme: 'dark' });
    await checkA11y(a.page, 'safety check, danger, dark');
    await a.page.emulateMedia({ colorScheme: 'light' });
    await screenshot(a.page, 'method-safety-02-danger-phone');
    await a.page.getByRole('button', { name: 'Use Kintsugi alone' }).click();
    await a.page.getByRole('button', { name: 'Stop using Kintsugi alone' }).waitFor();
    await a.page.setViewportSize(DESKTOP);
    await screenshot(a.page, 'method-safety-03-alone-desktop');
    await a.page.setViewportSize(PHONE);

    // Shared things pause for A: Today says so calmly; the path can be read but not marked.
    await goTo(a.page, 'Today');
    await waitForHeading(a.page, 'Today');
    await a.page.getByRole('heading', { name: "You're using Kintsugi alone" }).waitFor();
    // Shared places step aside in A's navigation only.
    const checkinsLink = (page: Page) =>
      page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Check-ins', exact: true });
    expect(await checkinsLink(a.page).count()).toBe(0);
    expect(
      await a.page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Journal', exact: true })
        .count(),
    ).toBeGreaterThan(0);
    expect(await a.page.getByRole('heading', { name: 'On your path' }).count()).toBe(0);
    await checkA11y(a.page, 'Today, alone');
    await goTo(a.page, 'Path');
    await waitForHeading(a.page, 'Your path');
    await settled(a.page);
    await a.page.getByText('Marking stages is paused for you right now.').waitFor();
    // Each stage says where A stands, and offers no way to change it while paused.
    await a.page.getByText('Your own mark: not yet').first().waitFor();
    expect(await a.page.getByRole('button', { name: 'Change my mark for Grieve' }).count()).toBe(0);
    expect(await a.page.getByRole('group', { name: 'Where are you with Grieve?' }).count()).toBe(0);
    await screenshot(a.page, 'method-safety-04-path-paused-phone');

    // Nothing changed for B, who can still mark stages.
    await b.page.reload();
    expect(await mainText(b.page)).toBe(bPathBefore);
    await goTo(b.page, 'Today');
    await waitForHeading(b.page, 'Today');
    const bTodayAfter = await mainText(b.page);
    expect(bTodayAfter).toBe(bTodayBefore);
    expect(bTodayAfter).not.toContain('Kintsugi alone'); // (a day's small act may say "alone")
    expect(await checkinsLink(b.page).count()).toBeGreaterThan(0);
    await goTo(b.page, 'Path');
    await waitForHeading(b.page, 'Your path');
    await settled(b.page);
    await b.page.getByRole('button', { name: 'Change my mark for Grieve' }).click();
    await b.page
      .getByRole('group', { name: 'Where are you with Grieve?' })
      .getByLabel('Working on it', { exact: true })
      .check();
    await b.page.getByText('Grieve: Working on it.').waitFor();

    // The check is always reachable from Support; its author can delete it; alone mode turns off.
    await a.page.goto('/support');
    await waitForHeading(a.page, 'Support and safety');
    // The same helplines as the danger panel's, here one country at a time.
    const uk = a.page.getByRole('link', { name: '0808 2000 247' });
    expect(await uk.isVisible()).toBe(false);
    await a.page.getByText('United Kingdom', { exact: true }).click();
    await uk.waitFor();
    await a.page.getByRole('link', { name: 'Open the safety check' }).click();
    await waitForHeading(a.page, 'A private safety check');
    await settled(a.page);
    await a.page.getByRole('button', { name: /Delete the check from/ }).click();
    await a.page.getByRole('button', { name: 'Yes, delete it' }).click();
    await a.page
      .getByRole('heading', { name: 'Your earlier checks' })
      .waitFor({ state: 'detached' });
    await a.page.getByRole('button', { name: 'Stop using Kintsugi alone' }).click();
    await a.page.getByRole('button', { name: 'Use Kintsugi alone' }).waitFor();
    await goTo(a.page, 'Today');
    await waitForHeading(a.page, 'Today');
    await a.page.getByRole('heading', { name: 'On your path' }).waitFor();
    expect(await checkinsLink(a.page).count()).toBeGreaterThan(0);

    // The quick exit from the danger panel leaves at once.
    await a.page.goto('/support/safety');
    await settled(a.page);
    await a.page
      .getByRole('group', {
        name: 'Are you ever afraid of your partner, or of what they might do?',
      })
      .getByLabel('Sometimes')
      .check();
    for (const q of [
      'Does your partner',
      'Has your partner ever pressured',
      'Has your partner ever hit',
    ]) {
      await a.page
        .getByRole('group', { name: new RegExp(`^${q}`) })
        .getByLabel('No', { exact: true })
        .check();
    }
    await a.page.getByRole('button', { name: 'Done', exact: true }).click();
    await a.page.getByRole('button', { name: 'Quick exit now' }).click();
    await a.page.waitForURL(NEUTRAL_URL);

    expect([...a.blocked, ...b.blocked]).toEqual([]);
    await a.context.close();
    await b.context.close();
  });
});

// Journey: both partners reflect privately; A shares one pattern; B sees exactly that and
// nothing about the rest; A takes it back and it is gone. axe on every reflection screen.
import { describe, expect, it } from 'vitest';
import { waitForHeading } from './flows.ts';
import { checkA11y, DESKTOP, hasChromium, noteIfSkipped, PHONE, screenshot } from './harness.ts';
import { useJourney } from './journey.ts';
import { answerReflection, settled, twoPartners } from './method-flows.ts';

noteIfSkipped('method-reflection.test.ts');

describe.skipIf(!hasChromium)('Journey: private reflection, shared on purpose', () => {
  const journey = useJourney();

  it('both reflect; A shares one pattern; B sees exactly that, and it disappears on unshare', async () => {
    const { a, b } = await twoPartners(journey.browser, journey.baseUrl, { a: PHONE, b: DESKTOP });

    // A reflects, on a phone.
    await a.page.goto('/reflection');
    await waitForHeading(a.page, 'Your private reflection');
    await settled(a.page);
    await checkA11y(a.page, 'reflection intro');
    await screenshot(a.page, 'method-reflection-01-intro-phone');
    await a.page.getByRole('button', { name: 'Start the reflection' }).click();
    await checkA11y(a.page, 'reflection form');
    await screenshot(a.page, 'method-reflection-02-form-phone');
    // Going on without answering says what is missing.
    await a.page.getByRole('button', { name: 'Next' }).click();
    await a.page
      .getByRole('alert')
      .filter({ hasText: 'Choose an answer for each statement' })
      .first()
      .waitFor();
    await answerReflection(a.page, [5, 4, 1, 2], 'PLANTED-NOTE-DISTANCE');
    await checkA11y(a.page, 'reflection result');
    await screenshot(a.page, 'method-reflection-03-result-phone', { fullPage: true });
    expect(await a.page.title()).toBe('Reflection · Kintsugi');

    // A's stance, kept private.
    await a.page.getByLabel('I broke the trust').check();
    await a.page.getByRole('button', { name: 'Save', exact: true }).click();
    await a.page.getByText('Only you can see this.', { exact: true }).waitFor();

    // B reflects too, on a laptop, and sees nothing of A's yet.
    await b.page.goto('/reflection');
    await waitForHeading(b.page, 'Your private reflection');
    await settled(b.page);
    const partnerBox = b.page.locator('section', {
      has: b.page.getByRole('heading', { name: 'What Ari shared with you' }),
    });
    await partnerBox.getByText('Nothing here yet.').waitFor();
    const before = await partnerBox.innerText();
    await b.page.getByRole('button', { name: 'Start the reflection' }).click();
    await answerReflection(b.page, [2, 5, 3, 1]);
    await screenshot(b.page, 'method-reflection-04-result-desktop');

    // A shares one pattern only.
    await a.page
      .getByRole('button', { name: 'Share "Emotional distance" with your partner' })
      .click();
    await a.page.getByText('Saved. Your partner sees exactly what is marked as shared.').waitFor();

    await b.page.reload();
    await settled(b.page);
    const box = b.page.locator('section', {
      has: b.page.getByRole('heading', { name: 'What Ari shared with you' }),
    });
    await box.getByText('Emotional distance').waitFor();
    const shown = await box.innerText();
    expect(shown).toContain('This speaks to them strongly.');
    for (const hidden of [
      'Insecurity',
      'Secrecy',
      'Infidelity',
      'broke the trust',
      'PLANTED-NOTE-DISTANCE',
    ])
      expect(shown).not.toContain(hidden);
    await checkA11y(b.page, 'reflection with a shared pattern');
    await b.page.emulateMedia({ colorScheme: 'dark' });
    await checkA11y(b.page, 'reflection with a shared pattern, dark');
    await screenshot(b.page, 'method-reflection-05-partner-shared-dark-desktop');
    await b.page.emulateMedia({ colorScheme: 'light' });
    await screenshot(b.page, 'method-reflection-05-partner-shared-desktop');
    await b.page.setViewportSize(PHONE);
    await screenshot(b.page, 'method-reflection-05-partner-shared-phone');

    // A takes it back: gone on the next request, and B's view is as before.
    await a.page.getByRole('button', { name: 'Stop sharing "Emotional distance"' }).click();
    await a.page.getByText('Saved. Your partner sees exactly what is marked as shared.').waitFor();
    await b.page.reload();
    await settled(b.page);
    const after = b.page.locator('section', {
      has: b.page.getByRole('heading', { name: 'What Ari shared with you' }),
    });
    await after.getByText('Nothing here yet.').waitFor();
    expect(await after.innerText()).toBe(before);

    // Retake: the earlier result stays in A's history.
    await a.page.getByRole('button', { name: 'Take it again' }).click();
    await answerReflection(a.page, [3, 3, 3, 3]);
    await a.page.getByRole('heading', { name: 'Earlier reflections' }).waitFor();
    await a.page.setViewportSize(DESKTOP);
    await checkA11y(a.page, 'reflection with history');
    await screenshot(a.page, 'method-reflection-06-history-desktop');

    expect([...a.blocked, ...b.blocked]).toEqual([]);
    await a.context.close();
    await b.context.close();
  });
});

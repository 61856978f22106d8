// Journey: the small act fits the person holding the phone. A says they were hurt and gets no
// act meant for the one who broke trust; A then answers the private safety check with a danger
// answer and chooses to use Kintsugi alone: Today offers only an act for A, pointing to safety
// and support. B, in the other browser, sees nothing of any of it.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { smallActById } from '../src/content/small-acts.ts';
import { goTo, lookAt, pairUp, waitForHeading } from './flows.ts';
import { hasChromium, noteIfSkipped, PHONE } from './harness.ts';
import { useJourney } from './journey.ts';
import { answerReflection, settled } from './method-flows.ts';

noteIfSkipped('acts-solo.test.ts');
const look = lookAt('acts-solo');

interface Act {
  id: string;
  text: string;
  audience: string;
  toward: string;
}
/** Today as the page's own API answers it (same origin, the person's own cookie). */
const todayAct = (page: Page) =>
  page.evaluate(
    async () =>
      (await (await fetch('/api/v1/today', { credentials: 'same-origin' })).json()).act as Act,
  );

async function mainText(page: Page): Promise<string> {
  await settled(page);
  return page.locator('main').innerText();
}

describe.skipIf(!hasChromium)(
  'Journey: acts that fit the person, and Today when using Kintsugi alone',
  () => {
    const journey = useJourney();

    it('gives the hurt partner no act of the other role, and after a danger answer only acts for themselves', async () => {
      const { a, b } = await pairUp(journey.browser, journey.baseUrl);

      // B's Today, once the offer of the check is set aside, is what it is.
      await b.page.reload();
      await waitForHeading(b.page, 'Today');
      await settled(b.page);
      await b.page.getByRole('button', { name: 'Not now' }).click();
      await b.page
        .getByRole('heading', { name: 'Before anything else: are you safe?' })
        .waitFor({ state: 'detached' });
      await b.page.reload();
      const bBefore = await mainText(b.page);

      // A reflects and says, privately, that they were hurt.
      await a.page.goto('/reflection');
      await waitForHeading(a.page, 'Your private reflection');
      await settled(a.page);
      await a.page.getByRole('button', { name: 'Start the reflection' }).click();
      await answerReflection(a.page, [2, 4, 2, 3]);
      await a.page.getByLabel('I was hurt').check();
      await a.page.getByRole('button', { name: 'Save', exact: true }).click();
      await a.page.getByText('Only you can see this.', { exact: true }).waitFor();
      await goTo(a.page, 'Today');
      await waitForHeading(a.page, 'Today');
      await settled(a.page);
      const hurtAct = await todayAct(a.page);
      expect(['hurt', 'anyone']).toContain(hurtAct.audience);
      expect(await a.page.getByTestId('act-text').innerText()).toBe(hurtAct.text);

      // A takes the check from Today and answers one question with a danger answer.
      await a.page.getByRole('link', { name: 'Take the safety check' }).click();
      await waitForHeading(a.page, 'A private safety check');
      await settled(a.page);
      const answer = (question: string, label: string) =>
        a.page
          .getByRole('group', { name: new RegExp(`^${question}`) })
          .getByLabel(label, { exact: true })
          .check();
      await answer('Does your partner', 'No');
      await answer('Are you ever afraid', 'Yes');
      await answer('Has your partner ever pressured', 'No');
      await answer('Has your partner ever hit', 'No');
      await a.page.getByRole('button', { name: 'Done', exact: true }).click();
      await a.page.getByRole('heading', { name: 'Your safety comes first' }).waitFor();
      await a.page.getByRole('button', { name: 'Use Kintsugi alone' }).click();
      await a.page.getByRole('button', { name: 'Stop using Kintsugi alone' }).waitFor();

      // Today, alone: one act, for A, pointing to safety and support; nothing about the path.
      await goTo(a.page, 'Today');
      await waitForHeading(a.page, 'Today');
      await a.page.getByRole('heading', { name: "You're using Kintsugi alone" }).waitFor();
      await settled(a.page);
      const soloAct = await todayAct(a.page);
      expect(soloAct.toward).toBe('self');
      expect(['safety', 'support']).toContain(smallActById(soloAct.id)?.care);
      const card = a.page.locator('.act-card');
      expect(await card.getByTestId('act-text').innerText()).toBe(soloAct.text);
      await card.getByText('This one is just for you.').waitFor();
      expect(await card.innerText()).not.toMatch(/your partner|together|streak/i);
      expect(await a.page.getByRole('heading', { name: 'On your path' }).count()).toBe(0);
      await look(a.page, 'today-alone', PHONE);

      // Done works as on any day, and the act stays what it is.
      await card.getByRole('button', { name: 'I did it' }).click();
      await a.page.getByText('Marked as done.').waitFor();
      await a.page.reload();
      await settled(a.page);
      expect(await a.page.getByTestId('act-text').innerText()).toBe(soloAct.text);

      // B's Today has not changed by a single character.
      await b.page.reload();
      await waitForHeading(b.page, 'Today');
      const bAfter = await mainText(b.page);
      expect(bAfter).toBe(bBefore);
      expect(bAfter).not.toMatch(/Kintsugi alone|safety check|I was hurt/);
      await look(b.page, 'partner-today', { width: 1280, height: 800 });

      expect([...a.blocked, ...b.blocked, ...a.problems, ...b.problems]).toEqual([]);
      await a.context.close();
      await b.context.close();
    });
  },
);

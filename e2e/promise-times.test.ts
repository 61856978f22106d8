// Journey: a promise's time, said plainly. A promise with no time offers "Change it", not "Change
// it before the time"; "It has a time" is not followed by "Optional"; and marking a promise kept
// after its time first asks whether it happened by then (decision 120). On a phone, axe clean.
import { describe, expect, it } from 'vitest';
import { goTo, lookAt, signUpFromWelcome, waitForHeading } from './flows.ts';
import { hasChromium, noteIfSkipped, PHONE, uniqueEmail } from './harness.ts';
import { useJourney } from './journey.ts';

noteIfSkipped('promise-times.test.ts');

const look = lookAt('promise-times');

describe.skipIf(!hasChromium)('Journey: a promise and its time', () => {
  const journey = useJourney();

  it('offers the right change, and asks before a late "I kept it"', async () => {
    const a = await journey.person({ viewport: PHONE });
    const page = a.page;
    // A clock of the page's own, so we can be "later tonight" without waiting for it.
    await page.clock.install();
    await signUpFromWelcome(page, {
      email: uniqueEmail('ada'),
      name: 'Ada',
      password: 'a long walk by the sea',
    });
    await page.getByRole('button', { name: 'Create our space' }).click();
    await goTo(page, 'Promises');
    await waitForHeading(page, 'Promises');

    // No time: it can be changed, with no talk of "before the time".
    await page.getByLabel('I promise to…').fill('Text you when I leave work');
    await page.getByRole('button', { name: 'Make this promise' }).click();
    const untimed = page.getByRole('listitem').filter({ hasText: 'Text you when I leave work' });
    await untimed.getByRole('button', { name: 'Change it', exact: true }).waitFor();
    expect(await page.getByRole('button', { name: 'Change it before the time' }).count()).toBe(0);

    // With a time: the field's hint does not call it optional.
    await page.getByLabel('I promise to…').fill('Be home by 7 tonight');
    await page.getByLabel('It has a time').check();
    const when = page.getByLabel('When');
    await when.waitFor();
    expect(await page.locator('#promise-when-hint').textContent()).not.toMatch(/optional/i);
    const soon = await page.evaluate(() => {
      const d = new Date(Date.now() + 10 * 60_000);
      const pad = (n: number) => String(n).padStart(2, '0');
      return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
    });
    await when.fill(soon);
    await page.getByRole('button', { name: 'Make this promise' }).click();
    const timed = page.getByRole('listitem').filter({ hasText: 'Be home by 7 tonight' });
    await timed.getByRole('button', { name: 'Change it before the time' }).waitFor();

    // Hours later, "I kept it" asks first; "No, not by then" leads to the honest, kind answer.
    await page.clock.fastForward('05:00:00');
    await timed.getByRole('button', { name: 'I kept it' }).click();
    const ask = timed.getByRole('group', { name: 'Its time has passed' });
    await ask.getByText('Did it happen by then?').waitFor();
    expect(await timed.getByText('Kept', { exact: true }).count()).toBe(0);
    await look(page, 'late-ask', PHONE);
    await ask.getByRole('button', { name: 'No, not by then' }).click();
    await timed.getByRole('group', { name: "It didn't happen" }).waitFor();
    await timed.getByRole('button', { name: 'Cancel' }).click();

    // Saying it did happen by then keeps it.
    await timed.getByRole('button', { name: 'I kept it' }).click();
    await timed.getByRole('button', { name: 'Yes, by then' }).click();
    await page.getByText('Marked as kept.').waitFor();

    expect(a.problems).toEqual([]);
    await a.context.close();
  });
});

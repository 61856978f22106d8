// Journey: a long journal. A person writes more than a page of entries (through the API, from the
// page itself, as the app would), opens the journal, and with "Show older entries" reaches the
// very first one: each press appends the next page, focus lands on the first entry it brought,
// the live region says how many came, and the button goes once nothing is older. axe on the
// list with an older page shown.
import { describe, expect, it } from 'vitest';
import { goTo, signUpFromWelcome, waitForHeading } from './flows.ts';
import { checkA11y, hasChromium, noteIfSkipped, uniqueEmail, type Person } from './harness.ts';
import { useJourney } from './journey.ts';

noteIfSkipped('journal-show-older.test.ts');

const ENTRIES = 65; // two full pages of 30 and five more

describe.skipIf(!hasChromium)('Journey: show older journal entries, back to the first', () => {
  let me: Person;

  const journey = useJourney();

  it('reaches the first entry a page at a time, with focus and a spoken count', async () => {
    me = await journey.person();
    await signUpFromWelcome(me.page, {
      email: uniqueEmail('long-journal'),
      name: 'Robin',
      password: 'a long enough phrase',
    });
    const written = await me.page.evaluate(async (count) => {
      let ok = 0;
      for (let i = 1; i <= count; i++) {
        const res = await fetch('/api/v1/journal', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'idempotency-key': `entry-${i}` },
          body: JSON.stringify({ body: `Entry number ${i} of the long winter.` }),
        });
        if (res.status === 201) ok++;
      }
      return ok;
    }, ENTRIES);
    expect(written).toBe(ENTRIES);

    await goTo(me.page, 'Journal');
    await waitForHeading(me.page, 'Journal');
    const entries = me.page.getByRole('link', { name: /Entry number \d+ of/ });
    await expect.poll(() => entries.count()).toBe(30);
    await expect.poll(() => entries.first().textContent()).toContain(`Entry number ${ENTRIES} of`);
    expect(await me.page.getByText('Entry number 1 of the long winter.').count()).toBe(0);

    const older = me.page.getByRole('button', { name: 'Show older entries' });
    const status = me.page.locator('.show-older [role="status"]');

    await older.click();
    await expect.poll(() => entries.count()).toBe(60);
    await expect.poll(() => status.textContent()).toBe('30 older entries loaded.');
    await expect
      .poll(() => me.page.evaluate(() => document.activeElement?.textContent ?? ''))
      .toContain(`Entry number ${ENTRIES - 30} of`);
    await checkA11y(me.page, 'journal with older entries');

    // The keyboard path: the button is the next stop after the list, Enter loads the rest.
    await older.focus();
    await me.page.keyboard.press('Enter');
    await expect.poll(() => entries.count()).toBe(ENTRIES);
    await expect.poll(() => status.textContent()).toBe('5 older entries loaded.');
    await expect
      .poll(() => me.page.evaluate(() => document.activeElement?.textContent ?? ''))
      .toContain(`Entry number 5 of`);
    await expect.poll(() => older.count()).toBe(0);
    await expect(entries.last().textContent()).resolves.toContain('Entry number 1 of the');

    const texts = await entries.allTextContents();
    const numbers = texts.map((t) => Number(/Entry number (\d+)/.exec(t)?.[1]));
    expect(numbers).toEqual(Array.from({ length: ENTRIES }, (_, i) => ENTRIES - i));
    expect(me.problems).toEqual([]);
  });
});

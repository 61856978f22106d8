// Journey: the app lock on a shared phone (issue 15, decision 132). Noa sets a PIN on the
// account screen, writes in the private journal, and locks the app: the page forgets what it
// held and shows only the lock screen, a reload and a new tab show the lock too, and the API
// answers 423. A wrong PIN is refused, the right one opens it. Left alone for the idle time, the
// app locks by itself. With the quick exit set to lock, the exit leaves the neutral page, and
// the site opened again (or Back to an entry pushed by hand) shows the lock, never the journal.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { goTo, openSection, signUpFromWelcome, waitForHeading, type Account } from './flows.ts';
import {
  checkA11y,
  screenshot,
  hasChromium,
  NEUTRAL_URL,
  noteIfSkipped,
  PHONE,
  uniqueEmail,
} from './harness.ts';
import { useJourney } from './journey.ts';

noteIfSkipped('app-lock.test.ts');

const SECRET = 'PLANTED-APP-LOCK-5519';
const PIN = '482916';
const LOCKED = 'Kintsugi is locked';

/** What the page shows, text fields' values included. */
function everythingShown(page: Page): Promise<string> {
  return page.evaluate(() =>
    [
      document.body.innerText,
      ...[...document.querySelectorAll('input, textarea')].map(
        (el) => (el as HTMLInputElement).value,
      ),
    ].join('\n'),
  );
}

async function writeSecret(page: Page): Promise<void> {
  await goTo(page, 'Journal');
  await waitForHeading(page, 'Journal');
  await page.getByRole('link', { name: 'Write an entry' }).click();
  await waitForHeading(page, 'New journal entry');
  await page.getByLabel('What you want to write').fill(`${SECRET}. Nobody else should see this.`);
  await page.getByRole('button', { name: 'Save entry' }).click();
  await waitForHeading(page, 'Journal entry');
  await expect.poll(() => everythingShown(page)).toContain(SECRET);
}

/** The lock screen is all there is: no private word in the page, its source or its fields. */
async function expectOnlyTheLock(page: Page): Promise<void> {
  await waitForHeading(page, LOCKED);
  expect(await everythingShown(page)).not.toContain(SECRET);
  expect(await page.content()).not.toContain(SECRET);
  expect(await page.getByRole('navigation', { name: 'Main' }).count()).toBe(0);
}

async function unlock(page: Page, pin: string): Promise<void> {
  await page.getByLabel('PIN or passphrase').fill(pin);
  await page.getByRole('button', { name: 'Open', exact: true }).click();
}

describe.skipIf(!hasChromium)('Journey: the app lock on a shared device', () => {
  const journey = useJourney();

  it('sets a PIN, locks, stays locked on reload and in a new tab, and opens with the PIN', async () => {
    const noa: Account = {
      email: uniqueEmail('noa'),
      name: 'Noa',
      password: 'a quiet river at dawn',
    };
    const a = await journey.person({ viewport: PHONE });
    await signUpFromWelcome(a.page, noa);

    // No lock yet: no Lock button.
    expect(await a.page.getByRole('button', { name: 'Lock', exact: true }).count()).toBe(0);
    await goTo(a.page, 'Account');
    // The app lock is one of the account's sections that open on demand (decision 140).
    await openSection(a.page, 'App lock');
    await a.page.getByLabel('New PIN or passphrase').fill(PIN);
    await a.page.getByLabel('The same PIN again').fill(PIN);
    await a.page.getByLabel('Your current password').first().fill(noa.password);
    await a.page.getByRole('button', { name: 'Turn on the app lock' }).click();
    await a.page.getByText('The app lock is on. Use Lock at the top').waitFor();
    await checkA11y(a.page, 'account with the app lock on');
    await a.page.getByRole('button', { name: 'Lock', exact: true }).waitFor();
    await screenshot(a.page, 'app-lock-01-account-phone');

    await writeSecret(a.page);
    // A second tab with the journal open forgets it too, at once.
    const other = await a.context.newPage();
    await other.goto(a.page.url());
    await waitForHeading(other, 'Journal entry');
    await expect.poll(() => everythingShown(other)).toContain(SECRET);
    await a.page.getByRole('button', { name: 'Lock', exact: true }).click();
    await expectOnlyTheLock(a.page);
    await expectOnlyTheLock(other);
    await checkA11y(a.page, 'lock screen');

    await a.page.reload();
    await expectOnlyTheLock(a.page);
    await other.goto('/journal');
    await expectOnlyTheLock(other);
    const statuses = await other.evaluate(async () => ({
      journal: (await fetch('/api/v1/journal', { credentials: 'same-origin' })).status,
      me: (await fetch('/api/v1/me', { credentials: 'same-origin' })).status,
    }));
    expect(statuses).toEqual({ journal: 423, me: 423 });
    await other.close();

    await unlock(a.page, '000000');
    await a.page.getByText("That isn't your PIN.").first().waitFor();
    await expectOnlyTheLock(a.page);
    await unlock(a.page, PIN);
    await a.page.getByRole('heading', { level: 1, name: 'Journal entry' }).waitFor();
    await expect.poll(() => everythingShown(a.page)).toContain(SECRET);

    expect(a.blocked).toEqual([]);
    expect(a.problems).toEqual([]);
    await a.context.close();
  });

  it('locks by itself after the idle time, and the quick exit set to lock leaves only the lock', async () => {
    const sam: Account = {
      email: uniqueEmail('sam'),
      name: 'Sam',
      password: 'a quiet river at dawn',
    };
    const a = await journey.person({ viewport: PHONE });
    // The page's own clock, so a minute of idleness takes no minute of the test.
    await a.context.clock.install();
    await signUpFromWelcome(a.page, sam);
    await goTo(a.page, 'Account');
    await openSection(a.page, 'App lock');
    await a.page.getByLabel('New PIN or passphrase').fill(PIN);
    await a.page.getByLabel('The same PIN again').fill(PIN);
    await a.page.getByLabel('Your current password').first().fill(sam.password);
    await a.page.getByRole('button', { name: 'Turn on the app lock' }).click();
    await a.page.getByRole('radio', { name: '1 minute' }).check();
    await a.page.getByRole('radio', { name: 'Locks the app' }).check();
    await a.page.getByRole('button', { name: 'Save these choices' }).click();
    await a.page.getByText('Saved.').waitFor();

    await writeSecret(a.page);
    await a.page.clock.fastForward('01:05');
    await expectOnlyTheLock(a.page);
    await unlock(a.page, PIN);
    await a.page.getByRole('heading', { level: 1, name: 'Journal entry' }).waitFor();

    // Evidence for decision 005/132: an entry pushed by hand, then the quick exit in lock mode.
    await a.page.evaluate(() => history.pushState({}, '', '/journal'));
    await a.page.getByRole('button', { name: 'Quick exit' }).first().click();
    await a.page.waitForURL(NEUTRAL_URL);
    const stored = await a.context.newPage();
    await stored.goto(journey.baseUrl + '/journal');
    await expectOnlyTheLock(stored);
    expect(await stored.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
    await stored.close();
    // Back reaches the pushed app entry (the trace decision 005 keeps out), but only the lock shows.
    await a.page.goBack();
    expect(new URL(a.page.url()).origin).toBe(journey.baseUrl);
    await expectOnlyTheLock(a.page);

    expect(a.blocked).toEqual([]);
    expect(a.problems).toEqual([]);
    await a.context.close();
  });

  it('signs the device out after five wrong PINs, and says why', async () => {
    const kim: Account = {
      email: uniqueEmail('kim'),
      name: 'Kim',
      password: 'a quiet river at dawn',
    };
    const a = await journey.person({ viewport: PHONE });
    await signUpFromWelcome(a.page, kim);
    await goTo(a.page, 'Account');
    await openSection(a.page, 'App lock');
    await a.page.getByLabel('New PIN or passphrase').fill('blue kettle song');
    await a.page.getByLabel('The same PIN again').fill('blue kettle song');
    await a.page.getByLabel('Your current password').first().fill(kim.password);
    await a.page.getByRole('button', { name: 'Turn on the app lock' }).click();
    await a.page.getByText('The app lock is on. Use Lock at the top').waitFor();
    await a.page.getByRole('button', { name: 'Lock', exact: true }).click();
    await expectOnlyTheLock(a.page);
    for (let i = 0; i < 4; i++) {
      await unlock(a.page, `wrong guess ${i}`);
      await a.page
        .getByText(i === 3 ? 'One more wrong try' : `${4 - i} tries left`)
        .first()
        .waitFor();
    }
    await unlock(a.page, 'wrong guess 4');
    await waitForHeading(a.page, 'Welcome back');
    await a.page.getByText('Too many wrong tries, so this device was signed out.').waitFor();
    expect(
      await a.page.evaluate(
        async () => (await fetch('/api/v1/me', { credentials: 'same-origin' })).status,
      ),
    ).toBe(401);
    expect(a.problems).toEqual([]);
    await a.context.close();
  });
});

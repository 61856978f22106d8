// Journey: the account page and promises on a phone (issue 16, decision 140). Two partners, one
// in the light theme and one in the dark, both at 390×844. The account page is short: who I am and
// signing out stay open, every other section opens on demand, by its opening line (keyboard too)
// or by its own address (`/account#reminders`, as a link from another screen or a mail would),
// which opens it, brings it into view and gives it focus. Promises with a week of a few promises,
// kept, missed and noticed, fit as well. Each screen: no taller than 2,600 px, axe, screenshots.
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { goTo, lookAt, openSection, pairUp, waitForHeading } from './flows.ts';
import { hasChromium, noteIfSkipped, PHONE, screenshot, type Person } from './harness.ts';
import { useJourney } from './journey.ts';
import { settled } from './method-flows.ts';

noteIfSkipped('account-phone.test.ts');

/** About three phone screens at 390 px wide: the most any page may ask anyone to scroll. */
const MOST = 2600;
const look = lookAt('account-phone');
const heights: [string, number][] = [];

/** Every section of the account page that opens on demand: its address and its heading. */
const SECTIONS: readonly [string, string][] = [
  ['reminders', 'Reminders'],
  ['app-lock', 'App lock'],
  ['password', 'Change your password'],
  ['email', 'Email'],
  ['passkeys', 'Passkeys and sign-in codes'],
  ['devices', 'Where you are signed in'],
  ['activity', 'Account activity'],
  ['your-data', 'Your data'],
  ['delete', 'Delete your account'],
];

async function height(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollHeight);
}

/** The page as it settled: no taller than MOST; then axe and the screenshots. */
async function fits(page: Page, name: string): Promise<void> {
  await settled(page);
  const h = await height(page);
  heights.push([name, h]);
  expect.soft(h, `"${name}" is ${h}px tall at 390×844`).toBeLessThanOrEqual(MOST);
  await look(page, name, PHONE);
  await screenshot(page, `account-phone-${name}-phone-full`, { fullPage: true });
}

/** The ids of the sections that are open. */
const openOnes = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('section.fold-section')]
      .filter((s) => s.querySelector('details')?.open)
      .map((s) => s.id),
  );

/** The id of the section whose opening line has focus, if any. */
const focusedSection = (page: Page) =>
  page.evaluate(() =>
    document.activeElement?.tagName === 'SUMMARY'
      ? (document.activeElement.closest('section')?.id ?? null)
      : null,
  );

describe.skipIf(!hasChromium)('Journey: the account page and promises, on two phones', () => {
  let a: Person;
  let b: Person;

  const journey = useJourney();

  afterAll(() => {
    if (heights.length) {
      console.log(heights.map(([name, h]) => `${String(h).padStart(5)} px  ${name}`).join('\n'));
    }
  });

  it('the account page is short; each section opens on demand, by keyboard too', async () => {
    // A in the light theme, B in the dark, both on a phone.
    ({ a, b } = await pairUp(journey.browser, journey.baseUrl));
    await b.page.setViewportSize(PHONE);
    for (const [person, who] of [
      [a, 'a'],
      [b, 'b'],
    ] as const) {
      const page = person.page;
      await goTo(page, 'Account');
      await waitForHeading(page, 'Your account');
      // Who I am and signing out are open; everything else waits to be opened.
      await page
        .getByRole('region', { name: 'Your details' })
        .getByText(who === 'a' ? 'Ana' : 'Ben', { exact: true })
        .waitFor();
      await page
        .getByRole('region', { name: 'Sign out' })
        .getByRole('button', { name: 'Sign out' })
        .waitFor();
      expect(await openOnes(page)).toEqual([]);
      for (const [, name] of SECTIONS) {
        await page.getByRole('heading', { level: 2, name, exact: true }).waitFor();
      }
      await fits(page, `${who}-account`);
    }

    // Keyboard only: Tab reaches an opening line, Enter opens it and Enter closes it again.
    const page = a.page;
    const summary = page.locator('#app-lock summary');
    await summary.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => openOnes(page)).toEqual(['app-lock']);
    await page.getByLabel('New PIN or passphrase').waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(() => openOnes(page)).toEqual([]);
    await page.keyboard.press('Tab');
    expect(await focusedSection(page)).toBe('password');

    // Opened, a section reads as it did before it folded: the password form says what is wrong.
    const password = await openSection(page, 'Change your password');
    await password.getByRole('button', { name: 'Change password' }).click();
    await password.locator('.field-error').first().waitFor();
    await fits(page, 'a-account-password-open');
  }, 240_000);

  it('each section has its own address: arriving there opens it, in view, with focus', async () => {
    for (const [person, who] of [
      [a, 'a'],
      [b, 'b'],
    ] as const) {
      const page = person.page;
      for (const [id, name] of SECTIONS) {
        // A fresh arrival, as from a link in a mail.
        await page.goto('about:blank');
        await page.goto(`/account#${id}`);
        await waitForHeading(page, 'Your account');
        await expect.poll(() => openOnes(page)).toEqual([id]);
        await expect.poll(() => focusedSection(page)).toBe(id);
        const heading = page.getByRole('heading', { level: 2, name, exact: true });
        await expect
          .poll(() => heading.evaluate((h) => h.getBoundingClientRect().top))
          .toBeLessThan(PHONE.height / 2);
        await settled(page);
        if (who === 'b' || id === 'reminders' || id === 'delete') {
          await look(page, `${who}-${id}`, PHONE);
        }
      }
    }

    // Already on the page, a link to another section opens that one too, and takes focus there.
    const page = a.page;
    await page.goto('about:blank');
    await page.goto('/account#password');
    await expect.poll(() => focusedSection(page)).toBe('password');
    await page.goto('/account#devices');
    await expect.poll(() => openOnes(page)).toEqual(['password', 'devices']);
    await expect.poll(() => focusedSection(page)).toBe('devices');
    await page
      .getByRole('list', { name: 'Where you are signed in' })
      .getByText('This device')
      .waitFor();

    // A link inside the app opens its section too: the unsubscribe page's "Go to your account"
    // goes to /account#reminders (reminders.test.ts follows it and uses the section it opened).

    expect([...a.blocked, ...b.blocked]).toEqual([]);
    expect([...a.problems, ...b.problems]).toEqual([]);
  }, 240_000);

  it('promises with a few of them, kept, missed and noticed, fit a phone for both', async () => {
    const origin = journey.baseUrl;
    const make = async (page: Page, text: string, extra: Record<string, unknown> = {}) => {
      const res = await page.request.post('/api/v1/promises', {
        headers: { origin },
        data: { text, ...extra },
      });
      expect(res.status()).toBe(201);
      return (await res.json()) as { id: string; version: number };
    };
    const act = async (
      page: Page,
      p: { id: string; version: number },
      body: Record<string, unknown>,
    ) => {
      const res = await page.request.post(`/api/v1/promises/${p.id}/actions`, {
        headers: { origin },
        data: { version: p.version, ...body },
      });
      expect(res.status()).toBe(200);
      return (await res.json()) as { id: string; version: number };
    };
    const inTwoDays = new Date(Date.now() + 2 * 86_400_000).toISOString();

    // Ana: four promises, one with a time, one private; one kept and noticed, one missed and mended.
    await make(a.page, 'I will call before I leave work on Thursday', { dueAt: inTwoDays });
    await make(a.page, 'I will put my phone away at dinner', { visibility: 'private' });
    const kept = await act(a.page, await make(a.page, 'I will tell you when plans change'), {
      action: 'keep',
    });
    await act(a.page, await make(a.page, 'I will ask how your day was, and listen'), {
      action: 'miss',
      note: 'I forgot on Tuesday. I will ask tonight, with the phone in the other room.',
    });
    await act(b.page, kept, { action: 'notice', note: 'Thank you. It helped.' });
    // Ben: two promises, one kept and noticed.
    await make(b.page, 'I will cook on Friday');
    const his = await act(b.page, await make(b.page, 'I will say when I need a pause'), {
      action: 'keep',
    });
    await act(a.page, his, { action: 'notice' });

    for (const [person, who] of [
      [a, 'a'],
      [b, 'b'],
    ] as const) {
      const page = person.page;
      await goTo(page, 'Promises');
      await waitForHeading(page, 'Promises');
      await page.getByText('I will cook on Friday').waitFor();
      // The ledger has come (it waits, folded, below the promises).
      await page.locator('#ledger figure').first().waitFor({ state: 'attached' });
      // Both have made promises: the form waits behind its opening line, the promises come first.
      expect(await openOnes(page)).toEqual([]);
      await fits(page, `${who}-promises-few`);
    }

    // The ledger and the form each open with one tap.
    const page = a.page;
    const ledger = await openSection(page, 'The reliability ledger');
    await ledger.getByRole('figure', { name: 'Your promises, week by week' }).waitFor();
    await ledger.getByLabel('Let your partner see the promises you missed').waitFor();
    await look(page, 'a-promises-ledger-open', PHONE);
    const form = await openSection(page, 'Make a promise');
    await form.getByLabel('I promise to…').fill('I will walk with you on Sunday');
    await form.getByRole('button', { name: 'Make this promise' }).click();
    await page.getByText('Promise made.').waitFor();
    await page.getByText('I will walk with you on Sunday').waitFor();

    expect([...a.blocked, ...b.blocked]).toEqual([]);
    expect([...a.problems, ...b.problems]).toEqual([]);
  }, 240_000);
});

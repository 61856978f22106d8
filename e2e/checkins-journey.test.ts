// Journey: two partners check in. A shares today's check-in; B sees nothing of it (only that one
// is waiting, because A allows that) until B checks in too; then both see both. The weekly
// check-in shows each other's answers only after both answered. The timeline draws, and its
// table view holds the same numbers as the API. Deleting today's check-in asks first (Confirm).
// axe on every screen; phone and desktop shots.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { waitForHeading } from './flows.ts';
import {
  checkA11y,
  DESKTOP,
  hasChromium,
  noteIfSkipped,
  PHONE,
  screenshot,
  uniqueEmail,
  type Person,
} from './harness.ts';
import { useJourney } from './journey.ts';

noteIfSkipped('checkins-journey.test.ts');

/** Signs up through the API from inside the page (the cookie lands in this browser context). */
async function signUp(page: Page, name: string): Promise<void> {
  await page.goto('/');
  const status = await page.evaluate(
    async ({ email, name }) => {
      const res = await fetch('/api/v1/auth/sign-up', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password: 'a long and quiet phrase', displayName: name }),
      });
      return res.status;
    },
    { email: uniqueEmail(name.toLowerCase()), name },
  );
  expect(status).toBe(201);
}

async function post(
  page: Page,
  path: string,
  body?: unknown,
): Promise<{ status: number; body: { code?: string } | null }> {
  return page.evaluate(
    async ({ path, body }) => {
      const res = await fetch(path, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body ?? {}),
      });
      return { status: res.status, body: await res.json().catch(() => null) };
    },
    { path, body },
  );
}

async function openCheckins(page: Page, part = ''): Promise<void> {
  await page.goto(`/check-ins${part}`);
  // Going to the same address with a #part only moves within the page: load it afresh.
  if (part) await page.reload();
  await waitForHeading(page, 'Check-ins');
  await page.waitForFunction(() => document.querySelector('.loading') === null);
}

async function fillDaily(
  page: Page,
  options: { feelings: string[]; safety: string; note: string; shared: boolean; hint?: boolean },
) {
  for (const feeling of options.feelings)
    await page.getByRole('checkbox', { name: feeling, exact: true }).check();
  await page.getByLabel('How safe do you feel with your partner today?').fill(options.safety);
  await page.getByLabel('How much do you trust today?').fill('4');
  await page.getByLabel('How connected do you feel?').fill('6');
  await page.getByLabel('A note (optional)').fill(options.note);
  if (options.shared) await page.getByRole('radio', { name: /Me and my partner/ }).check();
  if (options.hint) await page.getByRole('checkbox', { name: /Let my partner know/ }).check();
  await page.getByRole('button', { name: 'Save check-in' }).click();
  // Saved; when the partner's is already there, both are shown and mine stays as written.
  await page.getByText(/^Saved\. You (can change it|have both checked in)/).waitFor();
}

describe.skipIf(!hasChromium)('Journey: check-ins that reveal together, and the timeline', () => {
  let a: Person;
  let b: Person;

  const journey = useJourney();
  beforeAll(async () => {
    a = await journey.person({ viewport: PHONE });
    b = await journey.person({ viewport: DESKTOP });
    await signUp(a.page, 'Ari');
    await signUp(b.page, 'Bea');
    expect((await post(a.page, '/api/v1/couple')).status).toBe(201);
    const invite = await post(a.page, '/api/v1/couple/invites');
    expect((await post(b.page, '/api/v1/couple/join', { code: invite.body?.code })).status).toBe(
      200,
    );
  }, 120_000);

  it('daily: B sees nothing of A’s shared check-in until B checks in; then both see both', async () => {
    await openCheckins(a.page);
    await checkA11y(a.page, 'check-ins, empty, phone');
    await screenshot(a.page, 'checkins-01-empty-phone');
    await fillDaily(a.page, {
      feelings: ['Hopeful', 'Afraid'],
      safety: '7',
      note: 'ARI-NOTE-4471',
      shared: true,
      hint: true,
    });
    await checkA11y(a.page, 'check-ins, saved, phone');
    await screenshot(a.page, 'checkins-02-saved-phone', { fullPage: true });

    // Today tells B, in plain words and without content, and leads to the check-ins.
    await b.page.goto('/today');
    await waitForHeading(b.page, 'Today');
    await b.page
      .getByRole('link', { name: 'This week’s check-in together is waiting for your answers.' })
      .waitFor();
    expect(await b.page.content()).not.toContain('ARI-NOTE-4471');
    await b.page
      .getByRole('link', { name: 'Your partner checked in today. Check in to see each other’s.' })
      .click();
    await waitForHeading(b.page, 'Check-ins');
    await b.page.waitForFunction(() => document.querySelector('.loading') === null);
    const partnerCard = b.page.getByTestId('partner-today');
    await partnerCard
      .getByText('Your partner checked in today. Check in to see each other’s.')
      .waitFor();
    expect(await b.page.content()).not.toContain('ARI-NOTE-4471');
    const api = await b.page.evaluate(async () => (await fetch('/api/v1/checkins/today')).text());
    expect(api).not.toContain('ARI-NOTE-4471');
    await screenshot(b.page, 'checkins-03-waiting-desktop');

    await fillDaily(b.page, {
      feelings: ['Tender'],
      safety: '5',
      note: 'BEA-NOTE-8812',
      shared: true,
    });
    await partnerCard.getByRole('heading', { name: 'Ari’s check-in' }).waitFor();
    await partnerCard.getByText('ARI-NOTE-4471').waitFor();
    await partnerCard.getByText('Hopeful, Afraid').waitFor();
    await checkA11y(b.page, 'check-ins, revealed, desktop');
    await screenshot(b.page, 'checkins-04-revealed-desktop');
    // Having seen Ari's, Bea's answers stay as written; who sees them is still hers to choose.
    await b.page.getByText('You have both seen each other’s check-in for today').waitFor();
    expect(await b.page.getByRole('button', { name: 'Save changes' }).count()).toBe(0);
    await b.page.getByRole('button', { name: 'Make it private' }).click();
    await b.page.getByRole('button', { name: 'Share it with my partner' }).click();
    await b.page.getByRole('button', { name: 'Make it private' }).waitFor();

    await openCheckins(a.page);
    await a.page.getByTestId('partner-today').getByText('BEA-NOTE-8812').waitFor();
    await screenshot(a.page, 'checkins-05-revealed-phone');
    expect(a.problems).toEqual([]);
    expect(b.problems).toEqual([]);
  }, 120_000);

  it('weekly: answers show side by side only after both have answered', async () => {
    await openCheckins(a.page, '#weekly');
    await a.page.getByLabel('One thing I appreciated this week').fill('ARI-APPRECIATED');
    await a.page.getByRole('button', { name: 'Send my answers' }).click();
    await a.page.getByText('Sent. Your partner sees them once they have answered too.').waitFor();

    await openCheckins(b.page, '#weekly');
    expect(await b.page.content()).not.toContain('ARI-APPRECIATED');
    await b.page.getByLabel('One thing I appreciated this week').fill('BEA-APPRECIATED');
    await b.page.getByLabel('What was hard').fill('The quiet evenings');
    await b.page.getByRole('button', { name: 'Send my answers' }).click();
    await b.page.getByText('ARI-APPRECIATED').waitFor();
    await b.page
      .getByRole('textbox', { name: 'Your reply to Ari' })
      .first()
      .fill('That meant a lot to me too.');
    await b.page.getByRole('button', { name: 'Send reply' }).first().click();
    await b.page.getByText('Reply sent.').waitFor();
    await checkA11y(b.page, 'weekly, revealed, desktop');
    await b.page.locator('#weekly').scrollIntoViewIfNeeded();
    await screenshot(b.page, 'checkins-06-weekly-desktop');

    await openCheckins(a.page, '#weekly');
    await a.page.getByText('BEA-APPRECIATED').waitFor();
    await a.page.getByText('That meant a lot to me too.').waitFor();
    await checkA11y(a.page, 'weekly, revealed, phone');
    await a.page.locator('#weekly').scrollIntoViewIfNeeded();
    await screenshot(a.page, 'checkins-07-weekly-phone');
  }, 120_000);

  it('timeline: the chart draws and the table view matches the data', async () => {
    for (const [person, viewport, name] of [
      [a, 'phone', 'Ari'],
      [b, 'desktop', 'Bea'],
    ] as const) {
      const page = person.page;
      await page.goto('/timeline');
      await waitForHeading(page, 'Your timeline');
      await page.getByText('Healing comes in waves.', { exact: false }).first().waitFor();
      await page
        .getByRole('img', { name: /^Chart of / })
        .locator('canvas')
        .first()
        .waitFor();
      expect(
        await page
          .getByRole('img', { name: /^Chart of / })
          .locator('canvas')
          .count(),
      ).toBeGreaterThanOrEqual(2);
      await checkA11y(page, `timeline, ${viewport}`);
      await screenshot(page, `checkins-08-timeline-${viewport}`);

      await page.getByRole('button', { name: 'Show as a table' }).click();
      const data = await page.evaluate(async () =>
        (await fetch('/api/v1/timeline?range=month')).json(),
      );
      for (const series of data.series as {
        who: string;
        points: { safety: number; trust: number; connection: number }[];
      }[]) {
        const rows = await page.getByTestId(`table-${series.who}`).locator('tbody tr').all();
        expect(rows.length).toBe(series.points.length);
        for (const [i, row] of rows.entries()) {
          const cells = (await row.locator('td').allTextContents()).map(Number);
          const p = series.points[i]!;
          expect(cells).toEqual([p.safety, p.trust, p.connection]);
        }
      }
      expect(data.series[0].points[0].safety).toBe(name === 'Ari' ? 7 : 5);
      expect(data.series[1].points[0].safety).toBe(name === 'Ari' ? 5 : 7);
      await page.getByText('Weekly check-in together').waitFor();
      await checkA11y(page, `timeline table, ${viewport}`);
      await screenshot(page, `checkins-09-timeline-table-${viewport}`, { fullPage: true });

      await page.getByRole('radio', { name: 'Year' }).check();
      await page
        .getByRole('img', { name: /^Chart of / })
        .locator('canvas')
        .first()
        .waitFor();
      await page.getByRole('checkbox', { name: /Smooth the line/ }).check();
      await page
        .getByRole('img', { name: /^Chart of / })
        .locator('canvas')
        .first()
        .waitFor();
    }
    expect(a.problems).toEqual([]);
    expect(b.problems).toEqual([]);
  }, 180_000);

  it('is accessible in the dark theme too, with both partners’ data on screen', async () => {
    const dark = await journey.person({
      viewport: DESKTOP,
      colorScheme: 'dark',
    });
    await dark.context.addCookies(await a.context.cookies());
    await openCheckins(dark.page);
    await dark.page.getByTestId('partner-today').getByText('BEA-NOTE-8812').waitFor();
    await checkA11y(dark.page, 'check-ins, dark, desktop');
    await screenshot(dark.page, 'checkins-10-dark-desktop');
    await dark.page.goto('/timeline');
    await waitForHeading(dark.page, 'Your timeline');
    await dark.page
      .getByRole('img', { name: /^Chart of / })
      .locator('canvas')
      .first()
      .waitFor();
    await dark.page.getByRole('button', { name: 'Show as a table' }).click();
    await checkA11y(dark.page, 'timeline, dark, desktop');
    await screenshot(dark.page, 'checkins-11-timeline-dark-desktop');
    expect(dark.problems).toEqual([]);
    await dark.context.close();
  }, 120_000);

  it('deleting today’s check-in asks first, with the question in focus; keep, or delete', async () => {
    // Someone of their own, so the pair's check-ins above stay as they are.
    const c = await journey.person({ viewport: PHONE });
    await signUp(c.page, 'Cai');
    await openCheckins(c.page);
    await fillDaily(c.page, {
      feelings: ['Hopeful'],
      safety: '6',
      note: 'CAI-NOTE',
      shared: false,
    });
    await c.page.getByRole('button', { name: 'Delete today’s check-in' }).click();
    const ask = c.page.getByRole('group', { name: 'Delete it for good?' });
    await ask.waitFor();
    // The question takes focus (Confirm), so a screen reader hears it before the buttons.
    await c.page.waitForFunction(
      () => document.activeElement?.getAttribute('aria-label') === 'Delete it for good?',
    );
    await checkA11y(c.page, 'check-ins, asking before delete, phone');
    await ask.getByRole('button', { name: 'Keep it' }).click();
    await openCheckins(c.page);
    expect(await c.page.getByLabel('A note (optional)').inputValue()).toBe('CAI-NOTE');
    await c.page.getByRole('button', { name: 'Delete today’s check-in' }).click();
    await c.page.getByRole('button', { name: 'Yes, delete it' }).click();
    await c.page.getByRole('button', { name: 'Save check-in' }).waitFor();
    await openCheckins(c.page);
    expect(await c.page.getByLabel('A note (optional)').inputValue()).toBe('');
    expect(c.problems).toEqual([]);
    await c.context.close();
  }, 120_000);
});

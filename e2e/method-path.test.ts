// Journey: each partner marks the path for themselves. Bea, who broke the trust, marks Grieve
// steady: Ari's own mark and Ari's focus do not move, and Bea's focus keeps Grieve open for as
// long as Ari is in it. Both see both marks side by side, and every change with whose it was.
// Then Talk: the one who was hurt is never offered the other's questions; her own part comes
// only after she marks "Understand why". axe on every screen; phone and desktop.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { goTo, waitForHeading } from './flows.ts';
import { checkA11y, DESKTOP, hasChromium, noteIfSkipped, PHONE, screenshot } from './harness.ts';
import { useJourney } from './journey.ts';
import { settled, twoPartners } from './method-flows.ts';

noteIfSkipped('method-path.test.ts');

const marker = (page: Page, stage: string) =>
  page.getByRole('group', { name: `Where are you with ${stage}?` });
const stageCard = (page: Page, stage: string) =>
  page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: stage }) });
const sought = 'What were you looking for that you did not find at home?';

/** On the list of stages one stage shows its choices at a time: open this one's if it is folded. */
async function openMarker(page: Page, stage: string): Promise<void> {
  const open = page.getByRole('button', { name: `Change my mark for ${stage}` });
  if (await open.count()) await open.click();
  await marker(page, stage).waitFor();
}

async function mark(page: Page, stage: string, status: string): Promise<void> {
  await openMarker(page, stage);
  await marker(page, stage).getByLabel(status, { exact: true }).check();
  await page.getByText(`${stage}: ${status}.`).waitFor();
}

async function sayStance(page: Page, label: string): Promise<void> {
  await page.goto('/reflection');
  await waitForHeading(page, 'Your private reflection');
  await settled(page);
  await page.getByLabel(label, { exact: true }).check();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByText('Only you can see this.', { exact: true }).waitFor();
}

/** Every question offered, theme by theme (the picker shows one theme's questions at a time). */
async function offeredQuestions(page: Page): Promise<string[]> {
  const themes = page
    .getByRole('group', { name: 'What would you like to talk about?' })
    .getByRole('radio');
  const seen: string[] = [];
  for (let i = 0; i < (await themes.count()); i++) {
    await themes.nth(i).check();
    seen.push(...(await page.getByTestId('talk-topic').allTextContents()));
  }
  return seen;
}

async function openNewTalk(page: Page): Promise<void> {
  await page.goto('/talk/new');
  await waitForHeading(page, 'Start a conversation');
  await settled(page);
}

describe.skipIf(!hasChromium)('Journey: each of us marks the path; Talk asks what fits', () => {
  const journey = useJourney();

  it("one partner's marks never move the other's, and grief follows the one who was hurt", async () => {
    const { a, b } = await twoPartners(journey.browser, journey.baseUrl, { a: PHONE, b: DESKTOP });
    await sayStance(a.page, 'I was hurt');
    await sayStance(b.page, 'I broke the trust');

    await goTo(a.page, 'Path');
    await waitForHeading(a.page, 'Your path');
    await settled(a.page);
    const aFocus = a.page.locator('.focus-card');
    await aFocus.getByRole('link', { name: 'Grieve' }).waitFor();
    await checkA11y(a.page, 'path');
    await screenshot(a.page, 'method-path-01-path-phone');
    await mark(a.page, 'Face it and own it', 'Working on it');

    // Bea marks Grieve steady on its own page, and Face too.
    await b.page.goto('/path/grieve');
    await waitForHeading(b.page, 'Grieve');
    await settled(b.page);
    await b.page.getByText('Ari has not marked it yet.').waitFor();
    await checkA11y(b.page, 'stage page');
    await mark(b.page, 'Grieve', 'Feels steady');
    await screenshot(b.page, 'method-path-02-stage-desktop', { fullPage: true });
    await b.page.goto('/path');
    await waitForHeading(b.page, 'Your path');
    await settled(b.page);
    await mark(b.page, 'Face it and own it', 'Feels steady');
    // Her focus stays on Grieve: Ari sets its pace.
    await b.page.reload();
    await settled(b.page);
    await b.page
      .locator('.focus-card')
      .getByText('Because Ari sets the pace here, grieve stays open for as long as they need it.')
      .waitFor();
    await stageCard(b.page, 'Face it and own it')
      .getByText("Ari's own mark: working on it")
      .waitFor();

    // Ari's own mark and Ari's focus did not move; Bea's mark shows beside hers.
    await a.page.reload();
    await settled(a.page);
    await stageCard(a.page, 'Grieve').getByText('Your own mark: not yet').waitFor();
    await openMarker(a.page, 'Grieve');
    expect(await marker(a.page, 'Grieve').getByLabel('Not yet', { exact: true }).isChecked()).toBe(
      true,
    );
    await stageCard(a.page, 'Grieve').getByText("Bea's own mark: feels steady").waitFor();
    await aFocus.getByRole('link', { name: 'Grieve' }).waitFor();
    await mark(a.page, 'Grieve', 'Working on it');
    // Going back is one click.
    await mark(a.page, 'Face it and own it', 'Coming back to it');
    await screenshot(a.page, 'method-path-03-both-marks-phone', { fullPage: true });

    // Both see every change, with whose it was.
    await a.page.reload();
    await settled(a.page);
    // The changes of all seven stages open with one tap.
    await a.page.getByRole('heading', { name: 'Changes so far' }).click();
    const history = a.page.locator('details', {
      has: a.page.getByRole('heading', { name: 'Changes so far' }),
    });
    await history.getByText('Bea moved Grieve from "not yet" to "feels steady"').waitFor();
    await history.getByText('You moved Grieve from "not yet" to "working on it"').waitFor();
    await history
      .getByText('You moved Face it and own it from "working on it" to "coming back to it"')
      .waitFor();
    await a.page.setViewportSize(DESKTOP);
    await checkA11y(a.page, 'path with both marks and history');
    await a.page.emulateMedia({ colorScheme: 'dark' });
    await checkA11y(a.page, 'path with both marks and history, dark');
    await a.page.emulateMedia({ colorScheme: 'light' });
    await a.page.setViewportSize(PHONE);

    // Today speaks of Ari's own marks.
    await goTo(a.page, 'Today');
    await waitForHeading(a.page, 'Today');
    await a.page
      .getByText("You're working on Grieve, and coming back to Face it and own it.")
      .waitFor();

    // Talk: Ari, who was hurt, is never offered Bea's questions, and her own part waits.
    await openNewTalk(a.page);
    await a.page
      .getByRole('heading', { name: 'Questions that help, and details that hurt' })
      .waitFor();
    const offeredToAri = await offeredQuestions(a.page);
    expect(offeredToAri).toContain(
      'What do you need to know, so you can stop filling in the gaps alone?',
    );
    expect(offeredToAri).not.toContain(sought);
    await a.page.getByText('Questions about your own part come later').waitFor();
    expect(await a.page.getByRole('group', { name: 'In time, never to excuse' }).count()).toBe(0);
    await checkA11y(a.page, 'new talk, hurt');
    await screenshot(a.page, 'method-path-04-talk-hurt-phone', { fullPage: true });

    // Bea, who broke the trust, has her own set, and starts on one of hers.
    await openNewTalk(b.page);
    expect(await offeredQuestions(b.page)).not.toContain(
      'What do you need to know, so you can stop filling in the gaps alone?',
    );
    await b.page.getByRole('radio', { name: 'What was missing', exact: true }).check();
    await b.page.getByLabel(sought).check();
    await checkA11y(b.page, 'new talk, broke');
    await b.page.getByRole('button', { name: 'Begin' }).click();
    await waitForHeading(b.page, 'A hard conversation');
    await b.page.getByText(sought).waitFor();

    // Once Ari marks "Understand why" herself, her own part is offered, framed as never an excuse.
    await a.page.goto('/path/understand');
    await waitForHeading(a.page, 'Understand why');
    await settled(a.page);
    await mark(a.page, 'Understand why', 'Working on it');
    await openNewTalk(a.page);
    await a.page.getByRole('radio', { name: 'In time, never to excuse', exact: true }).check();
    const later = a.page.getByRole('group', { name: 'In time, never to excuse' });
    await later.getByText('They do not make what happened yours to carry.').waitFor();
    await later
      .getByLabel('Were there needs of yours that you stopped saying out loud back then?')
      .waitFor();
    expect(await offeredQuestions(a.page)).not.toContain(sought);
    await checkA11y(a.page, 'new talk, hurt, later on the path');

    expect([...a.blocked, ...b.blocked]).toEqual([]);
    await a.context.close();
    await b.context.close();
  });
});

// Journey: agreements made together and promises kept, by two partners on two devices.
// A proposes an agreement and sees the calm guard-rail note for a surveillance-like draft, edits
// it; B suggests different words; A says yes; it is in place for both; B asks to revisit.
// A makes a promise and keeps it; B says "I noticed"; the ledger shows it. axe on every new
// screen (A light, B dark); screenshots at phone and desktop widths.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { goTo, lookAt, openSection, pairUp, waitForHeading } from './flows.ts';
import { checkA11y, DESKTOP, hasChromium, noteIfSkipped, PHONE, type Person } from './harness.ts';
import { useJourney } from './journey.ts';

noteIfSkipped('agreements-promises.test.ts');

const look = lookAt('agreements');

async function openAgreement(page: Page, title: string): Promise<void> {
  await goTo(page, 'Agreements');
  await waitForHeading(page, 'Agreements');
  await page.getByRole('link', { name: title, exact: true }).click();
  await waitForHeading(page, title);
}

describe.skipIf(!hasChromium)('Journey: agreements made together, promises kept', () => {
  let a: Person;
  let b: Person;

  const journey = useJourney();

  it('A proposes, edits after the guard-rail note; B changes it; both agree; B asks to revisit; a kept promise is noticed', async () => {
    // A on a phone (light), B on a laptop (dark, so every axe scan of B's screens checks dark
    // contrast too), in one space.
    ({ a, b } = await pairUp(journey.browser, journey.baseUrl));

    // A proposes something that reads like surveillance: the calm note comes before sending.
    await goTo(a.page, 'Agreements');
    await waitForHeading(a.page, 'Agreements');
    await a.page.getByText('No agreements yet').waitFor();
    await look(a.page, 'list-empty', PHONE);
    await a.page.getByRole('button', { name: 'Propose an agreement' }).click();
    await a.page.getByLabel('A short name').fill('Knowing where we are');
    await a.page
      .getByLabel('What it means in daily life')
      .fill('You keep your location sharing on at all times.');
    await a.page
      .getByLabel('Why it helps you feel safe')
      .fill('When I do not know where you are, I panic.');
    await a.page.getByLabel('In 6 weeks').check();
    await look(a.page, 'propose-form', PHONE);
    await a.page.getByRole('button', { name: 'Send to your partner' }).click();
    const note = a.page.getByRole('heading', { name: 'Before you send this' });
    await note.waitFor();
    await a.page.getByText('Sharing location all the time').waitFor();
    await a.page
      .getByText('Make it mutual: something you both do, not one of you for the other.')
      .waitFor();
    await look(a.page, 'guard-note', PHONE);

    // A edits it into something mutual and time-limited; the note does not come back.
    await a.page.getByRole('button', { name: 'Edit it' }).click();
    await expect
      .poll(() => a.page.evaluate(() => document.activeElement?.tagName))
      .toBe('TEXTAREA');
    // Mutual, time-limited sharing gets only a calm word, and sending is not stopped.
    await a.page
      .getByLabel('What it means in daily life')
      .fill(
        "We will both turn on location sharing during my trip next week, and turn it off when I'm back.",
      );
    await a.page
      .getByText('About sharing: openness helps most when it goes both ways', { exact: false })
      .waitFor();
    expect(await a.page.getByRole('heading', { name: 'Before you send this' }).count()).toBe(0);
    await a.page
      .getByLabel('What it means in daily life')
      .fill("We both say when plans change, and where we'll be, for the next six weeks.");
    await a.page.getByRole('button', { name: 'Send to your partner' }).click();
    await waitForHeading(a.page, 'Knowing where we are');
    await a.page.getByText('You said yes. Waiting for your partner.').waitFor();
    expect(await a.page.title()).toBe('Agreements · Kintsugi'); // the title never holds the agreement's words
    await look(a.page, 'detail-proposed', PHONE);

    // B suggests different words: a new version.
    await goTo(b.page, 'Agreements');
    await waitForHeading(b.page, 'Agreements');
    await b.page.getByText('Waiting for your answer').waitFor();
    await look(b.page, 'list-waiting', DESKTOP);
    // Today says it is waiting, and leads there.
    await goTo(b.page, 'Today');
    await waitForHeading(b.page, 'Today');
    await b.page
      .getByRole('link', { name: 'An agreement waits for your answer: Knowing where we are' })
      .click();
    await waitForHeading(b.page, 'Knowing where we are');
    await b.page.getByText('Your partner said yes. Waiting for your answer.').waitFor();
    await b.page.getByRole('button', { name: 'Suggest different words' }).click();
    await b.page
      .getByLabel('What it means in daily life')
      .fill("We both say when plans change, and roughly where we'll be, for the next six weeks.");
    await b.page.getByRole('button', { name: 'Send the new version' }).click();
    await b.page.getByText('Your new version was sent.').waitFor();
    await b.page.getByText('You said yes. Waiting for your partner.').waitFor();

    // A sees what changed, word by word, and says yes: it is in place for both.
    await openAgreement(a.page, 'Knowing where we are');
    await a.page.getByRole('heading', { name: 'What changed in version 2' }).waitFor();
    // The added words are marked as an insertion (<ins>), for the eye and for a screen reader.
    await a.page.locator('ins', { hasText: 'roughly' }).first().waitFor();
    await look(a.page, 'detail-changed', PHONE);
    await a.page.getByRole('button', { name: 'Say yes to these words' }).click();
    await a.page.getByText('You have both said yes. It is in place now.').waitFor();
    await a.page.locator('[data-status]', { hasText: 'In place' }).first().waitFor();

    await openAgreement(b.page, 'Knowing where we are');
    await b.page.getByText('You have both said yes to these words.').waitFor();
    await b.page.locator('[data-status]', { hasText: 'In place' }).first().waitFor();

    // B asks to talk it over again: "being revisited" for both, still holding meanwhile.
    await b.page.getByRole('button', { name: 'Ask to talk it over again' }).click();
    await b.page
      .getByLabel('What you would like to talk about (optional)')
      .fill('Weekends feel different.');
    await b.page.getByRole('button', { name: 'Ask to revisit' }).click();
    await b.page.getByText('Your partner will see that you want to talk it over.').waitFor();
    await b.page.locator('[data-status]', { hasText: 'Being revisited' }).first().waitFor();
    await look(b.page, 'detail-revisiting', DESKTOP);
    await openAgreement(a.page, 'Knowing where we are');
    await a.page.getByText('Your partner asked to talk this over again.').waitFor();
    await a.page.getByText('Weekends feel different.').waitFor();

    // A makes a small promise and keeps it.
    await goTo(a.page, 'Promises');
    await waitForHeading(a.page, 'Promises');
    await a.page.getByLabel('I promise to…').fill("I'll call you at lunch");
    await a.page.getByRole('button', { name: 'Make this promise' }).click();
    await a.page.getByText('Promise made.').waitFor();
    await look(a.page, 'promises-open', PHONE);
    await a.page.getByRole('button', { name: 'I kept it' }).click();
    await a.page.getByText('Marked as kept.').waitFor();

    // B sees it on Today, follows it, and says "I noticed", with a short word.
    await goTo(b.page, 'Today');
    await waitForHeading(b.page, 'Today');
    await b.page
      .getByRole('link', { name: "Your partner kept a promise: I'll call you at lunch" })
      .click();
    await waitForHeading(b.page, 'Promises');
    const partnerList = b.page.getByRole('region', { name: "Your partner's promises" });
    await partnerList.getByText("I'll call you at lunch").waitFor();
    await partnerList.getByRole('button', { name: 'I noticed' }).click();
    await b.page.getByLabel('A short word (optional)').fill('Thank you. It helped.');
    await b.page.getByRole('button', { name: 'Send', exact: true }).click();
    await b.page.getByText('Your partner will see that you noticed.').waitFor();
    await look(b.page, 'promises-noticed', DESKTOP);
    // Once noticed, it no longer waits on Today.
    await goTo(b.page, 'Today');
    await b.page.getByRole('heading', { name: 'Waiting for you' }).waitFor();
    expect(await b.page.getByRole('link', { name: /Your partner kept a promise/ }).count()).toBe(0);

    // The ledger shows it for A: made, kept, noticed this week.
    await goTo(a.page, 'Today');
    await waitForHeading(a.page, 'Today');
    await goTo(a.page, 'Promises');
    await waitForHeading(a.page, 'Promises');
    await a.page.getByText('Your partner noticed').waitFor();
    await a.page.getByText('Thank you. It helped.').waitFor();
    // The ledger opens on demand, below the promises (decision 140).
    await openSection(a.page, 'The reliability ledger');
    const mine = a.page.getByRole('figure', { name: 'Your promises, week by week' });
    await mine.getByText('Show the numbers').click();
    const thisWeek = mine.locator('tbody tr').first();
    expect(await thisWeek.locator('td').allTextContents()).toEqual(['1', '1', '0', '0', '0', '1']);
    // A space made today has one week to show, none from before it; its label is not cut off.
    expect(await mine.locator('tbody tr').count()).toBe(1);
    const inside = await mine.locator('svg').evaluate((svg) => {
      const box = svg.getBoundingClientRect();
      return [...svg.querySelectorAll('text')].every((t) => {
        const r = t.getBoundingClientRect();
        return r.left >= box.left && r.right <= box.right;
      });
    });
    expect(inside).toBe(true);
    await look(a.page, 'ledger', PHONE);
    await a.page.setViewportSize(DESKTOP);
    await checkA11y(a.page, 'ledger, desktop');

    // No scoreboard: B sees what A kept, changed in time and what B noticed; misses are A's to share.
    await goTo(b.page, 'Promises');
    await waitForHeading(b.page, 'Promises');
    await openSection(b.page, 'The reliability ledger');
    const theirs = b.page.getByRole('figure', {
      name: "Your partner's shared promises, week by week",
    });
    await theirs.getByText('Show the numbers').click();
    expect(await theirs.locator('thead th').allTextContents()).toEqual([
      'Week of',
      'Kept',
      'Changed in time',
      'Noticed',
    ]);
    await b.page.getByText('What your partner missed is theirs to share').waitFor();
    await checkA11y(b.page, 'partner ledger without misses');
    // A chooses to share them (off until now), and can undo it the same way.
    const share = a.page.getByLabel('Let your partner see the promises you missed');
    expect(await share.isChecked()).toBe(false);
    await share.check();
    await a.page.getByText('Your partner can now see the promises you missed.').waitFor();
    await checkA11y(a.page, 'ledger with misses shared');
    await goTo(b.page, 'Today');
    await waitForHeading(b.page, 'Today');
    await goTo(b.page, 'Promises');
    await waitForHeading(b.page, 'Promises');
    await openSection(b.page, 'The reliability ledger');
    await b.page
      .getByText('Your partner chose to let you see the promises they missed, too.')
      .waitFor();
    const shared = b.page.getByRole('figure', {
      name: "Your partner's shared promises, week by week",
    });
    await shared.getByText('Show the numbers').click();
    expect(await shared.locator('thead th').allTextContents()).toEqual([
      'Week of',
      'Made',
      'Kept',
      'Changed in time',
      'Missed and repaired',
      'Missed',
      'Noticed',
    ]);
    await look(b.page, 'partner-ledger-shared', DESKTOP);
    await share.uncheck();
    await a.page.getByText('The promises you missed are yours alone again.').waitFor();

    expect([...a.blocked, ...b.blocked]).toEqual([]);
    expect([...a.problems, ...b.problems]).toEqual([]);
  });
});

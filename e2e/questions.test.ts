// Journey: the daily question for two. Ana, on a phone, finds today's question waiting on Today
// and answers it. Ben has the question open on his laptop: he learns, live, that Ana answered,
// never her words. He answers; both see both, live, and the day joins their small history.
// axe on every screen they visit; the question's screen fits a phone (under 2,600 px at 390 px).
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { goTo, lookAt, pairUp, waitForHeading } from './flows.ts';
import { settled } from './method-flows.ts';
import { DESKTOP, hasChromium, noteIfSkipped, PHONE, type Person } from './harness.ts';
import { useJourney } from './journey.ts';

noteIfSkipped('questions.test.ts');
const look = lookAt('questions');
const ANA = 'ANA-ANSWER-4471: the walk by the canal';
const BEN = 'BEN-ANSWER-9023: the soup on Sunday';
const MOST = 2600;

async function fitsAPhone(page: Page, name: string): Promise<void> {
  await settled(page);
  await page.setViewportSize(PHONE);
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  expect(height, `"${name}" is ${height}px tall at 390×844`).toBeLessThanOrEqual(MOST);
}

describe.skipIf(!hasChromium)('Journey: the daily question, answered by both', () => {
  let a: Person;
  let b: Person;

  const journey = useJourney();

  it('reveals each answer only once both answered, live, and keeps the day', async () => {
    ({ a, b } = await pairUp(journey.browser, journey.baseUrl));

    // Ana finds the question in the navigation (Today does not nag about it).
    await a.page.goto(`${journey.baseUrl}/today`);
    await waitForHeading(a.page, 'Today');
    // Today's height is held by first-week.test.ts: a pair just formed has cards of the first week,
    // the partner's arrival and the day's act there, none of them this feature's.
    await goTo(a.page, 'Daily question');
    await waitForHeading(a.page, 'A question for today');
    await a.page.getByText('Days you both answer will gather here', { exact: false }).waitFor();
    await fitsAPhone(a.page, 'question-new');
    await look(a.page, 'new', PHONE);

    // Ben has the question open too: the same question.
    await b.page.goto(`${journey.baseUrl}/questions`);
    await waitForHeading(b.page, 'A question for today');
    const question = (await a.page.getByTestId('question-text').textContent())?.trim();
    expect(question).toBeTruthy();
    await b.page.getByTestId('question-text').filter({ hasText: question! }).waitFor();

    // Ana answers.
    await a.page.getByLabel('Your answer').fill(ANA);
    await a.page.getByRole('button', { name: 'Save my answer' }).click();
    await a.page.getByText(ANA).waitFor();
    await a.page.getByText('Your answer is kept.', { exact: false }).waitFor();
    await look(a.page, 'waiting', PHONE);
    // Letting go of a kept answer asks first; "keep it" changes nothing.
    await a.page.getByRole('button', { name: 'Change my answer' }).click();
    await a.page.getByRole('button', { name: 'Let this one go' }).click();
    const ask = a.page.getByRole('group', { name: 'Let this one go' });
    await ask.getByText('Your answer will be taken away', { exact: false }).waitFor();
    await look(a.page, 'let-go-asks', PHONE);
    await ask.getByRole('button', { name: 'Keep it as it is' }).click();
    await a.page.getByRole('button', { name: 'Keep it as it is' }).click();
    await a.page.getByTestId('question-answer').filter({ hasText: ANA }).waitFor();

    // Ben's open screen learns it without a reload; never her words.
    await b.page
      .getByText('Ana has answered. Their answer shows once you have answered too.')
      .waitFor();
    expect(await b.page.content()).not.toContain('ANA-ANSWER');
    await look(b.page, 'partner-answered', DESKTOP);
    // His Today says so too, and still without her words.
    await b.page.goto(`${journey.baseUrl}/today`);
    await waitForHeading(b.page, 'Today');
    const waiting = b.page.getByRole('link', { name: 'Your partner answered today’s question.' });
    await waiting.waitFor();
    // Not held to the phone height here: in a person's first week, any item waiting on Today
    // (a wave, a check-in, this) adds the waiting card to a page already near the limit.
    await waiting.click();
    await waitForHeading(b.page, 'A question for today');
    expect(await b.page.content()).not.toContain('ANA-ANSWER');

    // Ben answers: both answers show for him, and live for Ana.
    await b.page.getByLabel('Your answer').fill(BEN);
    await b.page.getByRole('button', { name: 'Save my answer' }).click();
    await b.page.getByRole('heading', { name: 'Ana said' }).waitFor();
    await b.page.getByTestId('question-answer').filter({ hasText: ANA }).first().waitFor();
    await a.page.getByRole('heading', { name: 'Ben said' }).waitFor();
    await a.page.getByTestId('question-answer').filter({ hasText: BEN }).waitFor();
    // Shown to each other, the answers stay as written.
    expect(await a.page.getByRole('button', { name: 'Change my answer' }).count()).toBe(0);

    // The day joins the history, for both.
    const history = a.page.getByRole('region', { name: 'Answered together' });
    await history.getByText(BEN).waitFor();
    await fitsAPhone(a.page, 'question-both');
    await look(a.page, 'both', PHONE);
    await b.page.getByRole('region', { name: 'Answered together' }).getByText(ANA).waitFor();
    await look(b.page, 'both-ben', DESKTOP);

    // Nothing waits on Today any more.
    await a.page.goto(`${journey.baseUrl}/today`);
    await waitForHeading(a.page, 'Today');
    await settled(a.page);
    expect(await a.page.getByRole('link', { name: /today’s question/ }).count()).toBe(0);
  });
});

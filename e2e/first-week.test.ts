// Journey: the first week on two phones (issue 16, decision 140). Two new people, each in their
// own browser at 390×844, go from sign-up through their first steps (the welcome, the private
// safety check, where each stands, the invite and joining, the reflection) to their first shared
// check-in, skipping some steps for now on the way. On every screen they visit, and on every main
// screen once, the page is no taller than 2,600 px (about three phone screens); axe finds nothing;
// screenshots at phone and desktop width.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { areas } from '../src/content/areas.ts';
import { fillSignUp, goTo, lookAt, waitForHeading, type Account } from './flows.ts';
import {
  hasChromium,
  noteIfSkipped,
  PHONE,
  screenshot,
  uniqueEmail,
  type Person,
} from './harness.ts';
import { useJourney } from './journey.ts';
import { answerReflection, settled } from './method-flows.ts';

noteIfSkipped('first-week.test.ts');

/** About three phone screens at 390 px wide: the most any page may ask anyone to scroll. */
const MOST = 2600;
const look = lookAt('first-week');
const heights: [string, number][] = [];

/** The page as it settled: no taller than MOST; then axe and the two screenshots. */
async function fits(page: Page, name: string): Promise<void> {
  await settled(page);
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  heights.push([name, height]);
  // Soft, so one run names every screen that is too tall, not only the first.
  expect.soft(height, `"${name}" is ${height}px tall at 390×844`).toBeLessThanOrEqual(MOST);
  await look(page, name, PHONE);
  // The whole page too, so a page that grows can be seen whole.
  await screenshot(page, `first-week-${name}-phone-full`, { fullPage: true });
}

async function open(page: Page, path: string, heading: string): Promise<void> {
  await page.goto(path);
  await waitForHeading(page, heading);
  await settled(page);
}

/** The heading that has focus, so a screen reader hears where it is. */
const focused = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? '');

const firstSteps = (page: Page) => page.getByRole('region', { name: 'Your first steps' });

async function stepOn(page: Page, title: string): Promise<void> {
  await page.getByRole('heading', { level: 2, name: title, exact: true }).waitFor();
}

describe.skipIf(!hasChromium)('Journey: the first week, on two phones', () => {
  let a: Person;
  let b: Person;
  const ari: Account = {
    email: uniqueEmail('ari'),
    name: 'Ari',
    password: 'a quiet river at dawn',
  };
  const bea: Account = {
    email: uniqueEmail('bea'),
    name: 'Bea',
    password: 'lanterns over the bay',
  };

  const journey = useJourney();

  afterAll(() => {
    if (heights.length) {
      console.log(heights.map(([name, h]) => `${String(h).padStart(5)} px  ${name}`).join('\n'));
    }
  });
  beforeAll(async () => {
    a = await journey.person({ viewport: PHONE });
    b = await journey.person({ viewport: PHONE });
  }, 120_000);

  it('A: a welcome, then one step at a time, each one able to wait', async () => {
    const page = a.page;
    await page.goto('/');
    await fits(page, 'welcome-signed-out');
    await page.getByRole('link', { name: 'Create an account' }).click();
    await waitForHeading(page, 'Create your account');
    await fillSignUp(page, ari);
    // Sign-up lands on the first steps, at the welcome.
    await waitForHeading(page, 'Your first steps');
    await settled(page);
    await stepOn(page, 'Welcome to Kintsugi');
    await page.getByText('Step 1 of 6').waitFor();
    await fits(page, 'a-first-steps-landing');
    // Today says the same until the welcome is read (the safety offer sits above it, as before).
    await goTo(page, 'Today');
    await waitForHeading(page, 'Today');
    await settled(page);
    const card = firstSteps(page);
    await card.getByText('Welcome. First, a few words on what Kintsugi is and is not.').waitFor();
    await fits(page, 'a-today-new');

    await card.getByRole('link', { name: 'Read the welcome' }).click();
    await waitForHeading(page, 'Your first steps');
    await settled(page);
    await stepOn(page, 'Welcome to Kintsugi');
    await page.getByText('It is not therapy and it is not a judge.', { exact: false }).waitFor();
    await page.getByText('private unless you choose to share it', { exact: false }).waitFor();
    await page.getByText('at your own pace', { exact: false }).waitFor();
    await page.getByText('Step 1 of 6').waitFor();
    await fits(page, 'a-first-steps-welcome');
    // "Skip for now" is there on every step, the welcome too.
    await page.getByRole('button', { name: 'Skip for now' }).waitFor();
    await page.getByRole('button', { name: 'Next' }).click();
    await stepOn(page, 'A private safety check');
    await expect.poll(() => focused(page)).toBe('A private safety check');
    await page.getByText('Step 2 of 6').waitFor();

    // Back is one click, and focus follows.
    await page.getByRole('button', { name: 'Back' }).click();
    await stepOn(page, 'Welcome to Kintsugi');
    await expect.poll(() => focused(page)).toBe('Welcome to Kintsugi');
    await page.getByRole('button', { name: 'Next' }).click();
    await stepOn(page, 'A private safety check');

    // The safety check, from its step.
    await page.getByRole('link', { name: 'Take the safety check' }).click();
    await waitForHeading(page, 'A private safety check');
    await settled(page);
    await fits(page, 'a-safety-check');
    for (const group of await page.locator('fieldset').all()) {
      await group.getByLabel('No', { exact: true }).check();
    }
    await page.getByRole('button', { name: 'Done', exact: true }).click();
    await page.getByRole('heading', { name: 'Thank you for answering' }).waitFor();

    // Today now names the next step; the safety offer is settled.
    await open(page, '/today', 'Today');
    await firstSteps(page).getByText('Next, if you like: where you stand.').waitFor();
    expect(await page.getByRole('heading', { name: /are you safe/ }).count()).toBe(0);
    await firstSteps(page).getByRole('link', { name: 'Say where you stand' }).click();
    await waitForHeading(page, 'Your private reflection');
    await settled(page);
    await page.getByLabel('I was hurt', { exact: true }).check();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Only you can see this.', { exact: true }).waitFor();
    await fits(page, 'a-reflection-before');

    // The partner step: A makes the space and an invite from Our space.
    await open(page, '/first-week', 'Your first steps');
    await stepOn(page, 'Your partner');
    await page.getByText('Step 4 of 6').waitFor();
    await fits(page, 'a-first-steps-partner');
    await page.getByRole('link', { name: 'Go to Our space' }).click();
    await waitForHeading(page, 'Our space');
    await settled(page);
    await page.getByRole('button', { name: 'Create our space' }).click();
    await page.getByRole('button', { name: 'Make an invite link' }).click();
    const link = await page.getByLabel('Invite link').inputValue();
    await fits(page, 'a-space-invite');

    // B: the link, sign-up, joining. No way to start a second space by mistake.
    const bp = b.page;
    await bp.goto(link);
    await waitForHeading(bp, 'Join your partner');
    await fits(bp, 'b-join');
    await fillSignUp(bp, bea);
    await bp.getByRole('button', { name: 'Join the space' }).click();
    await waitForHeading(bp, 'Today');
    await settled(bp);
    expect(await bp.getByRole('button', { name: 'Create our space' }).count()).toBe(0);
    await firstSteps(bp)
      .getByText('Welcome. First, a few words on what Kintsugi is and is not.')
      .waitFor();
    await fits(bp, 'b-today-new');
  }, 240_000);

  it('B: skips some steps for now, says where they stand; joining counts as the partner step', async () => {
    const page = b.page;
    await firstSteps(page).getByRole('link', { name: 'Read the welcome' }).click();
    await waitForHeading(page, 'Your first steps');
    await settled(page);
    await page.getByRole('button', { name: 'Next' }).click();
    await stepOn(page, 'A private safety check');
    await page.getByRole('button', { name: 'Skip for now' }).click();
    await stepOn(page, 'Where you stand');
    await expect.poll(() => focused(page)).toBe('Where you stand');
    // The list says what was set aside, in words, with no count and no score.
    const list = page.getByRole('navigation', { name: 'Your first steps' });
    await list.getByText('set aside for now').waitFor();
    await list.getByRole('button', { name: /Your partner · done/ }).waitFor();
    await fits(page, 'b-first-steps-stance');

    await page.getByRole('link', { name: 'Say where you stand' }).click();
    await waitForHeading(page, 'Your private reflection');
    await settled(page);
    await page.getByLabel('I broke the trust', { exact: true }).check();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Only you can see this.', { exact: true }).waitFor();

    // Back on the steps: the partner step is done already (B joined); the reflection can wait.
    await open(page, '/first-week', 'Your first steps');
    await stepOn(page, 'Your private reflection');
    await page.getByRole('button', { name: 'Skip for now' }).click();
    await stepOn(page, 'A first check-in');
    // A set-aside step comes back with one click.
    await list.getByRole('button', { name: /A private safety check/ }).click();
    await stepOn(page, 'A private safety check');
    await page.getByText('You set this aside for now.').waitFor();
    await page.getByRole('button', { name: 'Bring it back' }).click();
    await page.getByRole('button', { name: 'Skip for now' }).click();
    await stepOn(page, 'Where you stand');

    // Today shows the next step that is neither done nor set aside.
    await open(page, '/today', 'Today');
    await firstSteps(page).getByText('Next, if you like: a first check-in.').waitFor();
  }, 180_000);

  it('A: the reflection one pattern at a time; its result fits a phone', async () => {
    const page = a.page;
    await open(page, '/today', 'Today');
    await firstSteps(page).getByText('Next, if you like: your private reflection.').waitFor();
    await firstSteps(page).getByRole('link', { name: 'Open your reflection' }).click();
    await waitForHeading(page, 'Your private reflection');
    await settled(page);
    await page.getByRole('button', { name: 'Start the reflection' }).click();
    await page.getByText('Pattern 1 of 4').waitFor();
    await fits(page, 'a-reflection-step');
    await answerReflection(page, [4, 3, 2, 5], 'I go quiet when I am scared.');
    await fits(page, 'a-reflection-result');
    // What each pattern may mean is one tap away, not spread over the page.
    await page.getByText('What it may mean', { exact: true }).first().click();
    await page.getByRole('heading', { name: 'What often lies beneath' }).first().waitFor();
  }, 180_000);

  it('both: the first shared check-in, on its own tab; the first steps step aside', async () => {
    for (const [person, name, safety] of [
      [a, 'a', '6'],
      [b, 'b', '5'],
    ] as const) {
      const page = person.page;
      await open(page, '/today', 'Today');
      await firstSteps(page).getByRole('link', { name: 'Check in' }).click();
      await waitForHeading(page, 'Check-ins');
      await settled(page);
      await fits(page, `${name}-checkin-empty`);
      await page.getByRole('checkbox', { name: 'Hopeful', exact: true }).check();
      await page.getByLabel('How safe do you feel with your partner today?').fill(safety);
      await page.getByLabel('How much do you trust today?').fill('4');
      await page.getByLabel('How connected do you feel?').fill('5');
      await page.getByRole('radio', { name: /Me and my partner/ }).check();
      await page.getByRole('button', { name: 'Save check-in' }).click();
      await page.getByText(/^Saved\. You (can change it|have both checked in)/).waitFor();
    }
    await b.page.getByText(/^Saved\. You have both checked in/).waitFor();
    await fits(b.page, 'b-checkin-both');
    await open(a.page, '/check-ins', 'Check-ins');
    await a.page
      .getByTestId('partner-today')
      .getByRole('heading', { name: 'Bea’s check-in' })
      .waitFor();
    await fits(a.page, 'a-checkin-both');

    // The weekly check-in and its day are tabs of their own; focus goes to what opened.
    await a.page.getByRole('link', { name: 'This week' }).click();
    await a.page.getByRole('heading', { name: 'This week, together' }).waitFor();
    await expect.poll(() => focused(a.page)).toBe('This week, together');
    await fits(a.page, 'a-checkin-weekly');
    await a.page.getByRole('link', { name: 'Change the day of the weekly check-in' }).click();
    await a.page.getByRole('heading', { name: 'Your check-in day' }).waitFor();
    await fits(a.page, 'a-checkin-day');

    // A did every step: Today carries no first-week card any more. B set two aside: none either.
    for (const page of [a.page, b.page]) {
      await open(page, '/today', 'Today');
      expect(await firstSteps(page).count()).toBe(0);
    }
    await open(a.page, '/first-week', 'Your first steps');
    await a.page.getByRole('heading', { name: "That's the first steps" }).waitFor();
    await fits(a.page, 'a-first-steps-all');
  }, 240_000);

  it('every main screen fits a phone, for both, after a first week', async () => {
    const extra: [string, string][] = [
      ['/first-week', 'Your first steps'],
      ['/reflection', 'Your private reflection'],
      ['/path/grieve', 'Grieve'],
      ['/support/safety', 'A private safety check'],
      ['/talk/new', 'Start a conversation'],
      ['/check-ins#weekly', 'Check-ins'],
    ];
    for (const [person, who] of [
      [a, 'a'],
      [b, 'b'],
    ] as const) {
      for (const area of areas) {
        await open(person.page, area.path, area.heading);
        await fits(person.page, `${who}-${area.id}`);
      }
      for (const [path, heading] of extra) {
        await open(person.page, path, heading);
        await fits(person.page, `${who}-${path.replace(/[/#]+/g, '-').replace(/^-/, '')}`);
      }
    }
    // A talk theme opened shows a few questions, not the whole bank.
    await open(a.page, '/talk/new', 'Start a conversation');
    await a.page.getByRole('radio', { name: 'What hurt most', exact: true }).check();
    await a.page.getByRole('group', { name: 'What hurt most' }).waitFor();
    expect(await a.page.getByTestId('talk-topic').count()).toBeLessThanOrEqual(10);
    await fits(a.page, 'a-talk-new-theme');
    // The path shows one stage's choices at a time.
    await open(a.page, '/path', 'Your path');
    await a.page.getByRole('button', { name: 'Change my mark for Grieve' }).click();
    await a.page.getByRole('group', { name: 'Where are you with Grieve?' }).waitFor();
    expect(await a.page.getByRole('group', { name: /^Where are you with / }).count()).toBe(1);
    await fits(a.page, 'a-path-one-stage');

    expect([...a.blocked, ...b.blocked]).toEqual([]);
    expect([...a.problems, ...b.problems]).toEqual([]);
  }, 420_000);
});

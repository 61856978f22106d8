// Steps the method journeys share: two partners in one space, the reflection filled in.
import type { Browser, Page } from 'playwright-core';
import { fillSignUp, signUpFromWelcome, waitForHeading, type Account } from './flows.ts';
import { newPerson, uniqueEmail, type Person } from './harness.ts';

export interface Pair {
  a: Person;
  b: Person;
}

/** A signs up and invites; B opens the link, signs up and joins. Both end on Today. */
export async function twoPartners(
  browser: Browser,
  baseUrl: string,
  views: { a: { width: number; height: number }; b: { width: number; height: number } },
  names: [string, string] = ['Ari', 'Bea'],
): Promise<Pair> {
  const ari: Account = {
    email: uniqueEmail(names[0].toLowerCase()),
    name: names[0],
    password: 'a quiet river at dawn',
  };
  const bea: Account = {
    email: uniqueEmail(names[1].toLowerCase()),
    name: names[1],
    password: 'lanterns over the bay',
  };
  const a = await newPerson(browser, baseUrl, { viewport: views.a });
  await signUpFromWelcome(a.page, ari);
  await a.page.getByRole('heading', { name: 'One small thing for today' }).waitFor();
  await a.page.getByRole('button', { name: 'Create our space' }).click();
  await a.page.getByRole('button', { name: 'Make an invite link' }).click();
  const link = await a.page.getByLabel('Invite link').inputValue();
  const b = await newPerson(browser, baseUrl, { viewport: views.b });
  await b.page.goto(link);
  await waitForHeading(b.page, 'Join your partner');
  await fillSignUp(b.page, bea);
  await b.page.getByRole('button', { name: 'Join the space' }).click();
  await waitForHeading(b.page, 'Today');
  return { a, b };
}

/** Settled: nothing on the page still says "one moment". */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('.loading') === null);
}

const scale = ['Disagree strongly', 'Disagree', 'Not sure', 'Agree', 'Agree strongly'];

/** Answers the four steps of the reflection; `levels[i]` (1-5) is used for every statement of pattern i. */
export async function answerReflection(
  page: Page,
  levels: [number, number, number, number],
  note?: string,
): Promise<void> {
  for (let step = 0; step < 4; step++) {
    await page.getByText(`Pattern ${step + 1} of 4`).waitFor();
    const groups = page.locator('fieldset.choice-group');
    for (let i = 0; i < 5; i++) {
      await groups
        .nth(i)
        .getByLabel(scale[levels[step]! - 1]!, { exact: true })
        .check();
    }
    if (note && step === 1) await page.getByLabel('What I notice in myself (optional)').fill(note);
    await page.getByRole('button', { name: step === 3 ? 'See what it shows' : 'Next' }).click();
  }
  await page.getByRole('heading', { name: 'What your reflection shows' }).waitFor();
}

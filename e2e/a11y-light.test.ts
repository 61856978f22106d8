// Journey 2b: axe-core on every signed-in page (each area, Our space, Account, Support, join,
// not found) in the light theme on a phone, plus the states that only appear after an action
// and the phone's "More" sheet. Zero violations allowed.
import { beforeAll, describe, expect, it } from 'vitest';
import { open, scanEveryPage, scanMoreSheet, signedInPerson } from './a11y.ts';
import { openSection } from './flows.ts';
import { checkA11y, hasChromium, noteIfSkipped, PHONE, type Person } from './harness.ts';
import { useJourney } from './journey.ts';

noteIfSkipped('a11y-light.test.ts');

describe.skipIf(!hasChromium)('Journey: every signed-in page is accessible (light, phone)', () => {
  let person: Person;

  const journey = useJourney();
  beforeAll(async () => {
    person = await signedInPerson(journey.browser, journey.baseUrl, {
      viewport: PHONE,
      colorScheme: 'light',
    });
  });

  it('has no axe violations in states reached by doing something', async () => {
    const { page } = person;
    await checkA11y(page, 'Today, no space yet');

    await page.getByRole('button', { name: 'Create our space' }).click();
    await page.getByRole('button', { name: 'Make an invite link' }).click();
    await page.getByLabel('Invite link').waitFor();
    await checkA11y(page, 'Today, invite shown');

    await open(page, '/space', 'Our space');
    await page.getByRole('button', { name: 'Leave our space…' }).click();
    await page.getByRole('heading', { name: 'Leave your shared space?' }).waitFor();
    await checkA11y(page, 'Our space, leave confirmation');

    await open(page, '/account', 'Your account');
    const section = await openSection(page, 'Change your password');
    await section.getByLabel('Current password').fill('wrong password here');
    await section.getByLabel('New password').fill('a brand new password');
    await section.getByRole('button', { name: 'Change password' }).click();
    await page.locator('.field-error').first().waitFor();
    await checkA11y(page, 'Account, wrong password');
  });

  it('has no axe violations on any page', async () => {
    await scanEveryPage(person.page, 'light, phone');
    await scanMoreSheet(person.page, 'light');
    expect(person.blocked).toEqual([]);
    expect(person.problems).toEqual([]);
  });
});

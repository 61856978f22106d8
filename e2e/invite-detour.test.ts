// Journey: the invite detour. B opens the invite link, then signs up in another tab and reloads:
// the code is still there, and until B joins, Our space and Today offer joining, never "Create our
// space". C, who opened a link but does not mean to join, says so first and only then can start
// a space of their own. On a phone, axe clean.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  fillSignUp,
  goTo,
  lookAt,
  signUpFromWelcome,
  waitForHeading,
  type Account,
} from './flows.ts';
import { hasChromium, noteIfSkipped, PHONE, uniqueEmail } from './harness.ts';
import { useJourney } from './journey.ts';

noteIfSkipped('invite-detour.test.ts');

const look = lookAt('invite');

function person(name: string): Account {
  return {
    email: uniqueEmail(name.toLowerCase()),
    name,
    password: `${name} walks by the long river`,
  };
}

async function makeInviteLink(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Make an invite link' }).click();
  return page.getByLabel('Invite link').inputValue();
}

describe.skipIf(!hasChromium)('Journey: an invite survives the sign-up detour', () => {
  const journey = useJourney();

  it('B opens the link, signs up in a new tab, reloads, and still joins; no second space offered', async () => {
    const base = journey.baseUrl;
    const a = await journey.person({ viewport: PHONE });
    await signUpFromWelcome(a.page, person('Ana'));
    await a.page.getByRole('button', { name: 'Create our space' }).click();
    const link = await makeInviteLink(a.page);

    // B opens the link in one tab, then signs up from the welcome page in another.
    const b = await journey.person({ viewport: PHONE });
    await b.page.goto(link);
    await waitForHeading(b.page, 'Join your partner');
    // The code leaves the address bar as soon as the page has read it.
    await expect.poll(() => b.page.url()).toBe(`${base}/join`);
    const other = await b.context.newPage();
    await signUpFromWelcome(other, person('Ben'));
    await other.reload();
    await waitForHeading(other, 'Today');
    await other.getByRole('heading', { name: 'Your partner invited you' }).waitFor();
    expect(await other.getByRole('button', { name: 'Create our space' }).count()).toBe(0);
    await look(other, 'today-pending', PHONE);

    await goTo(other, 'Our space');
    await waitForHeading(other, 'Our space');
    await other.getByRole('heading', { name: 'Your partner invited you' }).waitFor();
    expect(await other.getByRole('button', { name: 'Create our space' }).count()).toBe(0);
    await look(other, 'space-pending', PHONE);

    // The first tab, reloaded after the sign-up elsewhere, still knows the code.
    await b.page.reload();
    await waitForHeading(b.page, 'Join your partner');
    await b.page.getByRole('button', { name: 'Join the space' }).waitFor();
    expect(await b.page.getByText('missing its code').count()).toBe(0);
    expect(await b.page.getByLabel('Invite code').count()).toBe(0);
    await b.page.close();

    // Joining from Our space's offer lands B in A's space, and the offer is gone.
    await other.getByRole('link', { name: 'Join your partner' }).click();
    await waitForHeading(other, 'Join your partner');
    await other.getByRole('button', { name: 'Join the space' }).click();
    await waitForHeading(other, 'Today');
    await other.getByRole('heading', { name: "You're both here" }).waitFor();
    expect(await other.evaluate(() => localStorage.getItem('kintsugi.invite'))).toBeNull();
    await other.reload();
    await other.getByRole('heading', { name: "You're both here" }).waitFor();
    expect(await other.getByRole('heading', { name: 'Your partner invited you' }).count()).toBe(0);

    // C opened a link too but means to start alone: they say so, then they can create a space.
    const a2 = await journey.person({ viewport: PHONE });
    await signUpFromWelcome(a2.page, person('Cleo'));
    await a2.page.getByRole('button', { name: 'Create our space' }).click();
    const link2 = await makeInviteLink(a2.page);
    const c = await journey.person({ viewport: PHONE });
    await c.page.goto(link2);
    await waitForHeading(c.page, 'Join your partner');
    await fillSignUp(c.page, person('Dev'));
    await c.page.getByRole('button', { name: 'Join the space' }).waitFor();
    await goTo(c.page, 'Our space');
    await c.page.getByRole('heading', { name: 'Your partner invited you' }).waitFor();
    await c.page.getByRole('button', { name: "I'm not joining this space" }).click();
    await c.page.getByRole('button', { name: 'Create our space' }).click();
    await c.page.getByRole('button', { name: 'Make an invite link' }).waitFor();

    expect([...a.problems, ...b.problems, ...a2.problems, ...c.problems]).toEqual([]);
    for (const p of [a, b, a2, c]) await p.context.close();
  });

  it('keeps the console free of red for expected answers: signed out, and no space yet (decision 121)', async () => {
    const a = await journey.person({ viewport: PHONE });
    const red: string[] = [];
    a.page.on('console', (m) => {
      if (m.type() === 'error') red.push(m.text());
    });
    await a.page.goto('/');
    await a.page.getByRole('link', { name: 'Create an account' }).waitFor();
    await signUpFromWelcome(a.page, person('Eli'));
    await a.page.getByRole('button', { name: 'Create our space' }).waitFor();
    await goTo(a.page, 'Our space');
    await waitForHeading(a.page, 'Our space');
    await a.page.getByRole('button', { name: 'Create our space' }).waitFor();
    await a.page.reload();
    await a.page.getByRole('button', { name: 'Create our space' }).waitFor();
    expect(red).toEqual([]);
    await a.context.close();
  });
});

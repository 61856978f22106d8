// Journey: time apart, then leaving. Ari pauses the shared space until a date: Bea's Today says
// that it is on and until when (not why), every shared place says so, new shared things stop for
// both, and only Ari can end it early. Then Bea leaves: Ari is told plainly, and neither sees the
// other's space any more.
import { describe, expect, it } from 'vitest';
import { checkA11y, DESKTOP, hasChromium, noteIfSkipped, PHONE, screenshot } from './harness.ts';
import { useJourney } from './journey.ts';
import { open, postFromPage, twoPartners } from './safety-flows.ts';

noteIfSkipped('safety-space.test.ts');

const promise = { text: 'Call at lunch', dueAt: null };

describe.skipIf(!hasChromium)('Journey: time apart and leaving', () => {
  const journey = useJourney();

  it('pauses the space for both, ends it, and leaves with a calm notice on both sides', async () => {
    const { a, b } = await twoPartners(journey.browser, journey.baseUrl);

    await open(a, '/space', 'Our space');
    await a.page.getByRole('heading', { name: 'Time apart' }).waitFor();
    await checkA11y(a.page, 'our space with time apart');
    const inThreeDays = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    await a.page.getByLabel('End date (you can leave it open)').fill(inThreeDays);
    await a.page.getByRole('button', { name: 'Pause our shared space' }).click();
    await a.page.getByRole('heading', { name: 'Pause the shared space now?' }).waitFor();
    await a.page.getByRole('button', { name: 'Yes, pause it' }).click();
    await a.page.getByText('You asked for time apart.').waitFor();
    await a.page.getByRole('button', { name: 'End time apart' }).waitFor();
    await screenshot(a.page, 'safety-10-paused-phone');

    // Bea's Today says plainly that time apart is on, and until when; never why.
    await open(b, '/today', 'Today');
    const card = b.page.getByRole('region', { name: 'Time apart is on' });
    await card.getByText('Your partner asked for some time apart.').waitFor();
    await card.getByText(/^It ends on /).waitFor();
    expect(await b.page.getByRole('heading', { name: "You're both here" }).count()).toBe(0);
    await checkA11y(b.page, 'today during time apart, partner side');
    await screenshot(b.page, 'safety-11-today-paused-partner-desktop');
    await b.page.setViewportSize(PHONE);
    await screenshot(b.page, 'safety-11-today-paused-partner-phone');
    await b.page.setViewportSize(DESKTOP);

    // Every shared place says so before anyone types.
    for (const [path, heading] of [
      ['/promises', 'Promises'],
      ['/check-ins', 'Check-ins'],
      ['/letters', 'Letters'],
    ] as const) {
      await open(b, path, heading);
      await b.page
        .getByText(/^Time apart is on until .*Nothing new can be shared here until it ends\./)
        .waitFor();
    }
    await checkA11y(b.page, 'a shared place during time apart');

    // Only Ari can end it early; Bea is told so, and can still leave.
    await open(b, '/space', 'Our space');
    await b.page
      .getByText('Only the one who asked for it can end it early.', { exact: false })
      .waitFor();
    expect(await b.page.getByRole('button', { name: 'End time apart' }).count()).toBe(0);
    await b.page.getByRole('button', { name: 'Leave our space…' }).waitFor();
    await checkA11y(b.page, 'our space while paused, partner side');
    await screenshot(b.page, 'safety-12-paused-partner-desktop');
    // New shared things stop, from either side; and the end is refused to Bea at the door too.
    expect(await postFromPage(a.page, '/api/v1/promises', promise)).toBe(409);
    expect(await postFromPage(b.page, '/api/v1/promises', promise)).toBe(409);
    expect(await postFromPage(b.page, '/api/v1/time-apart/end', {})).toBe(403);

    await a.page.getByRole('button', { name: 'End time apart' }).click();
    await a.page.getByText('Time apart has ended. The shared space is open again.').waitFor();
    expect(await postFromPage(a.page, '/api/v1/promises', promise)).toBe(201);
    await open(b, '/today', 'Today');
    await b.page.getByRole('heading', { name: "You're both here" }).waitFor();
    expect(await b.page.getByRole('region', { name: 'Time apart is on' }).count()).toBe(0);

    await open(b, '/space', 'Our space');
    // Bea leaves.
    await b.page.getByRole('button', { name: 'Leave our space…' }).click();
    await b.page.getByRole('button', { name: 'Yes, leave' }).click();
    await b.page.getByRole('button', { name: 'Create our space' }).waitFor();
    await checkA11y(b.page, 'our space after leaving');
    await screenshot(b.page, 'safety-13-left-desktop');
    expect(await b.page.getByText('Your partner left the shared space.').count()).toBe(0);

    // Ari is told, plainly, on Today and on Our space.
    await open(a, '/today', 'Today');
    await a.page.getByText('Your partner left the shared space.').first().waitFor();
    await open(a, '/space', 'Our space');
    await a.page.getByText('Your partner left the shared space.').waitFor();
    await a.page.getByRole('button', { name: 'Create our space' }).waitFor();
    await checkA11y(a.page, 'our space after the partner left');
    await screenshot(a.page, 'safety-14-partner-left-phone');
    await a.page.setViewportSize(DESKTOP);
    await screenshot(a.page, 'safety-14-partner-left-desktop');
    await a.page.setViewportSize(PHONE);
    await a.page.getByRole('button', { name: 'Okay' }).click();
    await expect
      .poll(() => a.page.getByText('Your partner left the shared space.').count())
      .toBe(0);
    await open(a, '/today', 'Today');
    expect(await a.page.title()).toBe('Today · Kintsugi');
    expect(await a.page.getByText('Your partner left the shared space.').count()).toBe(0);

    for (const person of [a, b]) expect(person.problems).toEqual([]);
  }, 120_000);
});

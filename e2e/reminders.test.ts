// Journey: reminders that say nothing. Ben, on a laptop, turns email reminders on for letters;
// Ana, on a phone, sends him a letter. One mail arrives (read from a real SMTP server on
// loopback): from "Kintsugi", about "Kintsugi", saying only that something is waiting, with no
// name and no word of the letter. Its one-click unsubscribe, posted as a mail app would (no
// session, no Origin), turns email reminders off, and Ben's screen shows it.
// Then, with a new pair: a promise of Ben's falls due and a reminder arrives by itself (the
// sweep, decision 083); its unsubscribe address opened in the browser asks first, then turns
// reminders off. Ana notices a promise Ben kept, and Ben's Today tells him until he has seen it.
import { describe, expect, it } from 'vitest';
import { goTo, lookAt, openSection, waitForHeading } from './flows.ts';
import { pairUpWithMail } from './mail-flows.ts';
import { DESKTOP, hasChromium, noteIfSkipped, PHONE } from './harness.ts';
import { useJourney } from './journey.ts';

noteIfSkipped('reminders.test.ts');
const look = lookAt('reminders');
const PLANTED = 'Saffron Windmill Secret';

describe.skipIf(!hasChromium)('Journey: turning reminders on and receiving one', () => {
  // The server's mail goes to our receiver; moments in time are looked for every second.
  const journey = useJourney({ mail: true, env: { REMINDER_SWEEP_SECONDS: '1' } });

  it('a letter brings one mail that says nothing, and one click in the mail turns reminders off', async () => {
    // Mail is on, so each sign-up is finished by its link (decision 085).
    const { a, b, ben } = await pairUpWithMail(journey.browser, journey.baseUrl, journey.smtp);

    await b.page.goto('/account#reminders');
    await waitForHeading(b.page, 'Your account');
    const section = b.page.getByRole('region', { name: 'Reminders' });
    const email = section.getByRole('checkbox', { name: /Email me/ });
    const letters = section.getByRole('checkbox', { name: 'A letter has arrived for you' });
    await section.getByText('Email me').waitFor();
    expect(await email.isChecked()).toBe(false);
    expect(await letters.isDisabled()).toBe(true);
    await section.scrollIntoViewIfNeeded();
    await look(b.page, 'off', DESKTOP);

    // Keyboard only: Tab to the switches, Space to turn them on, Enter to save.
    await email.focus();
    await b.page.keyboard.press('Space');
    await letters.focus();
    await b.page.keyboard.press('Space');
    await section.getByRole('button', { name: 'Save reminders' }).click();
    await section.getByText('Saved. You can change this any time.').waitFor();
    await look(b.page, 'on', DESKTOP);

    // Quiet hours, then off again (a reminder inside them would wait until they end).
    await section.getByRole('checkbox', { name: 'Keep some hours quiet' }).check();
    await section.getByLabel('From').fill('22:00');
    await section.getByLabel('Until').fill('22:00');
    await section.getByRole('button', { name: 'Save reminders' }).click();
    await section.getByText('Quiet hours need a start and an end that differ.').waitFor();
    await section.getByLabel('Until').fill('07:00');
    await section.getByRole('button', { name: 'Save reminders' }).click();
    await section.getByText('Saved. You can change this any time.').waitFor();
    await look(b.page, 'quiet', DESKTOP);
    await section.getByRole('checkbox', { name: 'Keep some hours quiet' }).uncheck();
    await section.getByRole('button', { name: 'Save reminders' }).click();
    await section.getByText('Saved. You can change this any time.').waitFor();

    await a.page.goto('/letters/new');
    await waitForHeading(a.page, 'A letter to your partner');
    await a.page.getByLabel('Your letter').fill(`Dear Ben, about the ${PLANTED}.`);
    await a.page.getByLabel('Send it now').check();
    await a.page.getByRole('button', { name: 'Send letter' }).click();
    await a.page.getByText('Sent. Your partner can read it now.').waitFor();

    const [mail] = await journey.smtp.waitFor(1);
    const raw = journey.smtp.raw[0]!;
    expect(mail!.to).toMatchObject({ text: ben.email });
    expect(mail!.subject).toBe('Kintsugi');
    expect(mail!.from?.value[0]?.name).toBe('Kintsugi');
    expect(mail!.text).toContain('Something is waiting for you in Kintsugi.');
    expect(mail!.text).toContain(`${journey.baseUrl}/`);
    for (const secret of [PLANTED, 'Saffron', 'Ana', 'Dear Ben', 'letter'])
      expect(raw).not.toContain(secret);
    expect(raw).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click$/m);
    const unsubscribe = /^List-Unsubscribe:\s+<([^>]+)>$/m.exec(raw)?.[1];
    expect(unsubscribe).toMatch(/\/api\/v1\/reminders\/unsubscribe\?token=[A-Za-z0-9_-]{43}$/);
    console.log(`A reminder as received:\n${raw}`);

    // What a mail app sends on one click: no cookie, no Origin.
    const res = await fetch(unsubscribe!, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(res.status).toBe(200);

    await b.page.reload();
    await waitForHeading(b.page, 'Your account');
    await section.getByText('Email me').waitFor();
    expect(await email.isChecked()).toBe(false);
    expect(a.problems).toEqual([]);
    expect(b.problems).toEqual([]);
    await look(a.page, 'letter-sent', PHONE);
  });

  it('a promise falling due brings a mail by itself; its address in a browser asks first; a noticed promise waits on Today', async () => {
    journey.smtp.received.length = 0;
    journey.smtp.raw.length = 0;
    const { a, b, ben } = await pairUpWithMail(journey.browser, journey.baseUrl, journey.smtp);
    await b.page.goto('/account#reminders');
    await waitForHeading(b.page, 'Your account');
    const section = b.page.getByRole('region', { name: 'Reminders' });
    await section.getByText('Email me').waitFor();
    await section.getByRole('checkbox', { name: /Email me/ }).check();
    // Every kind is offered now that each has its cause.
    for (const kind of [
      'A letter has arrived for you',
      'It is your turn in a conversation',
      'The weekly check-in is open',
      'An agreement is ready to look at again',
    ])
      expect(await section.getByRole('checkbox', { name: kind }).isEnabled()).toBe(true);
    await section.getByRole('checkbox', { name: 'A promise of yours is due' }).check();
    await section.getByRole('button', { name: 'Save reminders' }).click();
    await section.getByText('Saved. You can change this any time.').waitFor();

    // A promise due in a few seconds (through the API: the screen picks times by the minute).
    const made = await b.page.request.post('/api/v1/promises', {
      headers: { origin: journey.baseUrl },
      data: {
        text: `I will mend the ${PLANTED}`,
        dueAt: new Date(Date.now() + 3000).toISOString(),
      },
    });
    expect(made.status()).toBe(201);

    const [mail] = await journey.smtp.waitFor(1, 30_000);
    const raw = journey.smtp.raw[0]!;
    expect(mail!.to).toMatchObject({ text: ben.email });
    expect(mail!.subject).toBe('Kintsugi');
    expect(mail!.text).toContain('Something is waiting for you in Kintsugi.');
    for (const secret of [PLANTED, 'Saffron', 'mend', 'promise', 'Ana', 'Ben'])
      expect(raw).not.toContain(secret);
    console.log(`A reminder for a promise that fell due, as received:\n${raw}`);
    const unsubscribe = /^List-Unsubscribe:\s+<([^>]+)>$/m.exec(raw)?.[1];
    expect(unsubscribe).toBeDefined();

    // The unsubscribe address pasted into a browser: a page that asks first; opening it changed nothing.
    await b.page.goto(unsubscribe!);
    await waitForHeading(b.page, 'Stop reminder emails?');
    await expect.poll(() => b.page.url()).toBe(`${journey.baseUrl}/unsubscribe`);
    await look(b.page, 'unsubscribe-ask', DESKTOP);
    await b.page.getByRole('button', { name: 'Turn off reminder emails' }).click();
    await b.page.getByText('Done. Kintsugi will not send you reminder emails.').waitFor();
    await look(b.page, 'unsubscribe-done', DESKTOP);
    await b.page.getByRole('link', { name: 'Go to your account' }).click();
    await waitForHeading(b.page, 'Your account');
    await section.getByText('Email me').waitFor();
    expect(await section.getByRole('checkbox', { name: /Email me/ }).isChecked()).toBe(false);

    // Ben keeps a small promise; Ana notices it; Ben's Today says so until he has seen it.
    await goTo(b.page, 'Promises');
    await waitForHeading(b.page, 'Promises');
    // Ben has a promise already: the form waits behind its opening line (decision 140).
    await openSection(b.page, 'Make a promise');
    await b.page.getByLabel('I promise to…').fill('I will cook on Friday');
    await b.page.getByRole('button', { name: 'Make this promise' }).click();
    await b.page.getByText('Promise made.').waitFor();
    await b.page
      .getByRole('listitem')
      .filter({ hasText: 'I will cook on Friday' })
      .getByRole('button', { name: 'I kept it' })
      .click();
    await b.page.getByText('Marked as kept.').waitFor();
    // Ana's tab has shown the invite since before Ben joined: a fresh load sees the space whole.
    await goTo(a.page, 'Today');
    await a.page.reload();
    await waitForHeading(a.page, 'Today');
    await a.page
      .getByRole('link', { name: 'Your partner kept a promise: I will cook on Friday' })
      .click();
    await waitForHeading(a.page, 'Promises');
    const partnerList = a.page.getByRole('region', { name: "Your partner's promises" });
    await partnerList.getByRole('button', { name: 'I noticed' }).click();
    await a.page.getByRole('button', { name: 'Send', exact: true }).click();
    await a.page.getByText('Your partner will see that you noticed.').waitFor();

    await goTo(b.page, 'Today');
    await waitForHeading(b.page, 'Today');
    const notice = b.page.getByRole('link', {
      name: 'Your partner noticed a promise you kept: I will cook on Friday',
    });
    await notice.waitFor();
    await look(b.page, 'today-noticed', DESKTOP);
    await notice.click();
    await waitForHeading(b.page, 'Promises');
    await b.page.getByText('Your partner noticed').first().waitFor();
    await goTo(b.page, 'Today');
    await b.page
      .getByRole('heading', { name: 'Waiting for you' })
      .or(b.page.getByRole('heading', { level: 1, name: 'Today' }))
      .first()
      .waitFor();
    await b.page.waitForFunction(() => document.querySelector('.loading') === null);
    expect(await b.page.getByRole('link', { name: /Your partner noticed a promise/ }).count()).toBe(
      0,
    );
    expect(a.problems).toEqual([]);
    expect(b.problems).toEqual([]);
  });
});

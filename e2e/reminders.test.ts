// Journey: reminders that say nothing. Ben, on a laptop, turns email reminders on for letters;
// Ana, on a phone, sends him a letter. One mail arrives (read from a real SMTP server on
// loopback): from "Kintsugi", about "Kintsugi", saying only that something is waiting, with no
// name and no word of the letter. Its one-click unsubscribe, posted as a mail app would (no
// session, no Origin), turns email reminders off, and Ben's screen shows it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startSmtpReceiver, type SmtpReceiver } from '../src/platform/testing/smtp-receiver.ts';
import { lookAt, waitForHeading } from './flows.ts';
import { pairUpWithMail } from './mail-flows.ts';
import {
  DESKTOP,
  hasChromium,
  launchBrowser,
  noteIfSkipped,
  PHONE,
  startServer,
  type RunningServer,
} from './harness.ts';

noteIfSkipped('reminders.test.ts');
const look = lookAt('reminders');
const PLANTED = 'Saffron Windmill Secret';

describe.skipIf(!hasChromium)('Journey: turning reminders on and receiving one', () => {
  let server: RunningServer;
  let browser: Browser;
  let smtp: SmtpReceiver;

  beforeAll(async () => {
    smtp = await startSmtpReceiver();
    // The server's mail goes to our receiver.
    server = await startServer({ env: { SMTP_URL: smtp.url } });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await smtp?.close();
  });

  it('a letter brings one mail that says nothing, and one click in the mail turns reminders off', async () => {
    // Mail is on, so each sign-up is finished by its link (decision 085).
    const { a, b, ben } = await pairUpWithMail(browser, server.baseUrl, smtp);

    await b.page.goto('/account');
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

    const [mail] = await smtp.waitFor(1);
    const raw = smtp.raw[0]!;
    expect(mail!.to).toMatchObject({ text: ben.email });
    expect(mail!.subject).toBe('Kintsugi');
    expect(mail!.from?.value[0]?.name).toBe('Kintsugi');
    expect(mail!.text).toContain('Something is waiting for you in Kintsugi.');
    expect(mail!.text).toContain(`${server.baseUrl}/`);
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
});

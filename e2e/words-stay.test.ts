// Journey: nothing of yours is lost or rewritten by your partner. Ari and Bea write to each other,
// talk, own what happened and agree on something together; then Bea deletes her account. Ari
// still reads Ari's letter, Ari's turns (Bea's read "removed when this account was closed"),
// Ari's statement and the agreement both said yes to, as it was agreed.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { lookAt, waitForHeading } from './flows.ts';
import { hasChromium, noteIfSkipped } from './harness.ts';
import { useJourney } from './journey.ts';
import { open, twoPartners } from './safety-flows.ts';

noteIfSkipped('words-stay.test.ts');
const look = lookAt('words-stay');

/** A write made from the page itself (same origin, its own cookie), answering the JSON. */
const call = (page: Page, method: string, path: string, body?: unknown) =>
  page.evaluate(
    async ([m, p, b]) => {
      const res = await fetch(p, {
        method: m,
        headers: b === undefined ? {} : { 'content-type': 'application/json' },
        body: b === undefined ? undefined : JSON.stringify(b),
        credentials: 'same-origin',
      });
      if (res.status >= 300) throw new Error(`${m} ${p} answered ${res.status}`);
      return res.status === 204 ? null : res.json();
    },
    [method, path, body] as const,
  );

describe.skipIf(!hasChromium)(
  'Journey: my words stay mine when my partner deletes their account',
  () => {
    const journey = useJourney();

    it('keeps Ari’s letter, turns, statement and the agreed agreement after Bea deletes', async () => {
      const { a, b, bea } = await twoPartners(journey.browser, journey.baseUrl);
      const reviewOn = new Date(Date.now() + 28 * 86_400_000).toISOString().slice(0, 10);

      const letter = await call(a.page, 'POST', '/api/v1/letters', {
        body: 'Ari wrote this letter to Bea.',
        send: 'now',
      });
      const statement = await call(a.page, 'POST', '/api/v1/ownership', {
        whatIDid: 'Ari named what Ari did.',
        howItHurt: 'Ari named how it hurt.',
        whatIWillDo: 'Ari named what comes next.',
      });
      const talk = await call(b.page, 'POST', '/api/v1/talks', {
        topicId: 'hurt-most',
        firstSpeaker: 'partner',
      });
      const turn = async (page: Page, kind: string, body: string) => {
        const now = await call(page, 'GET', `/api/v1/talks/${talk.id}`);
        await call(page, 'POST', `/api/v1/talks/${talk.id}/turns`, {
          version: now.version,
          kind,
          body,
        });
      };
      await turn(a.page, 'answer', 'Ari answered first, in Ari’s words.');
      await turn(b.page, 'reflection', 'Bea reflected back, in Bea’s words.');
      const agreement = await call(b.page, 'POST', '/api/v1/agreements', {
        title: 'Phones away at dinner',
        dailyLife: 'We both leave our phones in the hall while we eat.',
        whySafe: 'We are with each other.',
        reviewOn,
      });
      await call(a.page, 'POST', `/api/v1/agreements/${agreement.id}/actions`, {
        action: 'accept',
        version: 1,
      });

      // Bea reads plainly what goes and what stays, for both of them, then deletes.
      // Deleting is a section of its own with its own address (decision 140).
      await open(b, '/account#delete', 'Your account');
      await b.page.getByRole('heading', { name: 'What stays, for your partner' }).waitFor();
      await b.page
        .getByText('An agreement you both said yes to stays as you agreed it, to read only.')
        .waitFor();
      await b.page.getByRole('heading', { name: 'Delete your account' }).scrollIntoViewIfNeeded();
      await look(b.page, 'delete-account', { width: 1280, height: 800 });
      await b.page.getByLabel('Type your password to confirm').fill(bea.password);
      await b.page.getByRole('button', { name: 'Delete my account' }).click();
      await waitForHeading(b.page, 'Mending trust, one small step at a time');

      const phone = { width: 390, height: 844 };
      await open(a, '/space', 'Our space');
      await a.page
        .getByText('Your partner closed their Kintsugi account. The shared space has closed.')
        .waitFor();
      await a.page
        .getByText(/Their words are gone\. Where they were part of something you made together/)
        .waitFor();
      await look(a.page, 'our-space-after', phone);

      await a.page.goto(`/letters/${letter.id}`);
      await a.page.getByText('Ari wrote this letter to Bea.').waitFor();

      await a.page.goto(`/talk/${talk.id}`);
      await a.page.getByText('Ari answered first, in Ari’s words.').waitFor();
      await a.page.getByText('removed when this account was closed').first().waitFor();
      expect(await a.page.getByText('Bea reflected back').count()).toBe(0);
      // The space closed, so the conversation ended with it: to read, with no buttons that lead nowhere.
      await a.page.getByText('This conversation is finished.', { exact: false }).waitFor();
      expect(await a.page.getByRole('button', { name: /Switch roles|Pause|End/ }).count()).toBe(0);
      await look(a.page, 'conversation-after', phone);

      await a.page.goto(`/talk/ownership/${statement.id}`);
      await a.page.getByText('Ari named what Ari did.').waitFor();

      await a.page.goto(`/agreements/${agreement.id}`);
      await a.page
        .getByText('We both leave our phones in the hall while we eat.')
        .first()
        .waitFor();
      await a.page.getByText('In place').first().waitFor();
      await look(a.page, 'agreement-after', phone);

      for (const person of [a, b]) expect(person.problems).toEqual([]);
    }, 180_000);
  },
);

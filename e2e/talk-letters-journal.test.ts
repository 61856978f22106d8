// Journey: the private journal and letters. A writes a journal entry (a prompt, a feeling),
// finds it by searching, and copies one piece of it into a letter, scheduled an hour ahead.
// B never sees the entry (not in lists, not by its address, not through the API), nor the letter
// before its time. The server is stopped and started again; after its time the letter is
// delivered, B reads it and writes back. axe on every new screen; screenshots at two widths.
import { describe, expect, it } from 'vitest';
import { goTo, pairUp, waitForHeading } from './flows.ts';
import { DESKTOP, hasChromium, noteIfSkipped, PHONE, type Person } from './harness.ts';
import { useJourney } from './journey.ts';
import { localInSeconds, look } from './talk-flows.ts';

noteIfSkipped('talk-letters-journal.test.ts');

const SECRET = 'PLANTED-JOURNAL-4417';
const PIECE = 'I miss how we used to walk by the river after dinner.';

describe.skipIf(!hasChromium)(
  'Journey: a private journal, and a letter delivered after a restart',
  () => {
    let a: Person;
    let b: Person;

    const journey = useJourney();

    it('the journal stays private; an excerpt goes out as a copy in a scheduled letter, delivered after a restart', async () => {
      ({ a, b } = await pairUp(journey.browser, journey.baseUrl));

      // A writes in the journal: a prompt, words, a feeling.
      await goTo(a.page, 'Journal');
      await waitForHeading(a.page, 'Journal');
      await a.page.getByText('Nothing here yet').waitFor();
      await look(a.page, 'journal-empty', PHONE);
      await a.page.getByRole('link', { name: 'Write an entry' }).click();
      await waitForHeading(a.page, 'New journal entry');
      await a.page.getByLabel('A prompt, if you want one').selectOption('right-now');
      await a.page
        .getByLabel('What am I feeling right now, and where do I feel it in my body?')
        .fill(`${SECRET}. Heavy chest tonight. ${PIECE}`);
      await a.page.getByRole('checkbox', { name: 'Sad' }).check();
      await a.page.getByRole('checkbox', { name: 'Hopeful' }).check();
      await look(a.page, 'journal-new', PHONE);
      await a.page.getByRole('button', { name: 'Save entry' }).click();
      await waitForHeading(a.page, 'Journal entry');
      const entryPath = new URL(a.page.url()).pathname;
      expect(entryPath).toMatch(/^\/journal\/[0-9a-f-]{36}$/);
      expect(await a.page.title()).toBe('Journal · Kintsugi');

      // A finds it again by searching.
      await goTo(a.page, 'Journal');
      await waitForHeading(a.page, 'Journal');
      await a.page.getByLabel('Search your journal').fill('river');
      await a.page.getByRole('button', { name: 'Search' }).click();
      await a.page.getByRole('link', { name: new RegExp(SECRET) }).waitFor();
      await look(a.page, 'journal-search', PHONE);

      // A copies one piece of it into a new letter, to arrive an hour from now.
      await a.page.getByRole('link', { name: new RegExp(SECRET) }).click();
      await waitForHeading(a.page, 'Journal entry');
      await look(a.page, 'journal-entry', PHONE);
      // The way to delete says so once: a heading that asks, and one button.
      expect(await a.page.getByText('Delete entry', { exact: true }).count()).toBe(1);
      await a.page.getByLabel('The part you want to share').fill(PIECE);
      await a.page.getByRole('button', { name: 'Copy into a new letter' }).click();
      await waitForHeading(a.page, 'A letter to your partner');
      await a.page.getByText('A piece from your journal has been copied in.').waitFor();
      expect(await a.page.getByLabel('Your letter').inputValue()).toBe(PIECE);
      await a.page.getByRole('radio', { name: 'At a time I choose' }).check();
      await a.page.getByLabel('Arrives at').fill(await localInSeconds(a.page, 3600));
      await look(a.page, 'letter-new', PHONE);
      await a.page.getByRole('button', { name: 'Schedule letter' }).click();
      await a.page.getByText(/^It will arrive /).waitFor();
      const letterPath = new URL(a.page.url()).pathname;
      await look(a.page, 'letter-scheduled', PHONE);
      expect(await a.page.getByText('Delete letter', { exact: true }).count()).toBe(1);

      // B sees neither the journal nor the letter: not in lists, not by address, not by the API.
      await goTo(b.page, 'Journal');
      await waitForHeading(b.page, 'Journal');
      await b.page.getByText('Nothing here yet').waitFor();
      await goTo(b.page, 'Letters');
      await waitForHeading(b.page, 'Letters');
      await b.page.getByText('No letters yet.').waitFor();
      await look(b.page, 'letters-empty', DESKTOP);
      await b.page.goto(entryPath);
      await b.page.getByText("We couldn't find that entry.").waitFor();
      await b.page.goto(letterPath);
      await b.page.getByText("We couldn't find that letter.").waitFor();
      const probes = await b.page.evaluate(
        async ([entry, letter]) => {
          const get = async (url: string) => {
            const res = await fetch(url);
            return `${res.status} ${await res.text()}`;
          };
          return {
            entry: await get(`/api${entry!.replace('/journal/', '/v1/journal/')}`),
            entryNever: await get('/api/v1/journal/00000000-0000-4000-8000-000000000000'),
            letter: await get(`/api${letter!.replace('/letters/', '/v1/letters/')}`),
            letterNever: await get('/api/v1/letters/00000000-0000-4000-8000-000000000000'),
            list: await get('/api/v1/journal'),
          };
        },
        [entryPath, letterPath],
      );
      expect(probes.entry.startsWith('404')).toBe(true);
      expect(probes.entry).toBe(probes.entryNever);
      expect(probes.letter).toBe(probes.letterNever);
      expect(probes.list).toBe('200 {"entries":[],"next":null}');

      // The server stops and starts again (a new port, the same database). Nothing runs in
      // between but time: the letter's moments move back an hour and a minute, past its delivery
      // (decision 163), instead of waiting for its time.
      const letterId = letterPath.split('/').pop()!;
      expect(letterId).toMatch(/^[0-9a-f-]{36}$/);
      await journey.server.restart({
        whileStopped: (sql) =>
          sql(
            `update letters set deliver_at = deliver_at - interval '61 minutes',
               created_at = created_at - interval '61 minutes',
               updated_at = updated_at - interval '61 minutes'
             where id = '${letterId}'`,
          ),
      });
      const base = journey.baseUrl;

      // After its time, the letter is there for B, with only the chosen piece.
      await b.page.goto(`${base}/letters`);
      await waitForHeading(b.page, 'Letters');
      await b.page.getByRole('link', { name: /From Ana/ }).click();
      await waitForHeading(b.page, 'From Ana');
      await b.page.getByText(PIECE).waitFor();
      await look(b.page, 'letter-delivered', DESKTOP);
      expect(await b.page.content()).not.toContain(SECRET);

      // B writes back; A reads the reply under the letter.
      await b.page.getByRole('link', { name: 'Write back' }).click();
      await waitForHeading(b.page, 'Your reply');
      await b.page.getByLabel('Your reply').fill('I miss it too. Shall we walk on Sunday?');
      await b.page.getByRole('button', { name: 'Send letter' }).click();
      await b.page.getByText('Sent. Your partner can read it now.').waitFor();
      await a.page.goto(`${base}${letterPath}`);
      await a.page.getByText('I miss it too. Shall we walk on Sunday?').waitFor();
      await look(a.page, 'letter-replied', PHONE);

      // Nothing of the journal ever reached B's screens.
      await b.page.goto(`${base}/journal`);
      await b.page.getByText('Nothing here yet').waitFor();
      expect(await b.page.content()).not.toContain(SECRET);
      expect(a.problems).toEqual([]);
      expect(b.problems).toEqual([]);
    });
  },
);

// Journey: a memory. Ana, on a phone, looks through the ideas, picks a walk and asks Ben for
// tomorrow. Ben, on his laptop, finds it waiting on Today and suggests another evening; Ana says
// yes. Both add it to their calendars: a .ics that says only "Time together". Then they remember
// an afternoon they already had: Ana plans it for yesterday, Ben says yes, each keeps one line,
// Ana adds a photo (with GPS in it, which never arrives) and Ben sees it. axe on every new screen;
// the page stays under 2,600 px at 390 px.
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { goTo, lookAt, pairUp, waitForHeading } from './flows.ts';
import {
  DESKTOP,
  downloadedText,
  hasChromium,
  noteIfSkipped,
  PHONE,
  type Person,
} from './harness.ts';
import { useJourney } from './journey.ts';

noteIfSkipped('memories.test.ts');
const look = lookAt('memories');
const MOST = 2600;

/** The calendar day `days` from now where the browsers live (Europe/London), as YYYY-MM-DD. */
const londonDay = (days: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(
    new Date(Date.now() + days * 86_400_000),
  );

/** The page's height at 390 px, then back to the person's own width. */
async function height(page: Page, own: { width: number; height: number }): Promise<number> {
  await page.setViewportSize(PHONE);
  const px = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize(own);
  return px;
}

/** Downloads the card's calendar file through its link, and asks for it once more to read its type. */
async function calendarOf(page: Page, card: ReturnType<Page['getByRole']>) {
  const link = card.getByRole('link', { name: 'Add to my calendar' });
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const text = await downloadedText(download);
  const href = (await link.getAttribute('href'))!;
  const type = await page.evaluate(
    async (url) => (await fetch(url)).headers.get('content-type'),
    href,
  );
  return { text, type, name: download.suggestedFilename() };
}

describe.skipIf(!hasChromium)('Journey: a memory, planned and remembered', () => {
  let a: Person;
  let b: Person;

  const journey = useJourney();

  it('two partners plan a time, agree on another, add it to their calendars, and remember one with a photo', async () => {
    ({ a, b } = await pairUp(journey.browser, journey.baseUrl));

    // Ana finds Memories in the navigation: nothing yet, and the ideas, gentlest first.
    await goTo(a.page, 'Memories');
    await waitForHeading(a.page, 'Memories');
    await a.page.getByRole('heading', { name: 'Nothing planned yet' }).waitFor();
    await look(a.page, 'empty', PHONE);
    expect(await height(a.page, PHONE), 'Memories, empty, at 390 px').toBeLessThanOrEqual(MOST);

    // She filters for something out, and picks a short walk: the plan is filled in.
    await a.page.getByText('Choose by time, cost, energy or place').click();
    await a.page.getByLabel('Where').selectOption({ label: 'Out' });
    await a.page.getByText(/ideas fit\./).waitFor();
    await a.page.getByRole('button', { name: /^Plan this\s*: A short walk$/ }).click();
    await expect
      .poll(() => a.page.getByLabel('What you would like to do').inputValue())
      .toBe('A short walk');
    await a.page.getByLabel('Which day').fill(londonDay(1));
    await a.page.getByRole('button', { name: 'Ask my partner' }).click();
    await a.page.getByText('Sent. Your partner can say yes, or suggest another time.').waitFor();
    const anaCard = a.page.getByRole('article', { name: 'A short walk' });
    await anaCard.getByText('Waiting for Ben to answer. There is no hurry.').waitFor();

    // Ben: it waits on his Today, without its title.
    await b.page.goto(`${journey.baseUrl}/today`);
    await waitForHeading(b.page, 'Today');
    const waiting = b.page.getByRole('link', { name: 'Your partner suggested some time together' });
    await waiting.click();
    await waitForHeading(b.page, 'Memories');
    const benCard = b.page.getByRole('article', { name: 'A short walk' });
    await benCard.getByText('Ana would like to do this with you.').waitFor();
    await look(b.page, 'asked', DESKTOP);

    // He suggests the evening after, at six.
    await benCard.getByRole('button', { name: 'Suggest another time' }).click();
    await benCard.getByLabel('Which day').fill(londonDay(2));
    await benCard.getByLabel('What time (leave it empty for the whole day)').fill('18:00');
    await benCard.getByRole('button', { name: 'Suggest this time' }).click();
    await benCard.getByText('Waiting for Ana to answer. There is no hurry.').waitFor();

    // Ana says yes.
    await a.page.reload();
    await waitForHeading(a.page, 'Memories');
    await anaCard.getByText('Ben would like to do this with you.').waitFor();
    await anaCard.getByText(/18:00|6:00/).waitFor();
    await anaCard.getByRole('button', { name: 'Yes, that works' }).click();
    await anaCard.getByText('You both said yes').waitFor();
    await look(a.page, 'agreed', PHONE);

    // Both add it to their calendars: an event, and nothing private in it.
    await b.page.reload();
    await waitForHeading(b.page, 'Memories');
    for (const [page, card] of [
      [a.page, anaCard],
      [b.page, benCard],
    ] as const) {
      await card.getByText('You both said yes').waitFor();
      const file = await calendarOf(page, card);
      expect(file.type).toBe('text/calendar; charset=utf-8');
      expect(file.name).toMatch(/\.ics$/);
      expect(file.text).toMatch(/BEGIN:VEVENT[\s\S]*DTSTART:\d{8}T\d{6}Z[\s\S]*END:VEVENT/);
      expect(file.text).toContain('SUMMARY:Time together');
      expect(file.text).not.toMatch(/short walk|Ana|Ben/);
    }

    // An afternoon they already had: Ana plans it for yesterday, Ben says yes. With a plan on
    // the page, the ideas wait behind a button.
    await a.page.getByRole('button', { name: 'Show the ideas' }).click();
    await a.page.getByRole('button', { name: 'Show more ideas' }).click();
    await a.page.getByRole('button', { name: /^Plan this\s*: Feed the ducks$/ }).click();
    await expect
      .poll(() => a.page.getByLabel('What you would like to do').inputValue())
      .toBe('Feed the ducks');
    await a.page.getByLabel('Which day').fill(londonDay(-1));
    await a.page.getByRole('button', { name: 'Ask my partner' }).click();
    await a.page.getByText('Sent. Your partner can say yes, or suggest another time.').waitFor();
    await b.page.reload();
    await waitForHeading(b.page, 'Memories');
    const benDucks = b.page.getByRole('article', { name: 'Feed the ducks' });
    await benDucks.getByRole('button', { name: 'Yes, that works' }).click();

    // After the day, each keeps a line: only their own to write.
    await benDucks
      .getByLabel('One line of what you will keep from this')
      .fill('BEN: the bread ran out first');
    await benDucks.getByRole('button', { name: 'Keep this line' }).click();
    await benDucks.getByText('BEN: the bread ran out first').waitFor();
    await a.page.reload();
    await waitForHeading(a.page, 'Memories');
    const anaDucks = a.page.getByRole('article', { name: 'Feed the ducks' });
    await anaDucks.getByText('BEN: the bread ran out first').waitFor();
    await anaDucks
      .getByLabel('One line of what you will keep from this')
      .fill('ANA: the heron that watched us');
    await anaDucks.getByRole('button', { name: 'Keep this line' }).click();
    await anaDucks.getByText('ANA: the heron that watched us').waitFor();

    // Ana adds a photo with a place and a phone in it; what is kept has neither.
    const photo = await sharp({
      create: { width: 1200, height: 900, channels: 3, background: { r: 90, g: 140, b: 200 } },
    })
      .jpeg()
      .withExif({
        IFD0: { Make: 'SECRET-MAKER', Model: 'SECRET-PHONE' },
        IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 30/1 0/1' },
      })
      .toBuffer();
    await anaDucks
      .getByLabel('Add a photo (you can leave this)')
      .setInputFiles({ name: 'ducks.jpg', mimeType: 'image/jpeg', buffer: photo });
    await anaDucks.getByRole('button', { name: 'Add this photo' }).click();
    await anaDucks.getByText('You added this photo.').waitFor();
    await look(a.page, 'remembered', PHONE);

    // Ben sees it, loaded, with Ana's line; the bytes he gets hold no EXIF.
    await b.page.reload();
    await waitForHeading(b.page, 'Memories');
    await benDucks.getByText('Ana added this photo.').waitFor();
    await benDucks.getByText('ANA: the heron that watched us').waitFor();
    const img = benDucks.getByRole('img', { name: 'A photo from “Feed the ducks”' });
    await img.waitFor();
    await expect.poll(() => img.evaluate((i) => (i as HTMLImageElement).naturalWidth)).toBe(1200);
    const bytes = await b.page.evaluate(
      async (src) => {
        const res = await fetch(src);
        return {
          cache: res.headers.get('cache-control'),
          text: Array.from(new Uint8Array(await res.arrayBuffer()), (c) =>
            String.fromCharCode(c),
          ).join(''),
        };
      },
      (await img.getAttribute('src'))!,
    );
    expect(bytes.cache).toBe('private, no-store');
    expect(bytes.text).not.toMatch(/SECRET|Exif/);
    await look(b.page, 'remembered-partner', DESKTOP);
    expect(
      await height(b.page, DESKTOP),
      'Memories, with two memories, at 390 px',
    ).toBeLessThanOrEqual(MOST);
    expect(a.problems).toEqual([]);
    expect(b.problems).toEqual([]);
  });
});

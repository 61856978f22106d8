// Journey: a wave. Ana, on a phone, writes her part of the wave plan; later a wave comes and she
// taps "A wave is here" on Today with a need and a note only she will read. Ben, who said he broke
// the trust, has Today open on his laptop: the wave arrives there live, with what would help, Ana's
// plan and short guidance, never her note. He answers "I'm here"; Ana sees that it was seen. A
// private wave stays on Ana's side only. axe on every new screen; screenshots at two widths.
import { describe, expect, it } from 'vitest';
import { goTo, lookAt, pairUp, waitForHeading } from './flows.ts';
import { DESKTOP, hasChromium, noteIfSkipped, PHONE, type Person } from './harness.ts';
import { useJourney } from './journey.ts';

noteIfSkipped('waves.test.ts');
const look = lookAt('waves');
const NOTE = 'PRIVATE-NOTE-8812: the song in the shop';

describe.skipIf(!hasChromium)('Journey: a wave, answered live', () => {
  let a: Person;
  let b: Person;

  const journey = useJourney();

  it('reaches the partner at once, without the note, and shows the sender it was seen', async () => {
    ({ a, b } = await pairUp(journey.browser, journey.baseUrl));

    // Ben says, privately, that he is the one who broke the trust.
    const stance = await b.page.evaluate(async () => {
      const res = await fetch('/api/v1/reflection/stance', {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ stance: 'broke', shared: false }),
      });
      return res.status;
    });
    expect(stance).toBe(200);

    // Ana writes her part of the plan, in a calm moment (Waves is in the navigation).
    await goTo(a.page, 'Waves');
    await waitForHeading(a.page, 'Waves');
    await a.page.getByText('No waves yet.').waitFor();
    await a.page.getByLabel('What helps me').fill('A hand on my shoulder');
    await a.page.getByLabel('What I ask of you').fill('Stay in the room with me');
    await a.page.getByLabel('What not to do').fill('Explain why it happened');
    await a.page.getByRole('button', { name: 'Save my part' }).click();
    await a.page.getByText('Saved. Your partner sees this version now.').waitFor();
    await look(a.page, 'page', PHONE);

    // Ben has Today open.
    await b.page.goto(`${journey.baseUrl}/today`);
    await waitForHeading(b.page, 'Today');
    await b.page.getByRole('button', { name: 'A wave is here' }).waitFor();

    // Ana sends a wave with a need and a note that stays hers.
    await a.page.getByRole('radio', { name: 'Reassurance' }).check();
    await a.page.getByLabel('A note for yourself (your partner never sees it)').fill(NOTE);
    await a.page.getByRole('button', { name: 'Send the wave' }).click();
    await a.page.getByText('Your partner knows. Take whatever time you need.').waitFor();
    await a.page.getByText(NOTE).waitFor();

    // It reaches Ben's open Today without a reload: what would help, her plan, the guidance.
    const card = b.page.getByRole('region', { name: 'Ana is having a wave' });
    await card.waitFor();
    await card.getByText('What would help: reassurance.').waitFor();
    await card.getByText('Stay in the room with me').waitFor();
    await card.getByText("Don't defend or explain.", { exact: false }).waitFor();
    // Today's list of what waits holds it too (read when Today loads).
    await b.page.reload();
    await waitForHeading(b.page, 'Today');
    await b.page.getByRole('link', { name: 'Your partner is having a wave' }).waitFor();
    await card.waitFor();
    expect(await b.page.content()).not.toContain('PRIVATE-NOTE');
    await look(b.page, 'today-incoming', DESKTOP);

    await card.getByRole('button', { name: "I'm here" }).click();
    await card.waitFor({ state: 'detached' });
    await b.page.reload();
    await waitForHeading(b.page, 'Today');
    await b.page.getByRole('button', { name: 'A wave is here' }).waitFor();
    expect(await b.page.getByRole('link', { name: 'Your partner is having a wave' }).count()).toBe(
      0,
    );

    // Ana's open page learns it was seen, live.
    await a.page.getByText('Seen: your partner said they are here').waitFor();

    // Ben's waves page: Ana's wave, no note.
    await b.page.goto(`${journey.baseUrl}/waves`);
    await waitForHeading(b.page, 'Waves');
    await b.page.getByRole('heading', { name: "Ana's part" }).waitFor();
    expect(await b.page.content()).not.toContain('PRIVATE-NOTE');
    await look(b.page, 'partner-page', DESKTOP);

    // A private wave, one tap away from Today: on Ana's side only.
    await a.page.goto(`${journey.baseUrl}/waves`);
    await waitForHeading(a.page, 'Waves');
    await a.page.getByRole('checkbox', { name: /Keep this wave to myself/ }).check();
    await a.page.getByRole('button', { name: 'Send the wave' }).click();
    await a.page.getByText('Kept on your own timeline. Only you see it.').waitFor();
    await a.page.getByText('Kept to yourself').waitFor();
    const bWaves = await b.page.evaluate(async () => (await fetch('/api/v1/waves')).json());
    expect((bWaves as { waves: unknown[] }).waves).toHaveLength(1);

    // One tap on Today for Ben, too: anyone can have waves.
    await b.page.goto(`${journey.baseUrl}/today`);
    await waitForHeading(b.page, 'Today');
    await b.page.getByRole('button', { name: 'A wave is here' }).click();
    await b.page.getByText('Your partner knows. Take whatever time you need.').waitFor();
    await a.page.goto(`${journey.baseUrl}/today`);
    await waitForHeading(a.page, 'Today');
    await a.page.getByRole('region', { name: 'Ben is having a wave' }).waitFor();
    await look(a.page, 'today-incoming-ana', PHONE);
    // Ana answers from her Today; Ben's open Today shows it was seen.
    await a.page
      .getByRole('region', { name: 'Ben is having a wave' })
      .getByRole('button', { name: "I'm here" })
      .click();
    await b.page.getByText('Seen: your partner said they are here').waitFor();
  });
});

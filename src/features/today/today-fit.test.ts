// Today's act fits who is holding the phone: their role, their space, their safety answer.
// Real database; the situation is written straight into it, as the other features would.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smallActById } from '../../content/small-acts.ts';
import {
  startTestServer,
  type TestPerson,
  type TestServer,
} from '../../platform/testing/test-server.ts';
import { todayModule } from './today.routes.server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ features: [todayModule] });
});
afterAll(() => server.close());

const system = (query: ReturnType<typeof sql>) => server.db.withSystem((tx) => tx.execute(query));
const today = async (p: TestPerson) => (await p.client.get('/api/v1/today')).body;

const couple = () => server.couple(['Ari', 'Bo']);

const say = (p: TestPerson, stance: string, coupleId: string | null = null) =>
  system(
    sql`insert into reflection_stances (author_id, couple_id, stance) values (${p.id}, ${coupleId}, ${stance})`,
  );
const dangerCheck = (p: TestPerson, danger: boolean) =>
  system(sql`insert into safety_checks (person_id, humiliated, afraid, forced, hurt, signals_danger)
             values (${p.id}, 'no', ${danger ? 'yes' : 'no'}, 'no', 'no', ${danger})`);

describe("Today's act, for the person holding it", () => {
  it('says who it is for and which way it points', async () => {
    const [a] = await couple();
    const { act } = await today(a);
    expect(['broke', 'hurt', 'anyone']).toContain(act.audience);
    expect(['partner', 'self']).toContain(act.toward);
    expect(act).toMatchObject({
      audience: smallActById(act.id)!.audience,
      toward: smallActById(act.id)!.toward,
    });
  });

  it('never gives the other role’s act, and gives "both" only acts for anyone', async () => {
    for (const [stance, allowed] of [
      ['hurt', ['hurt', 'anyone']],
      ['broke', ['broke', 'anyone']],
      ['both', ['anyone']],
    ] as const) {
      for (let i = 0; i < 4; i++) {
        const [a, , coupleId] = await couple();
        await say(a, stance, coupleId);
        expect(allowed as readonly string[]).toContain((await today(a)).act.audience);
      }
    }
  });

  it('offers only acts for yourself without a space, and in time apart', async () => {
    for (let i = 0; i < 4; i++) {
      const alone = await server.person();
      expect((await today(alone)).act.toward).toBe('self');
      const [a, b, coupleId] = await couple();
      await system(
        sql`insert into space_pauses (couple_id, started_by) values (${coupleId}, ${a.id})`,
      );
      expect((await today(a)).act.toward).toBe('self');
      expect((await today(b)).act.toward).toBe('self');
    }
  });

  it('after a danger answer offers only safety and support, even over a marked act, and the partner sees no change', async () => {
    const [a, b, coupleId] = await couple();
    await say(a, 'hurt', coupleId);
    const partnerBefore = await b.client.get('/api/v1/today');
    const marked = await a.client.request('PUT', '/api/v1/today/act', {
      actId: 'hurt-1',
      outcome: 'done',
    });
    expect(marked.body).toMatchObject({ act: { id: 'hurt-1', toward: 'partner' }, mark: 'done' });

    await dangerCheck(a, true);
    const view = await today(a);
    expect(view.act.toward).toBe('self');
    expect(['safety', 'support']).toContain(smallActById(view.act.id)!.care);
    expect(view.mark).toBeNull();
    const partnerAfter = await b.client.get('/api/v1/today');
    expect(partnerAfter.text).toBe(partnerBefore.text);

    // A later check without danger brings the ordinary acts back; the marked one with it.
    await dangerCheck(a, false);
    expect(await today(a)).toMatchObject({ act: { id: 'hurt-1' }, mark: 'done' });
  });

  it('in solo mode offers only acts for yourself, and they still fit the role', async () => {
    for (let i = 0; i < 4; i++) {
      const [a, , coupleId] = await couple();
      await say(a, 'broke', coupleId);
      await system(sql`insert into solo_modes (person_id) values (${a.id})`);
      const { act, solo } = await today(a);
      expect(solo).toBe(true);
      expect(act.toward).toBe('self');
      expect(['broke', 'anyone']).toContain(act.audience);
      expect(smallActById(act.id)!.care).not.toBe('safety');
    }
  });
});

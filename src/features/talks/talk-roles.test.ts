import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audienceOf } from '../../content/talk-questions.ts';
import { topicById, topics } from '../../content/talks.ts';
import { queryRows } from '../../platform/db/database.ts';
import {
  startTestServer,
  type TestPerson,
  type TestServer,
} from '../../platform/testing/test-server.ts';
import { talksModule } from './talks.routes.server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ features: [talksModule] });
});
afterAll(() => server.close());

const system = (query: ReturnType<typeof sql>) =>
  server.db.withSystem((tx) => queryRows(tx, query));

const couple = () => server.couple(['Ari', 'Bo']);

/** The stance straight in the database: Talk reads it only through app_focus_inputs(). */
const stance = (p: TestPerson, value: string, visibility: string, coupleId: string) =>
  system(sql`insert into reflection_stances (author_id, couple_id, stance, visibility) values (${p.id}, ${coupleId}, ${value}, ${visibility})
    on conflict (author_id) do update set stance = excluded.stance, visibility = excluded.visibility`);
const markStage = (p: TestPerson, stage: string, status: string, coupleId: string) =>
  system(
    sql`insert into path_marks (author_id, couple_id, stage, status, version) values (${p.id}, ${coupleId}, ${stage}, ${status}, 1)`,
  );

type Offer = { forMe: string[]; forPartner: string[]; set: string; ownPartLater: boolean };
const offer = async (p: TestPerson): Promise<Offer> =>
  (await p.client.get('/api/v1/talks')).body.questions;
const audiences = (ids: string[]) => new Set(ids.map((id) => audienceOf(topicById(id)!)));
const startWith = (p: TestPerson, topicId: string, firstSpeaker: 'me' | 'partner' = 'me') =>
  p.client.post('/api/v1/talks', { topicId, firstSpeaker });

describe('role-aware Talk', () => {
  it("never offers the hurt partner the other's questions, and refuses one sent anyway", async () => {
    const [a, b, coupleId] = await couple();
    await stance(a, 'hurt', 'private', coupleId);
    await stance(b, 'broke', 'private', coupleId);
    const hurt = await offer(a);
    expect(hurt.set).toBe('hurt');
    expect(audiences(hurt.forMe)).toEqual(new Set(['anyone', 'hurt']));
    expect(hurt.forMe).not.toContain('missing-sought');
    expect(hurt.ownPartLater).toBe(true);
    const refused = await startWith(a, 'missing-sought');
    expect(refused.status).toBe(400);
    expect(refused.body.error.fields).toEqual({ topicId: 'Choose a question from the list.' });
    expect((await startWith(a, 'hurt-gaps')).status).toBe(201);

    const broke = await offer(b);
    expect(broke.set).toBe('broke');
    expect(audiences(broke.forMe)).toEqual(new Set(['anyone', 'broke']));
    expect((await startWith(b, 'hurt-gaps')).status).toBe(400);
    expect((await startWith(b, 'missing-sought')).status).toBe(201);
  });

  it('offers for the partner only what fits the part they shared; a private stance never shows', async () => {
    const [a, b, coupleId] = await couple();
    await stance(b, 'hurt', 'private', coupleId);
    const before = await offer(a);
    expect(audiences(before.forPartner)).toEqual(new Set(['anyone']));
    expect(before.set).toBe('other');
    expect((await startWith(a, 'hurt-gaps', 'partner')).status).toBe(400);
    await stance(b, 'hurt', 'shared', coupleId);
    expect(audiences((await offer(a)).forPartner)).toEqual(new Set(['anyone', 'hurt']));
    expect((await startWith(a, 'hurt-gaps', 'partner')).status).toBe(201);
    expect((await startWith(a, 'missing-sought', 'partner')).status).toBe(400);
  });

  it('offers the hurt partner their own part only once they mark Understand why themselves', async () => {
    const [a, b, coupleId] = await couple();
    await stance(a, 'hurt', 'private', coupleId);
    await stance(b, 'broke', 'shared', coupleId);
    // The partner marking it does not open it for me.
    await markStage(b, 'understand', 'working', coupleId);
    expect((await offer(a)).forMe).not.toContain('own-part-distance');
    expect((await startWith(a, 'own-part-distance')).status).toBe(400);
    await markStage(a, 'understand', 'working', coupleId);
    const now = await offer(a);
    expect(now.ownPartLater).toBe(false);
    expect(now.forMe).toEqual(
      expect.arrayContaining(topics.filter((t) => t.from).map((t) => t.id)),
    );
    expect((await startWith(a, 'own-part-distance')).status).toBe(201);
  });

  it('gives each person only questions for anyone while neither said which part they carry', async () => {
    const [a] = await couple();
    const plain = await offer(a);
    expect(audiences(plain.forMe)).toEqual(new Set(['anyone']));
    expect(audiences(plain.forPartner)).toEqual(new Set(['anyone']));
    expect((await startWith(a, 'hurt-most')).status).toBe(201);
  });
});

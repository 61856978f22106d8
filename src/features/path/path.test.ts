import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../platform/db/database.ts';
import {
  startTestServer,
  type TestPerson,
  type TestServer,
} from '../../platform/testing/test-server.ts';
import { pathModule } from './path.routes.server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ features: [pathModule] });
});
afterAll(() => server.close());

async function couple(): Promise<[TestPerson, TestPerson, string]> {
  const a = await server.person('Ada');
  const b = await server.person('Ben');
  const coupleId = crypto.randomUUID();
  await server.db.withSystem(async (tx) => {
    await tx.execute(sql`insert into couples (id, created_by) values (${coupleId}, ${a.id})`);
    await tx.execute(
      sql`insert into memberships (couple_id, person_id) values (${coupleId}, ${a.id}), (${coupleId}, ${b.id})`,
    );
  });
  return [a, b, coupleId];
}

const mark = (p: TestPerson, stage: string, status: string, version: number) =>
  p.client.request('PUT', `/api/v1/path/stages/${stage}`, { status, version });
const path = async (p: TestPerson) => (await p.client.get('/api/v1/path')).body;
const system = <T>(query: ReturnType<typeof sql>) =>
  server.db.withSystem((tx) => queryRows<T>(tx, query));

/** Reflection rows straight in the database: this feature reads them only through app_focus_inputs(). */
async function reflect(
  p: TestPerson,
  pattern: string,
  level: string,
  shared: string,
  coupleId: string | null = null,
) {
  await system(sql`insert into reflection_patterns (take_id, author_id, couple_id, pattern, answers, score, level, visibility)
    values (${crypto.randomUUID()}, ${p.id}, ${coupleId}, ${pattern}, '{5,5,5,5,5}', 25, ${level}, ${shared})`);
}
async function stance(p: TestPerson, value: string, shared: string, coupleId: string) {
  await system(sql`insert into reflection_stances (author_id, couple_id, stance, visibility) values (${p.id}, ${coupleId}, ${value}, ${shared})
    on conflict (author_id) do update set stance = excluded.stance, visibility = excluded.visibility`);
}

type Mark = { status: string; version: number; carriedOver: boolean };
type Stage = { stage: string; mine: Mark; partner: Mark | null };
const marksOf = (view: { stages: Stage[] }, who: 'mine' | 'partner') =>
  Object.fromEntries(
    view.stages
      .filter((s) => s[who] && s[who].status !== 'not-yet')
      .map((s) => [s.stage, s[who]!.status]),
  );

describe('the path', () => {
  it('shows seven stages to someone without a space, and marking needs a space', async () => {
    const alone = await server.person();
    const view = await path(alone);
    expect(view.hasSpace).toBe(false);
    expect(view.partnerName).toBeNull();
    expect(view.stages.map((s: Stage) => [s.mine.status, s.partner])).toEqual(
      Array(7).fill(['not-yet', null]),
    );
    expect(view.focus.stage).toBe('face');
    expect((await mark(alone, 'grieve', 'working', 0)).status).toBe(404);
    expect((await alone.client.get('/api/v1/path/stages/nowhere')).status).toBe(400);
  });

  it("gives each partner a mark of their own: one's change never moves the other's", async () => {
    const [a, b, coupleId] = await couple();
    expect((await mark(a, 'face', 'working', 0)).body.stage.mine).toMatchObject({
      status: 'working',
      version: 1,
    });
    expect((await mark(b, 'grieve', 'steady', 0)).status).toBe(200);
    // Ben's first mark of "face" is his own version 0, whatever Ada did.
    expect((await mark(b, 'face', 'steady', 0)).status).toBe(200);
    const back = await mark(a, 'face', 'returning', 1);
    expect(back.body.stage).toMatchObject({
      mine: { status: 'returning', version: 2 },
      partner: { status: 'steady', version: 1 },
    });

    const seenByA = await path(a);
    const seenByB = await path(b);
    expect(seenByA.partnerName).toBe('Ben');
    expect(marksOf(seenByA, 'mine')).toEqual({ face: 'returning' });
    expect(marksOf(seenByA, 'partner')).toEqual({ face: 'steady', grieve: 'steady' });
    expect(marksOf(seenByB, 'mine')).toEqual({ face: 'steady', grieve: 'steady' });
    expect(marksOf(seenByB, 'partner')).toEqual({ face: 'returning' });

    const history = (await b.client.get('/api/v1/path/stages/face')).body.history;
    expect(
      history.map((h: { from: string; to: string; by: { name: string; isMe: boolean } }) => [
        h.from,
        h.to,
        h.by.name,
        h.by.isMe,
      ]),
    ).toEqual([
      ['working', 'returning', 'Ada', false],
      ['not-yet', 'steady', 'Ben', true],
      ['not-yet', 'working', 'Ada', false],
    ]);
    expect(seenByB.history).toHaveLength(4);
    // Ben's export holds his own marks and changes only; Ada's are hers.
    const exported = await server.db.withOwner(async (tx) => {
      await tx.execute(
        sql`select set_config('role', 'kintsugi_app', true), set_config('app.user_id', ${b.id}, true)`,
      );
      return pathModule.exportFor!({ tx, userId: b.id });
    });
    expect(
      (exported.stages as { stage: string; status: string }[]).filter(
        (s) => s.status !== 'not-yet',
      ),
    ).toEqual([
      expect.objectContaining({ stage: 'face', status: 'steady' }),
      expect.objectContaining({ stage: 'grieve', status: 'steady' }),
    ]);
    expect((exported.history as { by: { isMe: boolean } }[]).map((h) => h.by.isMe)).toEqual([
      true,
      true,
    ]);

    const events = await system<{ kind: string; label: string; author_id: string }>(
      sql`select kind, label, author_id from timeline_events where couple_id = ${coupleId} order by occurred_at, id`,
    );
    expect(events).toHaveLength(4);
    expect(new Set(events.map((e) => e.kind))).toEqual(new Set(['stage.changed']));
    expect(new Set(events.map((e) => e.label))).toEqual(new Set(['Face it and own it', 'Grieve']));
  });

  it('answers 409 stale_version with the current version instead of overwriting my own mark', async () => {
    const [a, b] = await couple();
    await mark(a, 'talk', 'working', 0);
    const stale = await mark(a, 'talk', 'steady', 0);
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({ code: 'stale_version', fields: { version: '1' } });
    expect(stale.body.error.message).toContain('version 1');
    expect((await a.client.get('/api/v1/path/stages/talk')).body.stage.mine.status).toBe('working');
    expect((await mark(a, 'talk', 'steady', 1)).status).toBe(200);
    // My two windows marking the same stage for the first time at once: one wins, the other is told.
    const [x, y] = await Promise.all([
      mark(a, 'build', 'working', 0),
      mark(a, 'build', 'steady', 0),
    ]);
    expect([x.status, y.status].sort()).toEqual([200, 409]);
    // Both partners at once: no race at all, each writes their own.
    const [p, q] = await Promise.all([
      mark(a, 'agree', 'working', 0),
      mark(b, 'agree', 'steady', 0),
    ]);
    expect([p.status, q.status]).toEqual([200, 200]);
  });

  it('keeps a stranger out of our path, and refuses a mark written for someone else', async () => {
    const [a, b, coupleId] = await couple();
    const stranger = await server.person();
    await mark(a, 'agree', 'working', 0);
    expect((await path(stranger)).history).toEqual([]);
    expect(
      (await path(stranger)).stages.every(
        (s: Stage) => s.mine.status === 'not-yet' && s.partner === null,
      ),
    ).toBe(true);
    // Even straight in SQL as the app role, Ada cannot write a mark in Ben's name.
    const forged = server.db.withOwner(async (tx) => {
      await tx.execute(
        sql`select set_config('role', 'kintsugi_app', true), set_config('app.user_id', ${a.id}, true)`,
      );
      await tx.execute(
        sql`insert into path_marks (author_id, couple_id, stage, status, version) values (${b.id}, ${coupleId}, 'grieve', 'steady', 1)`,
      );
    });
    await expect(forged).rejects.toThrow();
    expect(marksOf(await path(b), 'mine')).toEqual({});
  });

  it('lets the hurt partner set the pace of grief: the one who broke trust cannot close it for them', async () => {
    const [a, b, coupleId] = await couple();
    await stance(a, 'hurt', 'private', coupleId);
    await stance(b, 'broke', 'private', coupleId);
    await mark(b, 'face', 'steady', 0);
    await mark(b, 'grieve', 'steady', 0);
    await mark(b, 'agree', 'steady', 0);
    // Ada's own marks and her focus do not move.
    const ada = await path(a);
    expect(marksOf(ada, 'mine')).toEqual({});
    expect(ada.focus.stage).toBe('grieve');
    // Ben said he broke the trust: grief stays open for him while Ada is still in it.
    const ben = await path(b);
    expect(ben.focus).toMatchObject({ stage: 'grieve' });
    expect(ben.focus.reason).toBe(
      'Because Ada sets the pace here, grieve stays open for as long as they need it.',
    );
    await mark(a, 'grieve', 'steady', 0);
    expect((await path(b)).focus.stage).toBe('understand');
    // Agreeing on what makes it safe again follows Ada's pace too.
    await mark(b, 'understand', 'steady', 0);
    expect((await path(b)).focus).toMatchObject({
      stage: 'agree',
      reason: expect.stringContaining('Because Ada sets the pace here'),
    });
    await mark(a, 'agree', 'steady', 0);
    expect((await path(b)).focus.stage).toBe('talk');
    expect((await path(a)).focus.stage).toBe('face');
  });

  it('keeps to my own marks where neither of us said who was hurt', async () => {
    const [a, b] = await couple();
    await mark(b, 'face', 'steady', 0);
    await mark(b, 'grieve', 'steady', 0);
    expect((await path(b)).focus.stage).toBe('understand');
    expect((await path(a)).focus.stage).toBe('face');
  });

  it("suggests a focus from what each may see, never from the partner's private answers", async () => {
    const [a, b, coupleId] = await couple();
    const before = await b.client.get('/api/v1/path');
    await reflect(a, 'distance', 'strong', 'private');
    await stance(a, 'broke', 'private', coupleId);
    // A's private answers shape A's suggestion and nothing of B's.
    expect((await path(a)).focus).toMatchObject({
      stage: 'face',
      reason: expect.stringContaining('you said you broke the trust'),
    });
    expect((await b.client.get('/api/v1/path')).text).toBe(before.text);

    await stance(a, 'broke', 'shared', coupleId);
    await stance(b, 'hurt', 'private', coupleId);
    const bFocus = (await path(b)).focus;
    expect(bFocus.stage).toBe('grieve');
    expect(bFocus.reason).toBe(
      'Because you said you were hurt and Ada said they broke the trust, there is room for your grief first.',
    );

    await reflect(a, 'secrecy', 'strong', 'shared', coupleId);
    await reflect(b, 'secrecy', 'some', 'private');
    // Ada marking grief steady is hers alone; Ben's grief is his own to close.
    await mark(a, 'grieve', 'steady', 0);
    expect((await path(b)).focus.stage).toBe('grieve');
    await mark(b, 'grieve', 'steady', 0);
    const now = (await path(b)).focus;
    expect(now).toMatchObject({ stage: 'talk', patterns: ['secrecy'] });
    expect(now.reason).toBe(
      'Because you both said secrecy and lying speaks to you, making it safe to talk and listen again can help.',
    );
    expect(JSON.stringify(await path(b))).not.toContain('distance');
  });

  it('pauses marking for the person using Kintsugi alone, and changes nothing for their partner', async () => {
    const [a, b] = await couple();
    const before = await b.client.get('/api/v1/path');
    await system(sql`insert into solo_modes (person_id) values (${a.id})`);
    expect((await path(a)).canChange).toBe(false);
    const refused = await mark(a, 'face', 'working', 0);
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('sharing_paused');
    expect((await b.client.get('/api/v1/path')).text).toBe(before.text);
    expect((await mark(b, 'face', 'working', 0)).status).toBe(200);
  });
});

import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../platform/db/database.ts';
import {
  startTestServer,
  type TestPerson,
  type TestServer,
} from '../../platform/testing/test-server.ts';
import { hashToken } from '../../platform/server/session-token.ts';
import { timeApartModule } from './time-apart.routes.server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ features: [timeApartModule] });
});
afterAll(() => server.close());

/** Two people in one space, made straight in the database (this feature knows no couples routes). */
async function couple(): Promise<[TestPerson, TestPerson, string]> {
  const a = await server.person('Ari');
  const b = await server.person('Bo');
  const coupleId = crypto.randomUUID();
  await server.db.withSystem(async (tx) => {
    await tx.execute(sql`insert into couples (id, created_by) values (${coupleId}, ${a.id})`);
    await tx.execute(
      sql`insert into memberships (couple_id, person_id) values (${coupleId}, ${a.id}), (${coupleId}, ${b.id})`,
    );
  });
  return [a, b, coupleId];
}

const sharingOpen = (person: TestPerson, coupleId: string) =>
  server.db.withUser(hashToken(person.client.cookie!), async ({ tx }) => {
    const [row] = await queryRows<{ open: boolean }>(
      tx,
      sql`select app_sharing_open(${coupleId}) as open`,
    );
    return row!.open;
  });

describe('time apart', () => {
  it('pauses the space for both; the other sees that it is on, not why; only the one who asked ends it early', async () => {
    const [a, b, coupleId] = await couple();
    expect((await a.client.get('/api/v1/time-apart')).body).toEqual({
      active: false,
      startedByMe: false,
      startedAt: null,
      endsAt: null,
      canEnd: false,
    });
    expect(await sharingOpen(b, coupleId)).toBe(true);

    const started = await a.client.post('/api/v1/time-apart', {});
    expect(started.status).toBe(201);
    expect(started.body).toMatchObject({
      active: true,
      startedByMe: true,
      endsAt: null,
      canEnd: true,
    });

    const seen = await b.client.get('/api/v1/time-apart');
    expect(seen.body).toMatchObject({ active: true, startedByMe: false, canEnd: false });
    expect(Object.keys(seen.body).sort()).toEqual([
      'active',
      'canEnd',
      'endsAt',
      'startedAt',
      'startedByMe',
    ]);
    // New shared items stop for both (requireSharingOpen reads this).
    expect(await sharingOpen(a, coupleId)).toBe(false);
    expect(await sharingOpen(b, coupleId)).toBe(false);
    expect((await b.client.post('/api/v1/time-apart', {})).status).toBe(409);

    // The partner who did not ask is told plainly that it is not theirs to end, and nothing changes.
    const refused = await b.client.post('/api/v1/time-apart/end');
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('not_your_pause');
    expect(refused.body.error.message).toMatch(/only the one who asked/i);
    expect(refused.body.error.message).toMatch(/leave the space/i);
    expect((await b.client.get('/api/v1/time-apart')).body.active).toBe(true);
    // The database refuses it too, even past the code.
    await server.db.withUser(hashToken(b.client.cookie!), ({ tx }) =>
      tx.execute(sql`update space_pauses set ended_at = now() where couple_id = ${coupleId}`),
    );
    expect(await sharingOpen(a, coupleId)).toBe(false);

    expect((await a.client.post('/api/v1/time-apart/end')).status).toBe(204);
    expect((await b.client.get('/api/v1/time-apart')).body.active).toBe(false);
    expect(await sharingOpen(a, coupleId)).toBe(true);
    expect((await a.client.post('/api/v1/time-apart/end')).status).toBe(404);
  });

  it("cannot be started in the other partner's name", async () => {
    const [a, b, coupleId] = await couple();
    const forged = await server.db
      .withUser(hashToken(a.client.cookie!), ({ tx }) =>
        tx.execute(
          sql`insert into space_pauses (couple_id, started_by) values (${coupleId}, ${b.id})`,
        ),
      )
      .then(
        () => 'it succeeded',
        (e: { message: string; cause?: { message?: string } }) => e.cause?.message ?? e.message,
      );
    expect(forged).toMatch(/row-level security/);
  });

  it('ends by itself at its end date', async () => {
    const [a, b, coupleId] = await couple();
    const endsAt = new Date(Date.now() + 3 * 86_400_000).toISOString();
    const started = await a.client.post('/api/v1/time-apart', { endsAt });
    expect(started.status).toBe(201);
    expect(Date.parse(started.body.endsAt)).toBe(Date.parse(endsAt));
    expect(await sharingOpen(b, coupleId)).toBe(false);
    // With an end date the other partner is told until when, and may not end it early either.
    expect((await b.client.get('/api/v1/time-apart')).body).toMatchObject({
      active: true,
      canEnd: false,
    });
    const refused = await b.client.post('/api/v1/time-apart/end');
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toMatch(/ends by itself/i);
    await server.db.withSystem((tx) =>
      tx.execute(
        sql`update space_pauses set ends_at = now() - interval '1 minute' where couple_id = ${coupleId}`,
      ),
    );
    // Over at its end date: nothing had to run, and nobody had to end it.
    const [row] = await server.db.withSystem((tx) =>
      queryRows<{ ended_at: unknown }>(
        tx,
        sql`select ended_at from space_pauses where couple_id = ${coupleId}`,
      ),
    );
    expect(row!.ended_at).toBeNull();
    expect((await a.client.get('/api/v1/time-apart')).body.active).toBe(false);
    expect((await b.client.get('/api/v1/time-apart')).body.active).toBe(false);
    expect(await sharingOpen(b, coupleId)).toBe(true);
    const exported = await server.db.withUser(hashToken(b.client.cookie!), (ctx) =>
      timeApartModule.exportFor!(ctx),
    );
    expect(
      (exported as { pauses: { endedAt: string | null }[] }).pauses[0]!.endedAt,
    ).not.toBeNull();
    // A new pause can start after a lapsed one.
    expect((await b.client.post('/api/v1/time-apart', {})).status).toBe(201);
  });

  it('refuses an end in the past, without a space, and for strangers', async () => {
    const [a] = await couple();
    const past = await a.client.post('/api/v1/time-apart', {
      endsAt: new Date(Date.now() - 60_000).toISOString(),
    });
    expect(past.status).toBe(400);
    expect(past.body.error.fields).toHaveProperty('endsAt');
    const loner = await server.person('Alone');
    expect((await loner.client.post('/api/v1/time-apart', {})).status).toBe(404);
    expect((await loner.client.get('/api/v1/time-apart')).status).toBe(404);
    const [, , otherCouple] = await couple();
    await a.client.post('/api/v1/time-apart', {});
    const rows = await server.db.withSystem((tx) =>
      queryRows(tx, sql`select 1 from space_pauses where couple_id = ${otherCouple}`),
    );
    expect(rows).toHaveLength(0);
  });
});

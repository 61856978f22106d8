import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../testing/test-db.ts';
import { queryRows } from './database.ts';
import { isLiveTopic, LIVE_CHANNEL, publishLive } from './notify.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(() => t.close());

const ID = '3f2a1c9e-8b7d-4e6f-9a0b-1c2d3e4f5a6b';
const waitFor = async (test: () => boolean, ms = 5_000) => {
  for (let waited = 0; !test() && waited < ms; waited += 25)
    await new Promise((r) => setTimeout(r, 25));
  return test();
};

describe('live notifications', () => {
  it('carry only "kind:uuid" topics, never text', async () => {
    expect(isLiveTopic(`talk:${ID}`)).toBe(true);
    for (const bad of [
      'talk:not-an-id',
      `talk:${ID} and some words`,
      'hello',
      `:${ID}`,
      `Talk:${ID}`,
    ]) {
      expect(isLiveTopic(bad), bad).toBe(false);
      await expect(t.db.withOwner((tx) => publishLive(tx, bad))).rejects.toThrow();
    }
  });

  it('reach a listener only when the transaction commits', async () => {
    const got: string[] = [];
    const stop = await t.db.listen(LIVE_CHANNEL, { onPayload: (p) => got.push(p) });
    await t.db.withOwner((tx) => publishLive(tx, `talk:${ID}`));
    expect(await waitFor(() => got.length === 1)).toBe(true);
    await expect(
      t.db.withOwner(async (tx) => {
        await publishLive(tx, `letter:${ID}`);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    await new Promise((r) => setTimeout(r, 200));
    expect(got).toEqual([`talk:${ID}`]);
    await stop();
  });

  it.skipIf(!process.env.TEST_DATABASE_URL)(
    'PostgreSQL: when the listening connection drops, it comes back, says so, and hears again',
    async () => {
      const got: string[] = [];
      let reconnects = 0;
      const stop = await t.db.listen(LIVE_CHANNEL, {
        onPayload: (p) => got.push(p),
        onReconnect: () => reconnects++,
      });
      const killed = await t.db.withOwner((tx) =>
        queryRows<{ ok: boolean }>(
          tx,
          sql`select pg_terminate_backend(pid) as ok from pg_stat_activity
              where datname = current_database() and query ilike ${`LISTEN ${LIVE_CHANNEL}%`} and pid <> pg_backend_pid()`,
        ),
      );
      expect(killed.length).toBeGreaterThanOrEqual(1);
      expect(await waitFor(() => reconnects >= 1)).toBe(true);
      await t.db.withOwner((tx) => publishLive(tx, `talk:${ID}`));
      expect(await waitFor(() => got.includes(`talk:${ID}`))).toBe(true);
      await stop();
    },
  );
});

import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from './test-db.ts';
import { takeConcurrentQueryReports } from './no-concurrent-queries.ts';

// The guard (a setup file) must keep seeing concurrent queries on one transaction, on this
// engine: if a driver update hid them from it, this fails instead of the guard going quiet.
describe('the concurrent-query guard', () => {
  let testDb: TestDatabase;
  beforeAll(async () => {
    testDb = await openTestDatabase();
  });
  afterAll(async () => {
    await testDb?.close();
  });

  it('stays quiet for queries awaited one after the other', async () => {
    await testDb.db.withOwner(async (tx) => {
      await tx.execute(sql`select 1`);
      await tx.execute(sql`select 2`);
      // A failing query, then the next one right away (a savepoint keeps the transaction usable).
      await tx.transaction((sp) => sp.execute(sql`select 1/0`)).catch(() => {});
      await tx.execute(sql`select 3`);
    });
    expect(takeConcurrentQueryReports()).toEqual([]);
  });

  it('sees two queries at once on one transaction', async () => {
    await testDb.db.withOwner((tx) =>
      Promise.all([tx.execute(sql`select 1`), tx.execute(sql`select 2`)]),
    );
    const seen = takeConcurrentQueryReports();
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatch(/already executing a query/);
  });

  it("sees pg's own warning about it", async () => {
    process.emitWarning(
      'self-test of the guard: as if the client were already executing a query',
      'DeprecationWarning',
    );
    await new Promise((resolve) => setImmediate(resolve));
    expect(takeConcurrentQueryReports()).toEqual([expect.stringMatching(/^Error: pg warned:/)]);
  });
});

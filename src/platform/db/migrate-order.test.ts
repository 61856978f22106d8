import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../testing/test-db.ts';
import { queryRows } from './database.ts';
import { MigrationOutOfOrderError, readMigrations, runMigrations } from './migrate.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(() => t.close());

const appliedNames = () =>
  t.db.withOwner((tx) =>
    queryRows<{ name: string }>(tx, sql`select name from kintsugi_meta.migrations order by name`),
  );

describe('migrations run in file-name order, never out of it', () => {
  it('applies a new migration that sorts after every applied one', async () => {
    const latest = readMigrations().at(-1)?.name ?? '';
    const next = { name: '9990_after_all', statements: ['create table order_probe (n int)'] };
    expect(next.name > latest).toBe(true);
    expect(await runMigrations(t.db, { migrations: [...readMigrations(), next] })).toBe(1);
    expect((await appliedNames()).map((r) => r.name)).toContain('9990_after_all');
  });

  it('refuses one added before an applied migration, and applies nothing of the batch', async () => {
    const before = await appliedNames();
    const late = { name: '0001_a_late_arrival', statements: ['create table late_probe (n int)'] };
    const after = {
      name: '9991_after_the_late_one',
      statements: ['create table after_probe (n int)'],
    };
    const run = runMigrations(t.db, { migrations: [late, ...readMigrations(), after] });
    await expect(run).rejects.toBeInstanceOf(MigrationOutOfOrderError);
    await expect(run).rejects.toThrow(/0001_a_late_arrival sorts before 9990_after_all/);
    expect(await appliedNames()).toEqual(before);
    const tables = await t.db.withOwner((tx) =>
      queryRows<{ n: number }>(
        tx,
        sql`select count(*)::int as n from pg_tables where tablename in ('late_probe', 'after_probe')`,
      ),
    );
    expect(tables[0]?.n).toBe(0);
  });
});

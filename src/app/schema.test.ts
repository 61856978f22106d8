import { is, sql } from 'drizzle-orm';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../platform/db/database.ts';
import { openTestDatabase, type TestDatabase } from '../platform/testing/test-db.ts';

// Migrations are SQL written by hand; this keeps them and the TypeScript tables in step.
const modules = import.meta.glob(
  ['../platform/db/*.tables.server.ts', '../features/*/*.tables.server.ts'],
  { eager: true },
);
const tables = Object.values(modules)
  .flatMap((m) => Object.values(m as Record<string, unknown>))
  .filter((value): value is PgTable => is(value, PgTable))
  .map((table) => getTableConfig(table));

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(() => t.close());

describe('the migrated schema', () => {
  it('has every table and column the code declares, with the same nullability', async () => {
    const columns = await t.db.withOwner((tx) =>
      queryRows<{ table_name: string; column_name: string; is_nullable: 'YES' | 'NO' }>(
        tx,
        sql`select table_name, column_name, is_nullable from information_schema.columns where table_schema = 'public'`,
      ),
    );
    const inDb = new Map(
      columns.map((c) => [`${c.table_name}.${c.column_name}`, c.is_nullable === 'NO']),
    );
    expect(tables.length).toBeGreaterThanOrEqual(5);
    for (const table of tables) {
      for (const column of table.columns) {
        const key = `${table.name}.${column.name}`;
        expect(inDb.has(key), `${key} is declared in code but missing in the migrations`).toBe(
          true,
        );
        expect(inDb.get(key), `${key} nullability differs`).toBe(column.notNull);
      }
    }
    const declared = new Set(tables.map((table) => table.name));
    const tablesInDb = new Set(columns.map((c) => c.table_name));
    expect([...tablesInDb].filter((name) => !declared.has(name))).toEqual([]);
  });
});

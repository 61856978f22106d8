import { sql } from 'drizzle-orm';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { migrationsDir } from '../config/paths.ts';
import type { Database } from './database.ts';

/**
 * Applies pending migrations from `drizzle/` in one transaction, holding an advisory lock so
 * that several servers starting at once on one PostgreSQL migrate it exactly once. The same
 * files and the same code run on PGlite.
 */
export async function runMigrations(db: Database): Promise<number> {
  const migrations = readMigrationFiles({ migrationsFolder: migrationsDir });
  return db.withOwner(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(7261001)`);
    await tx.execute(sql`create schema if not exists drizzle`);
    await tx.execute(
      sql`create table if not exists drizzle.__drizzle_migrations (id serial primary key, hash text not null, created_at bigint)`,
    );
    const applied = (await tx.execute(
      sql`select created_at from drizzle.__drizzle_migrations order by created_at desc limit 1`,
    )) as unknown as { rows: { created_at: string | number }[] };
    const last = Number(applied.rows[0]?.created_at ?? 0);
    let count = 0;
    for (const migration of migrations) {
      if (migration.folderMillis <= last) continue;
      for (const statement of migration.sql) {
        if (statement.trim()) await tx.execute(sql.raw(statement));
      }
      await tx.execute(
        sql`insert into drizzle.__drizzle_migrations (hash, created_at) values (${migration.hash}, ${migration.folderMillis})`,
      );
      count++;
    }
    return count;
  });
}

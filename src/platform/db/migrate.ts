import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { migrationsDir } from '../config/paths.ts';
import { openDatabase, queryRows, type Database, type OpenOptions } from './database.ts';

export interface Migration {
  name: string;
  statements: string[];
}

/**
 * The migrations are the SQL files in `drizzle/`, applied in file-name order. Each file is
 * SQL written or generated (drizzle-kit) for one change, with statements separated by
 * `--> statement-breakpoint`. Files are tracked by name, so features can add theirs without
 * sharing a journal.
 */
export function readMigrations(dir = migrationsDir): Migration[] {
  return readdirSync(dir)
    .filter((file) => /^\d{4}_[\w-]+\.sql$/.test(file))
    .sort()
    .map((file) => ({
      name: file.replace(/\.sql$/, ''),
      statements: readFileSync(join(dir, file), 'utf8')
        .split('--> statement-breakpoint')
        .map((s) => s.trim())
        .filter(Boolean),
    }));
}

/** A migration that sorts before one already applied: it would run after its successors. */
export class MigrationOutOfOrderError extends Error {
  constructor(pending: string, latest: string) {
    super(
      `Migration ${pending} sorts before ${latest}, which this database already has. ` +
        'Migrations run in file-name order and never out of it: give the new file a number ' +
        `after ${latest} and start again. Nothing was changed.`,
    );
    this.name = 'MigrationOutOfOrderError';
  }
}

/**
 * Applies pending migrations in one transaction, holding an advisory lock so several servers
 * starting at once on one PostgreSQL migrate it exactly once. Same files, same code on PGlite.
 * A pending migration that sorts before the newest applied one is refused (nothing is applied):
 * it was written against an older schema than the database has, and running it late would
 * give this database a history no other has.
 */
export async function runMigrations(
  db: Database,
  options: { migrations?: Migration[] } = {},
): Promise<number> {
  const migrations = options.migrations ?? readMigrations();
  return db.withOwner(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(7261001)`);
    await tx.execute(sql`create schema if not exists kintsugi_meta`);
    await tx.execute(
      sql`create table if not exists kintsugi_meta.migrations (name text primary key, applied_at timestamptz not null default now())`,
    );
    const applied = new Set(
      (await queryRows<{ name: string }>(tx, sql`select name from kintsugi_meta.migrations`)).map(
        (r) => r.name,
      ),
    );
    const latest = [...applied].sort().at(-1);
    const late = migrations.find((m) => !applied.has(m.name) && latest && m.name < latest);
    if (late && latest) throw new MigrationOutOfOrderError(late.name, latest);
    let count = 0;
    for (const migration of migrations) {
      if (applied.has(migration.name)) continue;
      for (const statement of migration.statements) await tx.execute(sql.raw(statement));
      await tx.execute(sql`insert into kintsugi_meta.migrations (name) values (${migration.name})`);
      count++;
    }
    return count;
  });
}

/** Opens the database and brings it up to date; closes it again if migrating fails. */
export async function openMigratedDatabase(options: OpenOptions): Promise<Database> {
  const db = await openDatabase(options);
  try {
    await runMigrations(db);
    return db;
  } catch (error) {
    await db.close();
    throw error;
  }
}

import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase, queryRows, type Database, type Tx } from '../db/database.ts';
import { databaseUrlFor } from './global-setup.ts';

export interface TestDatabase {
  db: Database;
  engine: 'pglite' | 'postgres';
  close(): Promise<void>;
}

/** A migrated database of its own for one test file: a PGlite copy, or a PostgreSQL one. */
export async function openTestDatabase(): Promise<TestDatabase> {
  const baseUrl = process.env.TEST_DATABASE_URL;
  const template = inject('templateDatabase');
  if (baseUrl && template) {
    const name = `kintsugi_t_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: baseUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
    const db = await openDatabase({ databaseUrl: databaseUrlFor(baseUrl, name), dataDir: '' });
    return {
      db,
      engine: 'postgres',
      close: async () => {
        await db.close();
        await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await admin.end();
      },
    };
  }
  const snapshot = readFileSync(inject('pgliteSnapshot'));
  const client = await PGlite.create({ loadDataDir: new Blob([snapshot]) });
  const db = await openDatabase({ pglite: client, dataDir: '' });
  return {
    db,
    engine: 'pglite',
    close: async () => {
      await db.close();
      await client.close();
    },
  };
}

/** Adds a person straight into the database (as system or owner): `<name>@example.test`. */
export async function addPerson(tx: Tx, name: string): Promise<string> {
  const [row] = await queryRows<{ id: string }>(
    tx,
    sql`insert into people (email, display_name, password_hash) values (${name + '@example.test'}, ${name}, 'x') returning id`,
  );
  return row!.id;
}

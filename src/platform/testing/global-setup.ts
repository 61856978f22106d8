import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openMigratedDatabase, readMigrations } from '../db/migrate.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Path of a migrated PGlite data dir tarball, when testing on the embedded engine. */
    pgliteSnapshot: string;
    /** Name of a migrated template database, when TEST_DATABASE_URL is set. */
    templateDatabase: string;
  }
}

export function databaseUrlFor(base: string, name: string): string {
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * Migrates once per run, then every test file starts from a copy: a PGlite data dir snapshot
 * (opening one costs ~0.5 s, creating one ~3 s) or a PostgreSQL template database.
 */
export default async function setup(project: TestProject) {
  const baseUrl = process.env.TEST_DATABASE_URL;
  if (baseUrl) {
    const name = `kintsugi_tmpl_${process.pid}`;
    const admin = new pg.Client({ connectionString: baseUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${name}`);
    await admin.query(`CREATE DATABASE ${name}`);
    const db = await openMigratedDatabase({
      databaseUrl: databaseUrlFor(baseUrl, name),
      dataDir: '',
    });
    await db.close();
    project.provide('templateDatabase', name);
    project.provide('pgliteSnapshot', '');
    return async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    };
  }
  const path = cachedSnapshotPath();
  if (!existsSync(path)) {
    const client = new PGlite();
    const db = await openMigratedDatabase({ pglite: client, dataDir: '' });
    await db.close();
    const dump = await client.dumpDataDir('none');
    await client.close();
    // Whole or absent: another run may read the cache while this one writes it.
    const partial = `${path}.${process.pid}.partial`;
    writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
    renameSync(partial, path);
  }
  project.provide('pgliteSnapshot', path);
  project.provide('templateDatabase', '');
}

/**
 * Where the migrated PGlite snapshot is cached between runs: named by a hash of every migration's
 * name and text and of PGlite's version, so a changed or added migration (or a PGlite upgrade)
 * makes a new one, and an unchanged tree skips the ~3 s of migrating.
 */
function cachedSnapshotPath(): string {
  const hash = createHash('sha256');
  const pglite = JSON.parse(
    readFileSync(join('node_modules', '@electric-sql', 'pglite', 'package.json'), 'utf8'),
  ) as { version: string };
  hash.update(`pglite ${pglite.version}\n`);
  for (const migration of readMigrations()) {
    hash.update(`${migration.name}\n${migration.statements.join('\n--\n')}\n`);
  }
  const dir = join('node_modules', '.cache', 'kintsugi-test');
  mkdirSync(dir, { recursive: true });
  return join(dir, `pglite-${hash.digest('hex').slice(0, 16)}.tar`);
}

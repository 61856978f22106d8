import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openMigratedDatabase } from '../db/migrate.ts';
import { migratedPgliteSnapshot } from './pglite-snapshot.ts';

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
 * (opening one costs ~0.5 s, creating one ~3 s; cached between runs, pglite-snapshot.ts) or a
 * PostgreSQL template database.
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
  const path = await migratedPgliteSnapshot();
  project.provide('pgliteSnapshot', path);
  project.provide('templateDatabase', '');
}

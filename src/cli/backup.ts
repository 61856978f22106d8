import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { lockDataDir } from '../platform/db/data-dir-lock.ts';

/**
 * `kintsugi backup <file>` and `kintsugi restore <file>`, for both engines.
 * PostgreSQL: pg_dump / pg_restore (custom format), roles made first if the cluster is new.
 * Embedded (PGlite): its own data-dir dump (a gzipped tar), taken with the server stopped: the
 * data-dir lock is held for the whole time, so a running server makes both refuse.
 */
export class BackupError extends Error {}

function runTool(command: string, args: string[]): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { stdio: ['ignore', 'inherit', 'pipe'] });
    let errors = '';
    child.stderr.on('data', (d) => (errors += d));
    child.on('error', (error) =>
      fail(new BackupError(`Could not run ${command}: ${error.message}`)),
    );
    child.on('exit', (code) =>
      code === 0
        ? done()
        : fail(new BackupError(`${command} failed (exit ${code}):\n${errors.trim()}`)),
    );
  });
}

function writeAtomically(file: string, data: Uint8Array) {
  mkdirSync(dirname(resolve(file)), { recursive: true });
  const temporary = `${file}.partial`;
  writeFileSync(temporary, data, { mode: 0o600 });
  renameSync(temporary, file);
}

export async function backupPostgres(databaseUrl: string, file: string): Promise<void> {
  const temporary = `${file}.partial`;
  await runTool('pg_dump', [
    '--format=custom',
    '--no-password',
    `--file=${temporary}`,
    `--dbname=${databaseUrl}`,
  ]);
  renameSync(temporary, file);
}

/** The roles live in the cluster, not the database: a new cluster needs them before the data. */
const ROLES = `DO $$
BEGIN
  BEGIN CREATE ROLE kintsugi_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE NOINHERIT;
  EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END;
  BEGIN CREATE ROLE kintsugi_system NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE NOINHERIT;
  EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END;
  IF NOT pg_has_role(current_user, 'kintsugi_app', 'MEMBER') THEN EXECUTE format('GRANT kintsugi_app TO %I', current_user); END IF;
  IF NOT pg_has_role(current_user, 'kintsugi_system', 'MEMBER') THEN EXECUTE format('GRANT kintsugi_system TO %I', current_user); END IF;
END $$`;

export async function restorePostgres(databaseUrl: string, file: string): Promise<void> {
  if (!existsSync(file)) throw new BackupError(`There is no backup file at ${file}.`);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>(
      "select count(*) as n from pg_tables where schemaname in ('public', 'kintsugi_meta')",
    );
    if (Number(rows[0]!.n) > 0) {
      throw new BackupError(
        'That database already has tables. Restore into an empty database (for example: createdb kintsugi_restored), then point DATABASE_URL at it.',
      );
    }
    await client.query(ROLES);
    // The definer functions belong to kintsugi_system, which needs CREATE to be given them.
    await client.query('GRANT CREATE ON SCHEMA public TO kintsugi_system');
    try {
      await runTool('pg_restore', [
        '--exit-on-error',
        '--single-transaction',
        '--no-password',
        `--dbname=${databaseUrl}`,
        file,
      ]);
    } finally {
      await client.query('REVOKE CREATE ON SCHEMA public FROM kintsugi_system');
    }
  } finally {
    await client.end();
  }
}

const hasDatabase = (dataDir: string) => existsSync(join(dataDir, 'PG_VERSION'));

export async function backupPglite(dataDir: string, file: string): Promise<void> {
  const unlock = lockDataDir(dataDir);
  try {
    if (!hasDatabase(dataDir))
      throw new BackupError(`There is no Kintsugi data in ${resolve(dataDir)} to back up.`);
    const db = await PGlite.create({ dataDir });
    try {
      const dump = await db.dumpDataDir('gzip');
      writeAtomically(file, new Uint8Array(await dump.arrayBuffer()));
    } finally {
      await db.close();
    }
  } finally {
    unlock();
  }
}

/** Restores into an empty data dir; anything already there is moved aside first, never deleted. */
export async function restorePglite(dataDir: string, file: string): Promise<string | null> {
  if (!existsSync(file)) throw new BackupError(`There is no backup file at ${file}.`);
  const unlock = lockDataDir(dataDir);
  let movedTo: string | null = null;
  try {
    const entries = readdirSync(dataDir).filter((name) => name !== 'kintsugi.lock');
    if (entries.length > 0) {
      movedTo = `${resolve(dataDir)}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
      mkdirSync(movedTo);
      for (const name of entries) renameSync(join(dataDir, name), join(movedTo, name));
    }
    const db = await PGlite.create({ dataDir, loadDataDir: new Blob([readFileSync(file)]) });
    try {
      await db.query('select count(*) from kintsugi_meta.migrations');
    } finally {
      await db.close();
    }
  } finally {
    unlock();
  }
  return movedTo;
}

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { openMigratedDatabase, readMigrations } from '../db/migrate.ts';

/**
 * A migrated PGlite database as a data-dir dump, made once and cached between runs in
 * `node_modules/.cache/kintsugi-test`, named by a hash of every migration's name and text and of
 * PGlite's version: a changed or added migration (or a PGlite upgrade) makes a new one, and an
 * unchanged tree skips creating and migrating a database (~3 s, and ~800 MB that only the end of
 * the process gives back). The unit project's global setup starts every test file's database
 * from it; the CLI's tests start a server's data dir from it (`seedPgliteDataDir`) when what
 * they test is not how a new database is made.
 */
export async function migratedPgliteSnapshot(): Promise<string> {
  const path = cachedSnapshotPath();
  if (existsSync(path)) return path;
  const client = new PGlite();
  const db = await openMigratedDatabase({ pglite: client, dataDir: '' });
  await db.close();
  const dump = await client.dumpDataDir('none');
  await client.close();
  // Whole or absent: another run (or another test file) may read the cache while this one writes it.
  const partial = `${path}.${process.pid}.partial`;
  writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
  renameSync(partial, path);
  return path;
}

/**
 * Makes `dataDir` (empty or absent) hold the migrated database, as `kintsugi restore` would (the
 * dump is a plain tar of the data dir, which PGlite's `loadDataDir` unpacks the same way): a
 * server started on it opens an existing database with nothing to migrate. `tar` unpacks it in
 * about a second; loading it through PGlite in the test's process took 25 s on a loaded machine.
 */
export async function seedPgliteDataDir(dataDir: string): Promise<void> {
  const snapshot = await migratedPgliteSnapshot();
  mkdirSync(dataDir, { recursive: true });
  // The dump's paths start with `/`; tar takes them as relative to `-C` (and says so on stderr).
  const untar = spawnSync('tar', ['-xf', snapshot, '-C', dataDir], { encoding: 'utf8' });
  if (untar.status !== 0) {
    throw new Error(`tar could not unpack ${snapshot}: ${untar.error?.message ?? untar.stderr}`);
  }
}

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

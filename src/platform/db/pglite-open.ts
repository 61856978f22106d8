import { createHash, type Hash } from 'node:crypto';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { migrationsDir, projectRoot } from '../config/paths.ts';

/**
 * Opening a PGlite data dir, and creating a new one from a prepared copy instead of initdb.
 *
 * Creating a data dir with initdb inside WASM leaves the server at ~800 MB RSS until it is
 * restarted (what PGlite's throw-away initdb instance allocated stays in the RSS), and takes
 * 5-9 s. So the build prepares, once per PGlite version and set of migrations, a data
 * dir that was created and migrated in a child process (pglite-template.ts, run by
 * scripts/build.mjs). A new data dir is a copy of it; migrations still run after open (none, or
 * the ones added since the build). It then starts like an existing data dir: same memory, same
 * code path. A missing, stale or damaged copy falls back to initdb (docs/decisions/060).
 */

/** Where scripts/build.mjs puts the prepared data dir. */
export const pgliteTemplateDir = join(projectRoot, 'dist', 'pglite-template');

export const TEMPLATE_MANIFEST = 'kintsugi-template.json';
/** Copies are staged here inside the data dir, then moved into place, PG_VERSION last. */
const STAGING = '.kintsugi-template-copy';
/** The migration files, as migrate.ts reads them. */
const MIGRATION_FILE = /^\d{4}_[\w-]+\.sql$/;
const COPY_CHUNK = 256 * 1024;

export interface TemplateManifest {
  format: 1;
  /** The version of @electric-sql/pglite that created it. */
  pglite: string;
  /** Migration name -> sha256 of its file, for every migration applied to it. */
  migrations: Record<string, string>;
  /** Every directory and file, relative, parents first; files with their size. */
  entries: { path: string; size?: number }[];
  /** sha256 over every file's path and content, in `entries` order. */
  sha256: string;
}

export type PgliteOrigin = 'existing' | 'template' | 'initdb';

export function installedPgliteVersion(): string {
  let dir = dirname(createRequire(import.meta.url).resolve('@electric-sql/pglite'));
  for (;;) {
    const candidate = join(dir, 'package.json');
    if (existsSync(candidate)) {
      const pkg = JSON.parse(readFileSync(candidate, 'utf8')) as {
        name?: string;
        version?: string;
      };
      if (pkg.name === '@electric-sql/pglite' && pkg.version) return pkg.version;
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error('Could not find the version of @electric-sql/pglite');
    dir = parent;
  }
}

/** Migration name -> sha256 of its file, for the migrations in `dir`. */
export function migrationHashes(dir = migrationsDir): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .filter((file) => MIGRATION_FILE.test(file))
      .sort()
      .map((file) => [
        file.replace(/\.sql$/, ''),
        createHash('sha256')
          .update(readFileSync(join(dir, file)))
          .digest('hex'),
      ]),
  );
}

/**
 * Whether a prepared data dir may start a new database: made by this PGlite version, and every
 * migration it holds is still there unchanged. Migrations added since are applied after open,
 * as on any existing data dir. `exact`: it holds exactly the current migrations.
 */
export function templateFits(
  manifest: Pick<TemplateManifest, 'pglite' | 'migrations'>,
  pgliteVersion: string,
  migrations: Record<string, string>,
): { usable: boolean; exact: boolean } {
  if (manifest.pglite !== pgliteVersion) return { usable: false, exact: false };
  const held = Object.entries(manifest.migrations);
  const usable = held.every(([name, hash]) => migrations[name] === hash);
  return { usable, exact: usable && held.length === Object.keys(migrations).length };
}

/** The manifest of a prepared data dir that fits this install, or null (missing, unreadable, stale). */
export function readTemplate(templateDir: string): (TemplateManifest & { exact: boolean }) | null {
  try {
    const manifest = JSON.parse(
      readFileSync(join(templateDir, TEMPLATE_MANIFEST), 'utf8'),
    ) as TemplateManifest;
    if (
      manifest?.format !== 1 ||
      !Array.isArray(manifest.entries) ||
      typeof manifest.sha256 !== 'string' ||
      typeof manifest.migrations !== 'object' ||
      manifest.migrations === null
    ) {
      return null;
    }
    const fit = templateFits(manifest, installedPgliteVersion(), migrationHashes());
    return fit.usable ? { ...manifest, exact: fit.exact } : null;
  } catch {
    return null;
  }
}

/** The top-level names a copy of the template puts in a data dir, PG_VERSION last. */
function topLevel(manifest: TemplateManifest): string[] {
  const names = manifest.entries
    .map((e) => e.path)
    .filter((p) => !p.includes('/') && p !== 'PG_VERSION');
  return [...names, 'PG_VERSION'];
}

/**
 * Reads one file through one reused buffer, adding its content to `hash` and writing it to `to`
 * when given; answers its size. (Whole-file buffers left ~50 MB of freed memory in the RSS.)
 */
function copyFile(from: string, to: string | null, buffer: Buffer, hash: Hash): number {
  const input = openSync(from, 'r');
  const output = to === null ? null : openSync(to, 'wx');
  try {
    let size = 0;
    for (;;) {
      const read = readSync(input, buffer, 0, buffer.length, null);
      if (read === 0) return size;
      const chunk = buffer.subarray(0, read);
      hash.update(chunk);
      if (output !== null) {
        for (let written = 0; written < read;) written += writeSync(output, chunk, written);
      }
      size += read;
    }
  } finally {
    closeSync(input);
    if (output !== null) closeSync(output);
  }
}

/**
 * Reads every file of the template (copying the whole tree into `into`, when given), checking
 * each size and the one checksum over all; throws on the first thing that does not match.
 */
function checkTemplate(templateDir: string, manifest: TemplateManifest, into?: string): void {
  const hash = createHash('sha256');
  const buffer = Buffer.allocUnsafe(COPY_CHUNK);
  for (const entry of manifest.entries) {
    if (entry.path.split('/').some((part) => part === '' || part === '.' || part === '..')) {
      throw new Error(`bad path in the manifest: ${entry.path}`);
    }
    if (entry.size === undefined) {
      if (into) mkdirSync(join(into, entry.path), { recursive: true });
      continue;
    }
    hash.update(`${entry.path}\0`);
    const target = into ? join(into, entry.path) : null;
    const size = copyFile(join(templateDir, entry.path), target, buffer, hash);
    if (size !== entry.size) throw new Error(`${entry.path} has ${size} bytes, not ${entry.size}`);
  }
  if (hash.digest('hex') !== manifest.sha256) {
    throw new Error('the files do not match the manifest checksum');
  }
  if (!manifest.entries.some((e) => e.path === 'PG_VERSION' && e.size !== undefined)) {
    throw new Error('PG_VERSION is missing');
  }
}

/** Whether every file of the template is there as the manifest says. */
export function templateIntact(templateDir: string, manifest: TemplateManifest): boolean {
  try {
    checkTemplate(templateDir, manifest);
    return true;
  } catch {
    return false;
  }
}

/**
 * Copies the template into `dataDir` (which holds no database yet): staged inside it and checked
 * first, then moved into place with PG_VERSION last, so an interrupted copy never looks like a
 * database.
 */
function copyTemplate(templateDir: string, manifest: TemplateManifest, dataDir: string): void {
  const staging = join(dataDir, STAGING);
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  checkTemplate(templateDir, manifest, staging);
  for (const name of topLevel(manifest)) {
    rmSync(join(dataDir, name), { recursive: true, force: true });
    renameSync(join(staging, name), join(dataDir, name));
  }
  rmSync(staging, { recursive: true, force: true });
}

/** Undoes a copy that PGlite would not open, so that initdb starts from an empty dir. */
function removeCopy(manifest: TemplateManifest, dataDir: string): void {
  rmSync(join(dataDir, 'PG_VERSION'), { force: true });
  for (const name of topLevel(manifest))
    rmSync(join(dataDir, name), { recursive: true, force: true });
  rmSync(join(dataDir, STAGING), { recursive: true, force: true });
}

/**
 * Opens the PGlite data dir `dataDir`, creating it from the prepared template when it holds no
 * database yet. Says where the database came from. Never fails for want of a usable template.
 */
export async function openPgliteDataDir(
  dataDir: string,
  templateDir = pgliteTemplateDir,
): Promise<{ client: PGlite; origin: PgliteOrigin }> {
  if (existsSync(join(dataDir, 'PG_VERSION'))) {
    return { client: await PGlite.create({ dataDir }), origin: 'existing' };
  }
  const manifest = readTemplate(templateDir);
  if (manifest) {
    try {
      copyTemplate(templateDir, manifest, dataDir);
      return { client: await PGlite.create({ dataDir }), origin: 'template' };
    } catch (error) {
      removeCopy(manifest, dataDir);
      process.emitWarning(
        `The prepared database in ${templateDir} could not be used (${(error as Error).message}); ` +
          'creating the database with initdb instead, which is slower and keeps more memory until ' +
          'the next restart. `npm run build` prepares it again.',
      );
    }
  }
  return { client: await PGlite.create({ dataDir }), origin: 'initdb' };
}

export async function openPgliteClient(dataDir: string): Promise<PGlite> {
  return (await openPgliteDataDir(dataDir)).client;
}

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { openMigratedDatabase } from './migrate.ts';
import {
  installedPgliteVersion,
  migrationHashes,
  pgliteTemplateDir,
  readTemplate,
  templateIntact,
  TEMPLATE_MANIFEST,
  type TemplateManifest,
} from './pglite-open.ts';

/**
 * Prepares the data dir that new PGlite databases are copied from (see pglite-open.ts): initdb,
 * then the migrations, in this process. Run it in a child process (scripts/build.mjs does):
 * initdb leaves ~800 MB behind that only the end of the process gives back. Keeps a template
 * that already holds exactly the current migrations for this PGlite version.
 */
export async function preparePgliteTemplate(
  outDir = pgliteTemplateDir,
): Promise<'kept' | 'written'> {
  const current = readTemplate(outDir);
  if (current?.exact && templateIntact(outDir, current)) return 'kept';
  const work = `${outDir}.tmp-${process.pid}`;
  rmSync(work, { recursive: true, force: true });
  try {
    const migrations = migrationHashes();
    const client = await PGlite.create({ dataDir: work });
    try {
      const db = await openMigratedDatabase({ pglite: client, dataDir: work });
      await db.close();
      const applied = await client.query<{ name: string }>(
        'select name from kintsugi_meta.migrations order by name',
      );
      const names = applied.rows.map((r) => r.name).join(',');
      if (names !== Object.keys(migrations).join(',')) {
        throw new Error(`applied migrations (${names}) differ from the migration files`);
      }
    } finally {
      await client.close();
    }
    const entries: TemplateManifest['entries'] = [];
    const hash = createHash('sha256');
    const walk = (rel: string) => {
      const dirents = readdirSync(join(work, rel), { withFileTypes: true });
      dirents.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      for (const dirent of dirents) {
        const path = rel ? `${rel}/${dirent.name}` : dirent.name;
        if (dirent.isDirectory()) {
          entries.push({ path });
          walk(path);
        } else if (dirent.isFile()) {
          const content = readFileSync(join(work, path));
          entries.push({ path, size: content.length });
          hash.update(`${path}\0`).update(content);
        } else {
          throw new Error(`unexpected entry in the data dir: ${path}`);
        }
      }
    };
    walk('');
    const manifest: TemplateManifest = {
      format: 1,
      pglite: installedPgliteVersion(),
      migrations,
      entries,
      sha256: hash.digest('hex'),
    };
    writeFileSync(join(work, TEMPLATE_MANIFEST), `${JSON.stringify(manifest, null, 1)}\n`);
    rmSync(outDir, { recursive: true, force: true });
    renameSync(work, outDir);
    return 'written';
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

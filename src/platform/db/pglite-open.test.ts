import {
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  cpSync,
  writeFileSync,
  readdirSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lockDataDir } from './data-dir-lock.ts';
import { openDatabase, queryRows } from './database.ts';
import { readMigrations, runMigrations } from './migrate.ts';
import {
  openPgliteDataDir,
  readTemplate,
  TEMPLATE_MANIFEST,
  templateIntact,
  templateFits,
  type TemplateManifest,
} from './pglite-open.ts';
import { preparePgliteTemplate } from './pglite-template.ts';

describe('which prepared data dir may start a new database', () => {
  const now = { '0000_core': 'a', '0001_more': 'b' };

  it('one made by this PGlite with exactly the current migrations', () => {
    expect(templateFits({ pglite: '1.0.0', migrations: now }, '1.0.0', now)).toEqual({
      usable: true,
      exact: true,
    });
  });

  it('one missing migrations added since: usable, they are applied after open', () => {
    const fit = templateFits({ pglite: '1.0.0', migrations: { '0000_core': 'a' } }, '1.0.0', now);
    expect(fit).toEqual({ usable: true, exact: false });
  });

  it('not one made by another PGlite version', () => {
    expect(templateFits({ pglite: '0.9.0', migrations: now }, '1.0.0', now).usable).toBe(false);
  });

  it('not one holding a migration since edited or removed', () => {
    expect(
      templateFits({ pglite: '1.0.0', migrations: { ...now, '0000_core': 'old' } }, '1.0.0', now)
        .usable,
    ).toBe(false);
    expect(
      templateFits({ pglite: '1.0.0', migrations: { ...now, '0002_gone': 'c' } }, '1.0.0', now)
        .usable,
    ).toBe(false);
  });
});

describe('a new PGlite data dir opened from the prepared template', () => {
  let root: string;
  let template: string;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'kintsugi-pglite-open-'));
    template = join(root, 'template');
    expect(await preparePgliteTemplate(template)).toBe('written');
    expect(await preparePgliteTemplate(template)).toBe('kept');
  });

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('is a working, migrated database that keeps its data when reopened; the lock stays', async () => {
    const dataDir = join(root, 'fresh');
    const unlock = lockDataDir(dataDir);
    try {
      const first = await openPgliteDataDir(dataDir, template);
      expect(first.origin).toBe('template');
      const db = await openDatabase({ dataDir, pglite: first.client });
      expect(await runMigrations(db)).toBe(0);
      await db.withOwner(async (tx) => {
        const rows = await queryRows<{ name: string }>(
          tx,
          sql`select name from kintsugi_meta.migrations order by name`,
        );
        expect(rows.map((r) => r.name)).toEqual(readMigrations().map((m) => m.name));
        await tx.execute(sql`create table kept (note text)`);
        await tx.execute(sql`insert into kept values ('still here')`);
      });
      await db.close();
      await first.client.close();
      expect(existsSync(join(dataDir, 'kintsugi.lock'))).toBe(true);
      expect(readdirSync(dataDir).filter((name) => name.startsWith('.'))).toEqual([]);

      const again = await openPgliteDataDir(dataDir, template);
      expect(again.origin).toBe('existing');
      const reopened = await openDatabase({ dataDir, pglite: again.client });
      expect(await runMigrations(reopened)).toBe(0);
      const rows = await reopened.withOwner((tx) =>
        queryRows<{ note: string }>(tx, sql`select note from kept`),
      );
      expect(rows).toEqual([{ note: 'still here' }]);
      await reopened.close();
      await again.client.close();
    } finally {
      unlock();
    }
  });

  it('is not used when made by another PGlite version, or when its manifest is missing', () => {
    const stale = join(root, 'stale');
    cpSync(template, stale, { recursive: true });
    const manifest = JSON.parse(
      readFileSync(join(stale, TEMPLATE_MANIFEST), 'utf8'),
    ) as TemplateManifest;
    writeFileSync(join(stale, TEMPLATE_MANIFEST), JSON.stringify({ ...manifest, pglite: '0.0.1' }));
    expect(readTemplate(stale)).toBeNull();
    rmSync(join(stale, TEMPLATE_MANIFEST));
    expect(readTemplate(stale)).toBeNull();
    expect(readTemplate(join(root, 'nowhere'))).toBeNull();
  });

  it('falls back to initdb, with a warning, when a file of the template is damaged', async () => {
    const damaged = join(root, 'damaged');
    cpSync(template, damaged, { recursive: true });
    const control = join(damaged, 'global', 'pg_control');
    const bytes = readFileSync(control);
    bytes[100] = (bytes[100] ?? 0) ^ 0xff;
    writeFileSync(control, bytes);

    const warnings: string[] = [];
    const onWarning = (warning: Error) => warnings.push(warning.message);
    process.on('warning', onWarning);
    const dataDir = join(root, 'from-damaged');
    try {
      const opened = await openPgliteDataDir(dataDir, damaged);
      expect(opened.origin).toBe('initdb');
      const db = await openDatabase({ dataDir, pglite: opened.client });
      expect(await runMigrations(db)).toBe(readMigrations().length);
      expect(await db.ping()).toBe(true);
      await db.close();
      await opened.client.close();
      await new Promise((resolve) => setImmediate(resolve));
      expect(warnings.join('\n')).toMatch(
        /could not be used \(the files do not match the manifest checksum\)/,
      );
      expect(readdirSync(dataDir).filter((name) => name.startsWith('.'))).toEqual([]);
    } finally {
      process.off('warning', onWarning);
    }
    // The next build notices and prepares it again.
    expect(await preparePgliteTemplate(damaged)).toBe('written');
    const repaired = readTemplate(damaged);
    expect(repaired && templateIntact(damaged, repaired)).toBe(true);
  }, 180_000);
});

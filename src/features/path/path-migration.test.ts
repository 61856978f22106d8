import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, queryRows, type Database } from '../../platform/db/database.ts';
import { readMigrations } from '../../platform/db/migrate.ts';

// The step from one shared mark per stage to each person's own (drizzle/0072), on a database
// that still holds shared marks. A fresh PGlite of its own, so it runs the same on every engine.
let client: PGlite;
let db: Database;
beforeAll(async () => {
  client = await PGlite.create();
  db = await openDatabase({ pglite: client, dataDir: '' });
});
afterAll(async () => {
  await db.close();
  await client.close();
});

const run = (names: (name: string) => boolean) =>
  db.withOwner(async (tx) => {
    for (const m of readMigrations().filter((m) => names(m.name)))
      for (const s of m.statements) await tx.execute(sql.raw(s));
  });

describe('migrating the shared marks', () => {
  it('copies each old shared mark and its history to both partners, with its date, as marked for both', async () => {
    await run((name) => name < '0072');
    const ids = await db.withOwner(async (tx) => {
      const [a] = await queryRows<{ id: string }>(
        tx,
        sql`insert into people (email, display_name, password_hash) values ('a@x.test', 'Ada', 'x') returning id`,
      );
      const [b] = await queryRows<{ id: string }>(
        tx,
        sql`insert into people (email, display_name, password_hash) values ('b@x.test', 'Ben', 'x') returning id`,
      );
      const [c] = await queryRows<{ id: string }>(
        tx,
        sql`insert into couples (created_by) values (${a!.id}) returning id`,
      );
      await tx.execute(
        sql`insert into memberships (couple_id, person_id) values (${c!.id}, ${a!.id}), (${c!.id}, ${b!.id})`,
      );
      await tx.execute(sql`insert into path_stages (couple_id, stage, status, version, updated_by, updated_at)
        values (${c!.id}, 'grieve', 'steady', 3, ${b!.id}, '2026-03-02T10:00:00Z'), (${c!.id}, 'face', 'working', 1, ${a!.id}, '2026-03-01T09:00:00Z')`);
      await tx.execute(sql`insert into path_stage_changes (couple_id, stage, from_status, to_status, changed_by, changed_at)
        values (${c!.id}, 'face', 'not-yet', 'working', ${a!.id}, '2026-03-01T09:00:00Z'), (${c!.id}, 'grieve', 'working', 'steady', ${b!.id}, '2026-03-02T10:00:00Z')`);
      return { a: a!.id, b: b!.id };
    });
    await run((name) => name >= '0072');

    const marks = await db.withOwner((tx) =>
      queryRows<{
        who: string;
        stage: string;
        status: string;
        version: number;
        carried_over: boolean;
        updated_at: Date | string;
      }>(
        tx,
        sql`select p.display_name as who, stage, status, version, carried_over, updated_at from path_marks m join people p on p.id = m.author_id order by who, stage`,
      ),
    );
    expect(
      marks.map((m) => [
        m.who,
        m.stage,
        m.status,
        m.version,
        m.carried_over,
        new Date(m.updated_at).toISOString(),
      ]),
    ).toEqual([
      ['Ada', 'face', 'working', 1, true, '2026-03-01T09:00:00.000Z'],
      ['Ada', 'grieve', 'steady', 1, true, '2026-03-02T10:00:00.000Z'],
      ['Ben', 'face', 'working', 1, true, '2026-03-01T09:00:00.000Z'],
      ['Ben', 'grieve', 'steady', 1, true, '2026-03-02T10:00:00.000Z'],
    ]);
    const changes = await db.withOwner((tx) =>
      queryRows<{ author_id: string; stage: string; carried_over: boolean }>(
        tx,
        sql`select author_id, stage, carried_over from path_mark_changes order by author_id, stage`,
      ),
    );
    expect(changes).toHaveLength(4);
    expect(changes.every((c) => c.carried_over)).toBe(true);
    expect(new Set(changes.map((c) => c.author_id))).toEqual(new Set([ids.a, ids.b]));
    const old = await db.withOwner((tx) =>
      queryRows<{ n: number }>(
        tx,
        sql`select count(*)::int as n from information_schema.tables where table_name in ('path_stages', 'path_stage_changes')`,
      ),
    );
    expect(old[0]!.n).toBe(0);
  });
});

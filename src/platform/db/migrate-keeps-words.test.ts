import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readMigrations } from './migrate.ts';

// Issue 11: the migrations that change who keeps what (0060 keys and the closed-account
// function, 0061 check-in spans) keep every existing row and word. A database migrated to just
// before them gets a couple's data; then the rest of the migrations run over it.

const FIRST_OF_ISSUE_11 = '0060';
let db: PGlite;

const apply = async (which: (name: string) => boolean) => {
  for (const migration of readMigrations().filter((m) => which(m.name))) {
    for (const statement of migration.statements) await db.exec(statement);
  }
};
const count = async (table: string) =>
  Number((await db.query<{ n: number }>(`select count(*)::int as n from ${table}`)).rows[0]!.n);

beforeAll(async () => {
  db = new PGlite();
  await apply((name) => name < FIRST_OF_ISSUE_11);
  await db.exec(`
    insert into people (id, email, display_name, password_hash, time_zone) values
      ('00000000-0000-4000-8000-00000000000a', 'a@example.test', 'A', 'x', 'Pacific/Kiritimati'),
      ('00000000-0000-4000-8000-00000000000b', 'b@example.test', 'B', 'x', 'Pacific/Pago_Pago');
    insert into couples (id, created_by) values ('00000000-0000-4000-8000-0000000000c1', '00000000-0000-4000-8000-00000000000a');
    insert into memberships (couple_id, person_id) values
      ('00000000-0000-4000-8000-0000000000c1', '00000000-0000-4000-8000-00000000000a'),
      ('00000000-0000-4000-8000-0000000000c1', '00000000-0000-4000-8000-00000000000b');
    insert into letters (couple_id, author_id, recipient_id, body, status, deliver_at) values
      ('00000000-0000-4000-8000-0000000000c1', '00000000-0000-4000-8000-00000000000a', '00000000-0000-4000-8000-00000000000b', 'OLD-LETTER', 'sent', now());
    insert into daily_checkins (couple_id, author_id, day, safety, trust, connection, note, visibility) values
      ('00000000-0000-4000-8000-0000000000c1', '00000000-0000-4000-8000-00000000000a', '2026-11-24', 5, 5, 5, 'OLD-A', 'shared'),
      ('00000000-0000-4000-8000-0000000000c1', '00000000-0000-4000-8000-00000000000b', '2026-11-23', 6, 6, 6, 'OLD-B', 'shared');
  `);
  await apply((name) => name >= FIRST_OF_ISSUE_11);
}, 120_000);
afterAll(() => db?.close());

describe('migrating an existing database past issue 11', () => {
  it('keeps every row and every word', async () => {
    expect(await count('people')).toBe(2);
    expect(await count('memberships')).toBe(2);
    expect((await db.query<{ body: string }>('select body from letters')).rows).toEqual([
      { body: 'OLD-LETTER' },
    ]);
    const notes = await db.query<{ note: string }>('select note from daily_checkins order by note');
    expect(notes.rows).toEqual([{ note: 'OLD-A' }, { note: 'OLD-B' }]);
  });

  it('gives old check-ins the span of their day in their author’s time zone, so the two far apart now pair', async () => {
    const spans = await db.query<{ note: string; starts: string; ends: string }>(
      `select note, to_char(day_starts_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI') as starts,
              to_char(day_ends_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI') as ends
         from daily_checkins order by note`,
    );
    expect(spans.rows).toEqual([
      { note: 'OLD-A', starts: '2026-11-23T10:00', ends: '2026-11-24T10:00' },
      { note: 'OLD-B', starts: '2026-11-23T11:00', ends: '2026-11-24T11:00' },
    ]);
    const revealed = await db.query<{ n: number }>(
      `select count(*)::int as n from checkin_weeks where scope = 'revealed'`,
    );
    expect(revealed.rows[0]!.n).toBe(2);
  });

  it('no longer lets a person row take the other’s words with it', async () => {
    await expect(
      db.exec(`delete from people where id = '00000000-0000-4000-8000-00000000000a'`),
    ).rejects.toThrow(/foreign key/);
    expect(await count('letters')).toBe(1);
  });
});

import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addPerson, openTestDatabase, type TestDatabase } from '../testing/test-db.ts';
import { people, sessions } from './core.tables.server.ts';
import { queryRows } from './database.ts';
import { rowsFromJson } from './json-rows.ts';

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await openTestDatabase();
});
afterAll(() => testDb.close());

describe('rows that come back as JSON', () => {
  it('equal what drizzle’s own select answers, whatever the session’s time zone', async () => {
    await testDb.db.withOwner(async (tx) => {
      // An odd offset (+13:45) shows that timestamps keep their instant through the JSON text.
      await tx.execute(sql`set local time zone 'Pacific/Chatham'`);
      const id = await addPerson(tx, `json-${Date.now()}`);
      await tx.insert(sessions).values({
        personId: id,
        tokenHash: 'f'.repeat(64),
        device: 'Test',
        expiresAt: new Date(Date.now() + 86_400_000),
      });
      const selected = await tx.select().from(sessions).where(eq(sessions.personId, id));
      const [row] = await queryRows<{ one: unknown; all: unknown; none: unknown }>(
        tx,
        sql`select (select to_json(p) from people p where p.id = ${id}) as one,
          (select json_agg(s) from sessions s where s.person_id = ${id}) as all,
          (select json_agg(s) from sessions s where false) as none`,
      );
      expect(rowsFromJson(people, row!.one)).toEqual(
        await tx.select().from(people).where(eq(people.id, id)),
      );
      expect(rowsFromJson(sessions, row!.all)).toEqual(selected);
      expect(selected[0]!.createdAt).toBeInstanceOf(Date);
      expect(rowsFromJson(sessions, row!.none)).toEqual([]);
    });
  });
});

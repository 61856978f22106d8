import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addPerson, openTestDatabase, type TestDatabase } from '../testing/test-db.ts';
import { queryRows, type Tx } from './database.ts';

let t: TestDatabase;
let alice: string;
let bob: string;
let carol: string;
let aliceCouple: string;
let carolCouple: string;

/** Runs `fn` as kintsugi_app with app.user_id set to `userId` (or unset), like a request. */
const asApp = <T>(userId: string | null, fn: (tx: Tx) => Promise<T>) =>
  t.db.withOwner(async (tx) => {
    await tx.execute(sql`select set_config('role', 'kintsugi_app', true)`);
    if (userId) await tx.execute(sql`select set_config('app.user_id', ${userId}, true)`);
    return fn(tx);
  });

const count = async (tx: Tx, table: string) =>
  (await queryRows<{ n: number }>(tx, sql.raw(`select count(*)::int as n from ${table}`)))[0]!.n;

beforeAll(async () => {
  t = await openTestDatabase();
  await t.db.withSystem(async (tx) => {
    const person = (name: string) => addPerson(tx, name);
    alice = await person('alice');
    bob = await person('bob');
    carol = await person('carol');
    aliceCouple = randomUUID();
    carolCouple = randomUUID();
    await queryRows(
      tx,
      sql`insert into couples (id, created_by) values (${aliceCouple}, ${alice}), (${carolCouple}, ${carol})`,
    );
    await queryRows(
      tx,
      sql`insert into memberships (couple_id, person_id) values (${aliceCouple}, ${alice}), (${aliceCouple}, ${bob}), (${carolCouple}, ${carol})`,
    );
    await queryRows(
      tx,
      sql`insert into sessions (person_id, token_hash, device, expires_at) values (${alice}, ${'a'.repeat(64)}, 'x', now() + interval '1 day')`,
    );
    await queryRows(
      tx,
      sql`insert into invites (couple_id, created_by, code_hash, expires_at) values (${carolCouple}, ${carol}, 'h', now() + interval '1 day')`,
    );
  });
});
afterAll(() => t.close());

async function userTables(): Promise<string[]> {
  return t.db.withOwner(async (tx) =>
    (
      await queryRows<{ name: string }>(
        tx,
        sql`select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'public' and c.relkind = 'r' order by 1`,
      )
    ).map((r) => r.name),
  );
}

describe('row-level security', () => {
  it('is enabled and forced on every table in the schema', async () => {
    const rows = await t.db.withOwner((tx) =>
      queryRows<{ relname: string; relrowsecurity: boolean; relforcerowsecurity: boolean }>(
        tx,
        sql`select c.relname, c.relrowsecurity, c.relforcerowsecurity from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'public' and c.relkind = 'r'`,
      ),
    );
    expect(rows.length).toBeGreaterThanOrEqual(5);
    for (const row of rows)
      expect(row, row.relname).toMatchObject({ relrowsecurity: true, relforcerowsecurity: true });
  });

  it('runs requests as a role that is neither owner nor superuser and cannot bypass RLS', async () => {
    const roles = await t.db.withOwner((tx) =>
      queryRows<{ rolname: string; rolsuper: boolean; rolbypassrls: boolean; owns: number }>(
        tx,
        sql`select r.rolname, r.rolsuper, r.rolbypassrls, (select count(*)::int from pg_class c where c.relowner = r.oid) as owns from pg_roles r where r.rolname in ('kintsugi_app', 'kintsugi_system')`,
      ),
    );
    expect(roles).toHaveLength(2);
    for (const role of roles)
      expect(role).toMatchObject({ rolsuper: false, rolbypassrls: false, owns: 0 });
  });

  it('yields no rows from any table when no user is set', async () => {
    for (const table of await userTables()) {
      expect(await asApp(null, (tx) => count(tx, table)), table).toBe(0);
    }
  });

  it('shows me my own rows and my partner, never a stranger', async () => {
    await asApp(alice, async (tx) => {
      const names = (
        await queryRows<{ display_name: string }>(
          tx,
          sql`select display_name from people order by 1`,
        )
      ).map((r) => r.display_name);
      expect(names).toEqual(['alice', 'bob']);
      expect(await count(tx, 'couples')).toBe(1);
      expect(await count(tx, 'memberships')).toBe(2);
      expect(await count(tx, 'sessions')).toBe(1);
      expect(await count(tx, 'invites')).toBe(0);
    });
    await asApp(bob, async (tx) => expect(await count(tx, 'sessions')).toBe(0));
    await asApp(carol, async (tx) => {
      expect(await count(tx, 'people')).toBe(1);
      expect(await count(tx, 'invites')).toBe(1);
    });
  });

  it('refuses inserts that forge another couple or another author', async () => {
    const forged = [
      sql`insert into memberships (couple_id, person_id) values (${aliceCouple}, ${carol})`,
      sql`insert into memberships (couple_id, person_id) values (${carolCouple}, ${alice})`,
      sql`insert into invites (couple_id, created_by, code_hash, expires_at) values (${aliceCouple}, ${carol}, 'forged', now() + interval '1 day')`,
      sql`insert into couples (created_by) values (${alice})`,
      sql`insert into sessions (person_id, token_hash, device, expires_at) values (${alice}, ${'b'.repeat(64)}, 'x', now() + interval '1 day')`,
    ];
    for (const statement of forged) {
      await expect(asApp(carol, (tx) => tx.execute(statement))).rejects.toThrow();
    }
    await t.db.withSystem(async (tx) => {
      expect(await count(tx, 'memberships')).toBe(3);
      expect(await count(tx, 'invites')).toBe(1);
      expect(await count(tx, 'couples')).toBe(2);
    });
  });

  it("cannot update or delete another person's rows", async () => {
    await asApp(carol, async (tx) => {
      await tx.execute(sql`update people set display_name = 'pwned' where id = ${alice}`);
      await tx.execute(sql`delete from sessions where person_id = ${alice}`);
      await tx.execute(sql`update memberships set left_at = now() where person_id = ${bob}`);
    });
    await t.db.withSystem(async (tx) => {
      const [row] = await queryRows<{ display_name: string }>(
        tx,
        sql`select display_name from people where id = ${alice}`,
      );
      expect(row!.display_name).toBe('alice');
      expect(await count(tx, 'sessions')).toBe(1);
      expect(
        (await queryRows(tx, sql`select 1 from memberships where left_at is not null`)).length,
      ).toBe(0);
    });
  });

  it('keeps the role and the user through a nested transaction (a savepoint), and after it', async () => {
    const who = (tx: Tx) =>
      queryRows<{ uid: string | null; role: string }>(
        tx,
        sql`select app_user_id() as uid, current_user as role`,
      );
    const seen = await t.db.withUser('a'.repeat(64), async ({ tx, userId }) => {
      const inner = await tx.transaction((sp) => who(sp));
      await tx
        .transaction(async (sp) => {
          await sp.execute(sql`select 1`);
          throw new Error('rolled back to the savepoint');
        })
        .catch(() => {});
      const after = await who(tx);
      return { userId, inner: inner[0], after: after[0], people: await count(tx, 'people') };
    });
    expect(seen).not.toBeNull();
    expect(seen!.userId).toBe(alice);
    for (const row of [seen!.inner, seen!.after])
      expect(row).toEqual({ uid: alice, role: 'kintsugi_app' });
    expect(seen!.people).toBe(2);
  });
});

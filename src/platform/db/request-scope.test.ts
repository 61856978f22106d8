import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addPerson, openTestDatabase, type TestDatabase } from '../testing/test-db.ts';
import { asSystem, queryRows, type Access, type Tx } from './database.ts';

let t: TestDatabase;
let alice: string;
let bob: string;
const aliceHash = 'c'.repeat(64);

const people = (tx: Tx) =>
  queryRows<{ display_name: string }>(
    tx,
    sql`select display_name from people order by display_name`,
  );
const who = (tx: Tx) =>
  queryRows<{ role: string; uid: string }>(
    tx,
    sql`select current_user as role, current_setting('app.user_id', true) as uid`,
  );

/** Why a query failed: drizzle wraps the database's (or the handle's) error as its cause. */
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => 'no failure',
    (error: Error) => `${error.message} / ${(error.cause as Error | undefined)?.message ?? ''}`,
  );

beforeAll(async () => {
  t = await openTestDatabase();
  await t.db.withSystem(async (tx) => {
    const person = (name: string) => addPerson(tx, name);
    alice = await person('alice');
    bob = await person('bob');
    await queryRows(
      tx,
      sql`insert into sessions (person_id, token_hash, device, expires_at) values (${alice}, ${aliceHash}, 'x', now() + interval '1 day')`,
    );
  });
});
afterAll(() => t.close());

describe.each<Access>(['read', 'write'])('a signed-in %s', (access) => {
  it('knows the viewer from the first round trip, and every statement runs as that person', async () => {
    const seen = await t.db.withUser(
      aliceHash,
      async ({ tx, userId, viewer }) => {
        expect(userId).toBe(alice);
        expect(viewer).toMatchObject({
          id: alice,
          email: 'alice@example.test',
          displayName: 'alice',
        });
        expect(viewer.createdAt).toBeInstanceOf(Date);
        // Twice: the second statement must carry the person as the first did.
        return [await who(tx), await people(tx), await who(tx)];
      },
      access,
    );
    expect(seen).toEqual([
      [{ role: 'kintsugi_app', uid: alice }],
      [{ display_name: 'alice' }],
      [{ role: 'kintsugi_app', uid: alice }],
    ]);
  });

  it('answers null and runs nothing for an unknown session', async () => {
    let ran = false;
    const result = await t.db.withUser('d'.repeat(64), async () => (ran = true), access);
    expect(result).toBeNull();
    expect(ran).toBe(false);
  });

  it('can step into kintsugi_system for one narrow step, and back', async () => {
    const seen = await t.db.withUser(
      aliceHash,
      async ({ tx }) => [await asSystem(tx, () => people(tx)), await people(tx)],
      access,
    );
    expect(seen).toEqual([
      [{ display_name: 'alice' }, { display_name: 'bob' }],
      [{ display_name: 'alice' }],
    ]);
  });

  it('refuses a handle kept past its request', async () => {
    const kept = await t.db.withUser(aliceHash, async ({ tx }) => tx, access);
    expect(await failure(people(kept!))).toMatch(/after its request ended/);
  });

  it('leaves nothing of the person on the connection afterwards', async () => {
    await t.db.withUser(aliceHash, async ({ tx }) => people(tx), access);
    const after = await t.db.withOwner((tx) => who(tx));
    expect(after[0]!.role).not.toMatch(/^kintsugi_/);
    expect(after[0]!.uid ?? '').toBe('');
  });
});

describe('a read', () => {
  it('cannot write, even to its own rows', async () => {
    const update = t.db.withUser(
      aliceHash,
      ({ tx }) =>
        queryRows(tx, sql`update people set display_name = 'mallory' where id = ${alice}`),
      'read',
    );
    expect(await failure(update)).toMatch(/read-only transaction/);
    const [row] = await t.db.withOwner((tx) =>
      queryRows<{ display_name: string }>(
        tx,
        sql`select display_name from people where id = ${alice}`,
      ),
    );
    expect(row!.display_name).toBe('alice');
  });

  it('lets a failed statement in a nested step pass without spoiling the next', async () => {
    const seen = await t.db.withUser(
      aliceHash,
      async ({ tx }) => {
        await tx.transaction((inner) => queryRows(inner, sql`select 1/0`)).catch(() => 'failed');
        return people(tx);
      },
      'read',
    );
    expect(seen).toEqual([{ display_name: 'alice' }]);
  });

  it('does not see a partner-less stranger', async () => {
    const names = await t.db.withUser(
      aliceHash,
      ({ tx }) => queryRows<{ id: string }>(tx, sql`select id from people where id = ${bob}`),
      'read',
    );
    expect(names).toEqual([]);
  });
});

describe('the connections of server PostgreSQL', () => {
  it.runIf(Boolean(process.env.TEST_DATABASE_URL))(
    'compile no statement just in time (decision 175), as the owner and as a person',
    async () => {
      const jit = (tx: Tx) =>
        queryRows<{ jit: string }>(tx, sql`select current_setting('jit') as jit`);
      const asOwner = await t.db.withSystem(jit);
      const asPerson = await t.db.withUser(aliceHash, ({ tx }) => jit(tx), 'read');
      expect([asOwner, asPerson]).toEqual([[{ jit: 'off' }], [{ jit: 'off' }]]);
    },
  );
});

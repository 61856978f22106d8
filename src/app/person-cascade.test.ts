import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../platform/db/database.ts';
import { openTestDatabase, type TestDatabase } from '../platform/testing/test-db.ts';

// Decision 052: no choice of one person may erase another's words. This walks every foreign key
// in the schema (not a list of tables, so a table added later is judged too) and fails on any
// path by which deleting one `people` row could cascade into rows another person wrote.

interface ForeignKey {
  child: string;
  columns: string[];
  parent: string;
  /** pg_constraint.confdeltype: c cascade, n set null, d set default, r restrict, a no action. */
  onDelete: string;
}

let t: TestDatabase;
let keys: ForeignKey[];
beforeAll(async () => {
  t = await openTestDatabase();
  keys = await t.db.withOwner((tx) =>
    queryRows<ForeignKey>(
      tx,
      sql`select c.conrelid::regclass::text as child, c.confrelid::regclass::text as parent,
                 c.confdeltype::text as "onDelete",
                 array(select a.attname::text from unnest(c.conkey) k join pg_attribute a
                       on a.attrelid = c.conrelid and a.attnum = k) as columns
          from pg_constraint c join pg_namespace n on n.oid = c.connamespace
          where c.contype = 'f' and n.nspname = 'public'`,
    ),
  );
});
afterAll(() => t.close());

/** The columns of a table that name a person: whose row it is, or whom it involves. */
const personColumns = (table: string) =>
  keys.filter((k) => k.child === table && k.parent === 'people').flatMap((k) => k.columns);

/** Every path of cascading deletes that starts at people, as "people.col -> table ...". */
export function findTrespasses(all: ForeignKey[]): string[] {
  const found: string[] = [];
  const walk = (table: string, path: string[], seen: Set<string>) => {
    for (const key of all.filter((k) => k.parent === table && k.onDelete === 'c')) {
      if (seen.has(key.child)) continue;
      const step = `${key.child}(${key.columns.join(',')})`;
      const here = [...path, step];
      const people = all
        .filter((k) => k.child === key.child && k.parent === 'people')
        .flatMap((k) => k.columns);
      const isDirect = path.length === 0;
      // Straight from people through its own column, a row that names nobody else is that
      // person's own. Any other row (naming a second person, or reached through another row)
      // may hold someone else's words.
      const others = isDirect ? people.filter((c) => !key.columns.includes(c)) : people;
      if (others.length > 0)
        found.push(`people -> ${here.join(' -> ')} (names a person in ${others.join(', ')})`);
      walk(key.child, here, new Set([...seen, key.child]));
    }
  };
  walk('people', [], new Set(['people']));
  return found;
}

describe('deleting a person row', () => {
  it('can never cascade into rows another person wrote', () => {
    expect(keys.length).toBeGreaterThan(20);
    expect(findTrespasses(keys)).toEqual([]);
  });

  it('the walk itself catches a cascade through a joint row and a row naming two people', () => {
    const planted: ForeignKey[] = [
      { child: 'talks', columns: ['started_by'], parent: 'people', onDelete: 'c' },
      { child: 'turns', columns: ['talk_id'], parent: 'talks', onDelete: 'c' },
      { child: 'turns', columns: ['author_id'], parent: 'people', onDelete: 'r' },
      { child: 'notes', columns: ['author_id'], parent: 'people', onDelete: 'c' },
      { child: 'gifts', columns: ['from_id'], parent: 'people', onDelete: 'c' },
      { child: 'gifts', columns: ['to_id'], parent: 'people', onDelete: 'r' },
    ];
    expect(findTrespasses(planted)).toEqual([
      'people -> turns(talk_id) (names a person in author_id)'.replace(
        'people -> ',
        'people -> talks(started_by) -> ',
      ),
      'people -> gifts(from_id) (names a person in to_id)',
    ]);
  });

  it('leaves each person’s own rows to go with them, and keeps joint rows by refusing the delete', () => {
    // A sample of both kinds, so a loosened rule shows up here as well as in the walk.
    const action = (child: string, column: string) =>
      keys.find((k) => k.child === child && k.parent === 'people' && k.columns.includes(column))
        ?.onDelete;
    expect(action('journal_entries', 'author_id')).toBe('c');
    expect(action('sessions', 'person_id')).toBe('c');
    expect(action('letters', 'author_id')).toBe('r');
    expect(action('conversation_turns', 'author_id')).toBe('r');
    expect(action('agreement_events', 'author_id')).toBe('r');
    expect(personColumns('letters').sort()).toEqual(['author_id', 'recipient_id']);
  });
});

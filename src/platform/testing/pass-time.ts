import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Database } from '../db/database.ts';

/**
 * Time passing, for tests of code whose clock is the database's `now()` (a letter's delivery, a
 * pause's end, a rate-limit window): moves every timestamp of the chosen rows back by `ms`, as if
 * they had been written that long ago. Nothing sleeps, and the code under test is unchanged.
 * `where` is a condition on the table's own columns, e.g. sql`id = ${letterId}`. Columns of whole
 * days (`date`) stay as they are.
 */
export async function passTime(
  db: Database,
  { table, where, ms }: { table: string; where: SQL; ms: number },
): Promise<void> {
  await db.withOwner(async (tx) => {
    const columns = await queryRows<{ column_name: string }>(
      tx,
      sql`select column_name from information_schema.columns
          where table_schema = 'public' and table_name = ${table}
            and data_type in ('timestamp with time zone', 'timestamp without time zone')`,
    );
    if (columns.length === 0) throw new Error(`passTime: ${table} has no timestamps to move`);
    const by = sql`make_interval(secs => ${ms / 1000})`;
    const moved = await queryRows(
      tx,
      sql`update ${sql.identifier(table)} set ${sql.join(
        columns.map(
          ({ column_name }) =>
            sql`${sql.identifier(column_name)} = ${sql.identifier(column_name)} - ${by}`,
        ),
        sql`, `,
      )} where ${where} returning 1`,
    );
    if (moved.length === 0) throw new Error(`passTime: no row of ${table} matched`);
  });
}

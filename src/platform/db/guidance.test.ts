import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addPerson, openTestDatabase, type TestDatabase } from '../testing/test-db.ts';
import { queryRows, type Tx } from './database.ts';
import { dangerSql, daySql, readGuidanceInputs, type GuidanceInputs } from './guidance.ts';

// Today's question and vision parts read one field each (`dangerSql`, `daySql`) instead of the
// whole `app_guidance_inputs()`: each must say what the function says, or a person whose latest
// safety check signalled danger could be asked a question the function would hold back.

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(() => t.close());

async function both(tx: Tx, id: string) {
  await tx.execute(sql`select set_config('app.user_id', ${id}, true)`);
  const [row] = await queryRows<{ inputs: GuidanceInputs | string; danger: boolean; day: string }>(
    tx,
    sql`select app_guidance_inputs() as inputs, ${dangerSql(id)} as danger,
          to_char(${daySql(id)}, 'YYYY-MM-DD') as day`,
  );
  const inputs = readGuidanceInputs(row!.inputs);
  return {
    function: { danger: inputs.danger, day: inputs.day },
    parts: { danger: row!.danger, day: row!.day },
  };
}

async function check(tx: Tx, id: string, signalsDanger: boolean, minutesAgo: number) {
  await tx.execute(
    sql`insert into safety_checks (person_id, humiliated, afraid, forced, hurt, signals_danger, taken_at)
        values (${id}, 'no', ${signalsDanger ? 'yes' : 'no'}, 'no', 'no', ${signalsDanger},
                now() - make_interval(mins => ${minutesAgo}))`,
  );
}

describe("Today's one-field guidance readers", () => {
  it('say what app_guidance_inputs() says: the latest check decides danger, the own zone the day', async () => {
    await t.db.withOwner(async (tx) => {
      const seen: Awaited<ReturnType<typeof both>>[] = [];
      for (const zone of ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Europe/London']) {
        const id = await addPerson(tx, `guidance-${zone.replace('/', '-')}-${Date.now()}`);
        await tx.execute(sql`update people set time_zone = ${zone} where id = ${id}`);
        seen.push(await both(tx, id)); // no check yet: no danger
        await check(tx, id, true, 60);
        seen.push(await both(tx, id)); // the only check signalled danger
        await check(tx, id, false, 5);
        seen.push(await both(tx, id)); // a later check did not: the latest decides
        await check(tx, id, true, 1);
        seen.push(await both(tx, id));
      }
      for (const s of seen) expect(s.parts).toEqual(s.function);
      // The cases differ where they should, so the equality above is not about nothing.
      expect(seen.map((s) => s.parts.danger)).toEqual(
        Array.from({ length: 3 }, () => [false, true, false, true]).flat(),
      );
      expect(new Set(seen.map((s) => s.parts.day)).size).toBeGreaterThan(1);
    });
  });
});

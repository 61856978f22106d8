import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type UserContext } from '../db/database.ts';
import type { WaitingItem, WaitingPart, WaitingRow } from './build-server.ts';

interface RawRow {
  part: number;
  kind: string;
  ref: string | null;
  at_ms: string | number | null;
  data: unknown;
}

/** One part with the common columns, so the parts line up in `UNION ALL`. */
function columns(part: SQL, index: number): SQL {
  return sql`select ${sql.raw(String(index))}::int as part, w.kind::text as kind, w.ref::text as ref,
    floor(extract(epoch from w.at::timestamptz) * 1000)::text as at_ms, w.data::json as data
    from (${part}) w`;
}

/** Every part in one statement: `UNION ALL`, each row tagged with its part's place in `parts`. */
export function waitingStatement(parts: readonly SQL[]): SQL {
  return sql.join(
    parts.map((part, i) => columns(part, i)),
    sql` union all `,
  );
}

function toRow(raw: RawRow): WaitingRow {
  const data = typeof raw.data === 'string' ? (JSON.parse(raw.data) as unknown) : raw.data;
  return {
    kind: raw.kind,
    ref: raw.ref,
    at: raw.at_ms === null ? null : new Date(Number(raw.at_ms)).toISOString(),
    data,
  };
}

/** Runs the statement of `parts` and hands back each part's rows, in the order of `parts`. */
export async function runWaitingParts(
  ctx: UserContext,
  parts: readonly SQL[],
): Promise<WaitingRow[][]> {
  const rows = await queryRows<RawRow>(ctx.tx, waitingStatement(parts));
  const byPart: WaitingRow[][] = parts.map(() => []);
  for (const raw of rows) byPart[Number(raw.part)]!.push(toRow(raw));
  return byPart;
}

/** A feature's waiting items from its part alone, in a statement of its own. */
export function waitingFromPart(part: WaitingPart) {
  return async (ctx: UserContext): Promise<WaitingItem[]> => {
    const [rows] = await runWaitingParts(ctx, [part.sql(ctx.userId)]);
    return part.read(rows!, { userId: ctx.userId, now: new Date() });
  };
}

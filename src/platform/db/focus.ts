import { sql, type SQL } from 'drizzle-orm';
import {
  suggestFocus,
  type Focus,
  type FocusInputs,
  type FocusPerson,
} from '../../content/focus.ts';
import type { Level, PatternId, StanceId } from '../../content/patterns.ts';
import type { StageId, StageStatus } from '../../content/stages.ts';
import { queryRows, type Tx } from './database.ts';

interface RawInputs {
  levels: { mine: boolean; pattern: PatternId; level: Level }[];
  stances: { mine: boolean; stance: StanceId }[];
  statuses: Partial<Record<StageId, StageStatus>>;
  partnerStatuses: Partial<Record<StageId, StageStatus>>;
  partner: string | null;
}

/**
 * What the signed-in person's suggested focus may use, read through `app_focus_inputs()`
 * (drizzle/0014, 0072): their own reflection and stance, only what their partner shared, their
 * own stage marks and their partner's (marks are shared with the couple). Path and Today both use it, so it lives below them.
 */
export async function loadFocusInputs(tx: Tx): Promise<FocusInputs> {
  const [row] = await queryRows<{ inputs: unknown }>(tx, sql`select ${focusInputsSql} as inputs`);
  return readFocusInputs(row!.inputs);
}

/** The SQL expression to select in a statement of one's own (Today reads it with its situation). */
export const focusInputsSql: SQL = sql`app_focus_inputs()`;

/** What `focusInputsSql` answered, as the focus rules read it. */
export function readFocusInputs(json: unknown): FocusInputs {
  const raw = (typeof json === 'string' ? JSON.parse(json) : json) as RawInputs;
  const person = (mine: boolean): FocusPerson => ({
    stance: raw.stances.find((s) => s.mine === mine)?.stance ?? null,
    levels: Object.fromEntries(
      raw.levels.filter((l) => l.mine === mine).map((l) => [l.pattern, l.level]),
    ),
  });
  return {
    me: person(true),
    partner: raw.partner ? { name: raw.partner, ...person(false) } : null,
    statuses: raw.statuses,
    partnerStatuses: raw.partner ? raw.partnerStatuses : {},
  };
}

export async function loadFocus(tx: Tx): Promise<Focus & { statuses: FocusInputs['statuses'] }> {
  return focusFrom(await loadFocusInputs(tx));
}

/** The suggested focus from its inputs, with my own stage marks. */
export function focusFrom(inputs: FocusInputs): Focus & { statuses: FocusInputs['statuses'] } {
  return { ...suggestFocus(inputs), statuses: inputs.statuses };
}

import { sql, type SQL } from 'drizzle-orm';
import type { StanceId } from '../../content/patterns.ts';
import { localDaySql } from '../time/days-sql.server.ts';

/** What guidance must know about the person asking; read by `app_guidance_inputs()` (drizzle/0070). */
export interface GuidanceInputs {
  /** Their own date today, YYYY-MM-DD, in their time zone. */
  day: string;
  /** Their own stance (broke, hurt, both, unsaid), or null if they have not said. */
  stance: StanceId | null;
  /** Their latest private safety check signalled danger. */
  danger: boolean;
  /** They use Kintsugi alone. */
  solo: boolean;
  /** They are in a space now. */
  space: boolean;
  /** Time apart is on in their space. */
  paused: boolean;
}

/**
 * The SQL expression to select in a feature's own statement, so reading these costs no round
 * trip of its own (Today adds its day's mark to the same statement).
 */
export const guidanceInputsSql: SQL = sql`app_guidance_inputs()`;

/**
 * `danger` alone, for a statement that needs nothing else of the guidance inputs (Today's
 * question part): the same rule as `app_guidance_inputs()`, the person's latest safety check.
 */
export const dangerSql = (userId: string): SQL =>
  sql`coalesce((select s.signals_danger from safety_checks s where s.person_id = ${userId}
                 order by s.taken_at desc limit 1), false)`;

/** `day` alone, as a date: the person's own date today in their time zone, as in `app_guidance_inputs()`. */
export const daySql = (userId: string): SQL =>
  sql`(select ${localDaySql(sql`p.time_zone`)} from people p where p.id = ${userId})`;

/** Node-postgres hands jsonb back parsed; PGlite's exec path may hand back text. */
export function readGuidanceInputs(raw: GuidanceInputs | string): GuidanceInputs {
  return typeof raw === 'string' ? (JSON.parse(raw) as GuidanceInputs) : raw;
}

import { sql } from 'drizzle-orm';
import { firstWeekSteps, towardPartner, type FirstWeekStepId } from '../../content/first-week.ts';
import type { Tx } from '../../platform/db/database.ts';
import { queryRows } from '../../platform/db/database.ts';
import {
  guidanceInputsSql,
  readGuidanceInputs,
  type GuidanceInputs,
} from '../../platform/db/guidance.ts';
import type { FirstWeekPatch, FirstWeekView } from './first-week.schema.ts';
import { firstWeek as firstWeekTable } from './first-week.tables.server.ts';

interface Options {
  tx: Tx;
  userId: string;
}

interface Row {
  inputs: GuidanceInputs | string;
  welcomed: boolean;
  set_aside: string[] | string | null;
  closed: boolean;
  safety: boolean;
  safety_offered: boolean;
  stance: boolean;
  paired: boolean;
  invited: boolean;
  reflection: boolean;
  checkin: boolean;
}

/** PGlite's exec path may hand arrays back as their text form ("{a,b}"). */
function readArray(raw: Row['set_aside']): string[] {
  if (!raw) return [];
  if (Array.isArray(raw)) return raw;
  const inner = raw.replace(/^\{|\}$/g, '');
  return inner ? inner.split(',') : [];
}

function readBool(raw: unknown): boolean {
  return raw === true || raw === 't' || raw === 'true';
}

/**
 * My first steps, read in one statement from what exists (decision 140): a safety check, a
 * stance, a space with my partner (or an open invite), a reflection, a check-in. Only my own
 * choices come from `first_week`. After a danger answer or in solo mode, nothing here asks me
 * to move toward my partner.
 */
export async function getFirstWeek({ tx }: Options): Promise<FirstWeekView> {
  const [row] = await queryRows<Row>(
    tx,
    sql`select ${guidanceInputsSql} as inputs,
      coalesce((select welcomed_at is not null from first_week where person_id = app_user_id()), false) as welcomed,
      (select set_aside from first_week where person_id = app_user_id()) as set_aside,
      coalesce((select closed_at is not null from first_week where person_id = app_user_id()), false) as closed,
      exists (select 1 from safety_checks where person_id = app_user_id()) as safety,
      exists (select 1 from safety_offers where person_id = app_user_id()) as safety_offered,
      exists (select 1 from reflection_stances where author_id = app_user_id()) as stance,
      exists (select 1 from memberships where couple_id in (select app_my_couple_ids())
                and person_id <> app_user_id() and left_at is null) as paired,
      exists (select 1 from invites where couple_id in (select app_my_couple_ids())
                and used_at is null and revoked_at is null and expires_at > now()) as invited,
      exists (select 1 from reflection_patterns where author_id = app_user_id()) as reflection,
      exists (select 1 from daily_checkins where author_id = app_user_id()) as checkin`,
  );
  const r = row!;
  const inputs = readGuidanceInputs(r.inputs);
  const setAside = new Set(readArray(r.set_aside));
  const done: Record<FirstWeekStepId, boolean> = {
    welcome: readBool(r.welcomed),
    safety: readBool(r.safety),
    stance: readBool(r.stance),
    partner: readBool(r.paired) || readBool(r.invited),
    reflection: readBool(r.reflection),
    checkin: readBool(r.checkin),
  };
  const quiet = inputs.danger || inputs.solo;
  const steps = firstWeekSteps
    .filter((id) => !(quiet && towardPartner.includes(id)))
    .map((id) => ({ id, done: done[id], setAside: !done[id] && setAside.has(id) }));
  const next = steps.find((s) => !s.done && !s.setAside)?.id ?? null;
  return {
    steps,
    next,
    closed: readBool(r.closed),
    safetyOfferOpen: !readBool(r.safety_offered),
  };
}

/** Changes my own choices and keeps the rest; answers the whole view again. */
export async function updateFirstWeek(
  options: Options & { input: FirstWeekPatch },
): Promise<FirstWeekView> {
  const { tx, userId, input } = options;
  const [current] = await tx
    .select()
    .from(firstWeekTable)
    .where(sql`${firstWeekTable.personId} = ${userId}`);
  const aside = new Set(current?.setAside ?? []);
  if (input.step) {
    if (input.step.setAside) aside.add(input.step.id);
    else aside.delete(input.step.id);
  }
  const values = {
    welcomedAt: input.welcomed
      ? (current?.welcomedAt ?? new Date())
      : (current?.welcomedAt ?? null),
    setAside: firstWeekSteps.filter((id) => aside.has(id)),
    closedAt:
      input.closed === undefined
        ? (current?.closedAt ?? null)
        : input.closed
          ? (current?.closedAt ?? new Date())
          : null,
    updatedAt: sql`now()`,
  };
  await tx
    .insert(firstWeekTable)
    .values({ personId: userId, ...values })
    .onConflictDoUpdate({ target: firstWeekTable.personId, set: values });
  return getFirstWeek({ tx, userId });
}

/** For my export: the choices I made about my first steps. */
export async function exportFirstWeek({ tx, userId }: Options) {
  const [row] = await tx
    .select()
    .from(firstWeekTable)
    .where(sql`${firstWeekTable.personId} = ${userId}`);
  return row
    ? {
        welcomedAt: row.welcomedAt?.toISOString() ?? null,
        setAside: row.setAside,
        closedAt: row.closedAt?.toISOString() ?? null,
      }
    : null;
}

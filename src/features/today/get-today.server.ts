import { and, eq, sql } from 'drizzle-orm';
import { pathLine } from '../../content/focus.ts';
import { smallActById, smallActs } from '../../content/small-acts.ts';
import type { Tx, UserContext } from '../../platform/db/database.ts';
import { queryRows } from '../../platform/db/database.ts';
import { loadFocus } from '../../platform/db/focus.ts';
import {
  guidanceInputsSql,
  readGuidanceInputs,
  type GuidanceInputs,
} from '../../platform/db/guidance.ts';
import { readSpacePause } from '../../platform/db/space-pause.ts';
import type { FeatureModule, WaitingItem } from '../../platform/server/build-server.ts';
import { audienceFor, fitsPerson, pickAct, reachFor, type ActFit } from './pick-act.ts';
import type { MarkInput, TodayView } from './today.schema.ts';
import { smallActMarks } from './today.tables.server.ts';

interface Options {
  tx: Tx;
  userId: string;
}

type Outcome = MarkInput['outcome'];

/** Kinds of waiting items that stay while sharing is paused for someone: their own, private things. */
const PRIVATE_KINDS = ['safety.', 'journal.', 'reflection.'];

/** The person's own date today, in their time zone. */
export async function localDay(tx: Tx, userId: string): Promise<string> {
  const [row] = await queryRows<{ day: string }>(
    tx,
    sql`select to_char((now() at time zone time_zone)::date, 'YYYY-MM-DD') as day from people where id = ${userId}`,
  );
  return row!.day;
}

/** Everything waiting for me, from every feature; one feature failing never empties Today. */
async function gatherWaiting(
  ctx: UserContext,
  modules: readonly FeatureModule[],
): Promise<WaitingItem[]> {
  const items: WaitingItem[] = [];
  for (const module of modules) {
    if (!module.waiting || module.name === 'today') continue;
    try {
      // A savepoint each, so a failing feature leaves the transaction usable.
      items.push(
        ...(await ctx.tx.transaction((tx) => module.waiting!({ tx, userId: ctx.userId }))),
      );
    } catch {
      /* that feature's items are left out this time */
    }
  }
  return items.sort((a, b) => (a.at ?? '').localeCompare(b.at ?? ''));
}

/** Who is holding it, and today's mark, in one statement (decision 070). */
async function loadSituation(
  tx: Tx,
): Promise<{ inputs: GuidanceInputs; mark: { actId: string; outcome: Outcome } | null }> {
  const [row] = await queryRows<{
    inputs: GuidanceInputs | string;
    act_id: string | null;
    outcome: Outcome | null;
  }>(
    tx,
    sql`select g.inputs, m.act_id, m.outcome from (select ${guidanceInputsSql} as inputs) g
        left join small_act_marks m on m.person_id = app_user_id() and m.day = (g.inputs->>'day')::date`,
  );
  const mark = row!.act_id && row!.outcome ? { actId: row!.act_id, outcome: row!.outcome } : null;
  return { inputs: readGuidanceInputs(row!.inputs), mark };
}

export async function getToday(
  options: Options & { modules: readonly FeatureModule[] },
): Promise<TodayView> {
  const { tx, userId, modules } = options;
  const { inputs, mark } = await loadSituation(tx);
  const focus = await loadFocus(tx);
  const fit: ActFit = { audience: audienceFor(inputs.stance), reach: reachFor(inputs) };
  // Once marked, the day keeps its act even if the focus moves; but never one that no longer
  // fits the person (after a danger answer, say): then today's act is chosen afresh.
  const marked = mark ? smallActById(mark.actId) : undefined;
  const act =
    marked && fitsPerson(marked, fit)
      ? marked
      : pickAct({ personId: userId, day: inputs.day, focus, fit, acts: smallActs });
  const waiting = await gatherWaiting({ tx, userId }, modules);
  // Time apart or using Kintsugi alone: no shared reminders, only my own things.
  const quiet = inputs.solo || inputs.paused;
  return {
    day: inputs.day,
    act: {
      id: act.id,
      text: act.text,
      audience: act.audience,
      toward: act.toward,
      stage: act.stage ?? null,
      pattern: act.pattern ?? null,
    },
    mark: mark && mark.actId === act.id ? mark.outcome : null,
    focus: { stage: focus.stage, reason: focus.reason },
    pathLine: pathLine(focus.statuses),
    waiting: quiet
      ? waiting.filter((w) => PRIVATE_KINDS.some((k) => w.kind.startsWith(k)))
      : waiting,
    solo: inputs.solo,
    // Time apart is read again only when it is on, to say until when (never why).
    timeApart: inputs.paused ? await todayPause(tx, userId) : null,
  };
}

/** Time apart as Today tells it: on, who asked ("me" or not) and until when; never why. */
async function todayPause(tx: Tx, userId: string): Promise<TodayView['timeApart']> {
  const pause = await readSpacePause({ tx, userId });
  return pause && { startedByMe: pause.startedByMe, endsAt: pause.endsAt };
}

/** Done or let go today. No count is kept or shown; changing one's mind is fine. */
export async function markAct({
  tx,
  userId,
  input,
}: Options & { input: MarkInput }): Promise<void> {
  const day = await localDay(tx, userId);
  await tx
    .insert(smallActMarks)
    .values({ personId: userId, day, actId: input.actId, outcome: input.outcome })
    .onConflictDoUpdate({
      target: [smallActMarks.personId, smallActMarks.day],
      set: { actId: input.actId, outcome: input.outcome, markedAt: sql`now()` },
    });
}

export async function clearMark({ tx, userId }: Options): Promise<void> {
  const day = await localDay(tx, userId);
  await tx
    .delete(smallActMarks)
    .where(and(eq(smallActMarks.personId, userId), eq(smallActMarks.day, day)));
}

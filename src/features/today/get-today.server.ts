import { and, eq, sql } from 'drizzle-orm';
import { pathLine } from '../../content/focus.ts';
import { smallActById, smallActs } from '../../content/small-acts.ts';
import type { Tx, UserContext } from '../../platform/db/database.ts';
import { queryRows } from '../../platform/db/database.ts';
import { focusFrom, focusInputsSql, readFocusInputs } from '../../platform/db/focus.ts';
import {
  guidanceInputsSql,
  readGuidanceInputs,
  type GuidanceInputs,
} from '../../platform/db/guidance.ts';
import { readSpacePauseJson, spacePauseSql } from '../../platform/db/space-pause.ts';
import type { FeatureModule, WaitingItem, WaitingRow } from '../../platform/server/build-server.ts';
import { runWaitingParts, waitingFromPart } from '../../platform/server/waiting.ts';
import { localDay } from '../../platform/time/days.ts';
import { audienceFor, fitsPerson, pickAct, reachFor, type ActFit } from './pick-act.ts';
import type { MarkInput, TodayView } from './today.schema.ts';
import { smallActMarks } from './today.tables.server.ts';

interface Options {
  tx: Tx;
  userId: string;
  /** The person's time zone (the viewer's, read with the session): their day is worked out from it. */
  timeZone: string;
  /** The moment "today" is taken at; now by default. */
  now?: Date;
}

/** The person's own date today, in their time zone (src/platform/time, the one place days are worked out). */
const dayOf = ({ timeZone, now }: Options): string => localDay(now ?? new Date(), timeZone);

type Outcome = MarkInput['outcome'];

/** Kinds of waiting items that stay while sharing is paused for someone: their own, private things. */
const PRIVATE_KINDS = ['safety.', 'journal.', 'reflection.'];

/** Where Today may say that a feature's part failed: its name only, never what it holds. */
export interface TodayLog {
  warn: (facts: { feature: string }, message: string) => void;
}

const byTime = (a: WaitingItem, b: WaitingItem) => (a.at ?? '').localeCompare(b.at ?? '');

/**
 * Everything waiting for me, from every feature. Each feature's SQL part goes into one
 * statement (`UNION ALL`), its rows become items in the feature's own code (decision 111). If
 * that statement fails, each feature is asked on its own and the one that fails is left out
 * and named in the log: one feature failing never empties Today.
 */
async function gatherWaiting(
  ctx: UserContext,
  modules: readonly FeatureModule[],
  log: TodayLog | undefined,
): Promise<WaitingItem[]> {
  const asking = modules.filter((m) => m.name !== 'today' && (m.waitingPart || m.waiting));
  const inOne = asking.filter((m) => m.waitingPart);
  const now = new Date();
  const items: WaitingItem[] = [];
  let rows: WaitingRow[][] | null = null;
  if (inOne.length > 0) {
    try {
      // A savepoint in a write, so a failing statement leaves the transaction usable.
      rows = await ctx.tx.transaction((tx) =>
        runWaitingParts(
          { tx, userId: ctx.userId },
          inOne.map((m) => m.waitingPart!.sql(ctx.userId)),
        ),
      );
    } catch {
      rows = null;
    }
  }
  for (const module of asking) {
    const at = inOne.indexOf(module);
    try {
      if (rows && at >= 0) {
        items.push(...module.waitingPart!.read(rows[at]!, { userId: ctx.userId, now }));
      } else {
        const ask = module.waiting ?? waitingFromPart(module.waitingPart!);
        items.push(...(await ctx.tx.transaction((tx) => ask({ tx, userId: ctx.userId }))));
      }
    } catch {
      /* that feature's items are left out this time; its name (never its content) is logged */
      log?.warn({ feature: module.name }, "a feature's waiting items failed; left out of Today");
    }
  }
  return items.sort(byTime);
}

/** Who is holding it, today's mark, the focus's inputs and time apart, in one statement (decision 111). */
async function loadSituation(tx: Tx, userId: string, day: string) {
  const [row] = await queryRows<{
    inputs: GuidanceInputs | string;
    act_id: string | null;
    outcome: Outcome | null;
    focus: unknown;
    pause: unknown;
  }>(
    tx,
    sql`select g.inputs, m.act_id, m.outcome, ${focusInputsSql} as focus, ${spacePauseSql(userId)} as pause
        from (select ${guidanceInputsSql} as inputs) g
        left join small_act_marks m on m.person_id = app_user_id() and m.day = ${day}::date`,
  );
  const mark = row!.act_id && row!.outcome ? { actId: row!.act_id, outcome: row!.outcome } : null;
  return {
    inputs: readGuidanceInputs(row!.inputs),
    mark,
    focus: focusFrom(readFocusInputs(row!.focus)),
    pause: readSpacePauseJson(row!.pause, userId),
  };
}

export async function getToday(
  options: Options & { modules: readonly FeatureModule[]; log?: TodayLog },
): Promise<TodayView> {
  const { tx, userId, modules, log } = options;
  const day = dayOf(options);
  const { inputs, mark, focus, pause } = await loadSituation(tx, userId, day);
  const fit: ActFit = { audience: audienceFor(inputs.stance), reach: reachFor(inputs) };
  // Once marked, the day keeps its act even if the focus moves; but never one that no longer
  // fits the person (after a danger answer, say): then today's act is chosen afresh.
  const marked = mark ? smallActById(mark.actId) : undefined;
  const act =
    marked && fitsPerson(marked, fit)
      ? marked
      : pickAct({ personId: userId, day, focus, fit, acts: smallActs });
  const waiting = await gatherWaiting({ tx, userId }, modules, log);
  // Time apart or using Kintsugi alone: no shared reminders, only my own things.
  const quiet = inputs.solo || inputs.paused;
  return {
    day,
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
    // Time apart as Today tells it: on, who asked ("me" or not) and until when; never why.
    timeApart:
      inputs.paused && pause ? { startedByMe: pause.startedByMe, endsAt: pause.endsAt } : null,
  };
}

/** Done or let go today. No count is kept or shown; changing one's mind is fine. */
export async function markAct(options: Options & { input: MarkInput }): Promise<void> {
  const { tx, userId, input } = options;
  const day = dayOf(options);
  await tx
    .insert(smallActMarks)
    .values({ personId: userId, day, actId: input.actId, outcome: input.outcome })
    .onConflictDoUpdate({
      target: [smallActMarks.personId, smallActMarks.day],
      set: { actId: input.actId, outcome: input.outcome, markedAt: sql`now()` },
    });
}

export async function clearMark(options: Options): Promise<void> {
  const { tx, userId } = options;
  const day = dayOf(options);
  await tx
    .delete(smallActMarks)
    .where(and(eq(smallActMarks.personId, userId), eq(smallActMarks.day, day)));
}
